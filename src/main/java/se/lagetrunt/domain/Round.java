package se.lagetrunt.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A round round the table as it stands: everyone in order, with where each one is. {@code who}
 * is a person id, or a seat id for a guest in the room or on the phone.
 *
 * @param id "r1", "r2", … in the order rounds were started
 * @param kind a first meeting's check-in, a discussion round, or the closing round of personal reflections
 * @param entries the order, with each one's status
 * @param speaking index of the entry that is speaking, or -1 between turns
 * @param turnStartedAt when the current turn began (null between turns)
 * @param questionId the board question the round is about, or null
 */
public record Round(String id, Kind kind, List<Entry> entries, int speaking, Instant turnStartedAt,
    String questionId) {

  public enum Kind {
    /** A first meeting's opening: each says their name and why they are here. */
    CHECK_IN,
    DISCUSSION,
    REFLECTION;

    public String wireName() {
      return WireNames.of(this);
    }

    public static Kind fromWire(String value) {
      return WireNames.parse(Kind.class, value);
    }
  }

  /** Where someone is in the round. DEFERRED: was away at their turn, and is returned to later. */
  public enum Status {
    WAITING,
    SPEAKING,
    DONE,
    PASSED,
    SKIPPED,
    DEFERRED;

    public String wireName() {
      return WireNames.of(this);
    }

    public static Status fromWire(String value) {
      return WireNames.parse(Status.class, value);
    }
  }

  public record Entry(String who, Status status) {
    public Entry {
      Objects.requireNonNull(who, "who");
      Objects.requireNonNull(status, "status");
    }
  }

  public Round {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    entries = List.copyOf(entries);
  }

  /** Whether this person still has a turn coming (waiting, or deferred and to be returned to). */
  public boolean hasTurnAhead(String who) {
    return entries.stream().anyMatch(e -> e.who().equals(who)
        && (e.status() == Status.WAITING || e.status() == Status.DEFERRED || e.status() == Status.SPEAKING));
  }

  public String speaker() {
    return speaking < 0 ? null : entries.get(speaking).who();
  }

  Round withStatus(int index, Status status, int newSpeaking, Instant startedAt) {
    List<Entry> next = new ArrayList<>(entries);
    next.set(index, new Entry(entries.get(index).who(), status));
    return new Round(id, kind, next, newSpeaking, startedAt, questionId);
  }

  Round withEntries(List<Entry> newEntries, int newSpeaking) {
    return new Round(id, kind, newEntries, newSpeaking, turnStartedAt, questionId);
  }
}

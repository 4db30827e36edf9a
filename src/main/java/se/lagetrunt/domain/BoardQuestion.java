package se.lagetrunt.domain;

import java.util.Objects;

/**
 * One question on a meeting's board.
 *
 * @param id unique across meetings, so a command naming another meeting's question is refused
 * @param origin where it came from: the theme's plan, the leader, or a member's proposal
 * @param interpretation what the group agreed the question means here ("" until written)
 * @param notRelevantReason why a local network set a planned question aside, or null
 */
public record BoardQuestion(String id, String text, Status status, Origin origin, String interpretation,
    String notRelevantReason) {

  public enum Status {
    UPCOMING,
    CURRENT,
    DISCUSSED,
    SKIPPED;

    public String wireName() {
      return WireNames.of(this);
    }

    public static Status fromWire(String value) {
      return WireNames.parse(Status.class, value);
    }
  }

  public enum Origin {
    /** From the series plan or shared by the leader pre-meeting: the theme's ("national") question. */
    PLANNED,
    /** Written by the meeting's leader. */
    LOCAL,
    /** Proposed by a member and accepted. */
    PROPOSED;

    public String wireName() {
      return WireNames.of(this);
    }

    public static Origin fromWire(String value) {
      return WireNames.parse(Origin.class, value);
    }
  }

  public BoardQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(interpretation, "interpretation");
  }

  static BoardQuestion fresh(String id, String text, Origin origin) {
    return new BoardQuestion(id, text, Status.UPCOMING, origin, "", null);
  }

  BoardQuestion withText(String newText) {
    return new BoardQuestion(id, newText, status, origin, interpretation, notRelevantReason);
  }

  BoardQuestion withStatus(Status newStatus, String reason) {
    return new BoardQuestion(id, text, newStatus, origin, interpretation, reason);
  }

  BoardQuestion withInterpretation(String newInterpretation) {
    return new BoardQuestion(id, text, status, origin, newInterpretation, notRelevantReason);
  }
}

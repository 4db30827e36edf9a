package se.lagetrunt.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A meeting's minutes: one collaborative document per section. Sections are the opening
 * (reflections on the previous meeting's summary), one per board question ({@code q:} and the
 * question's id), other matters, and the closing reflections. A section nobody has written in
 * is empty at version 0 and is not stored.
 *
 * <p>One document per section rather than one for the whole minutes: the structure by question
 * can then never be edited away, a section follows its question when the board is reordered,
 * two note-takers in different sections never conflict, and each version counter stays small.
 */
public record Minutes(Map<String, MinutesDoc> sections, Status status, Instant deadline, List<Comment> comments) {
  public static final Minutes EMPTY = new Minutes(Map.of(), Status.DRAFT, null, List.of());
  public static final String OPENING = "opening";
  public static final String OTHER = "other";
  public static final String CLOSING = "closing";
  public static final String QUESTION_PREFIX = "q:";
  /** The longest a section may be, in UTF-16 units (a 60 KB paste fits). */
  public static final int SECTION_MAX_LENGTH = 200_000;
  /** The most updates one push may carry; the page sends more in several pushes. */
  public static final int MAX_UPDATES_PER_PUSH = 100;

  /**
   * Where the minutes are on their way to the enabler: written (draft), read and commented by the
   * group until a deadline (in review), approved by the leader (signed off: no more edits), and
   * handed to the enabler (submitted).
   */
  public enum Status {
    DRAFT,
    IN_REVIEW,
    SIGNED_OFF,
    SUBMITTED;

    public String wireName() {
      return WireNames.of(this);
    }

    public static Status fromWire(String value) {
      return WireNames.parse(Status.class, value);
    }

    /** Signed off or submitted: the text is final. */
    public boolean locked() {
      return this == SIGNED_OFF || this == SUBMITTED;
    }
  }

  public Minutes {
    sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    Objects.requireNonNull(status, "status");
    comments = List.copyOf(comments);
  }

  public Comment comment(String id) {
    return comments.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
  }

  public MinutesDoc section(String id) {
    return sections.getOrDefault(id, MinutesDoc.EMPTY);
  }

  /** Whether a section of this id can exist in a meeting with this board. */
  public static boolean isSection(String id, Board board) {
    if (OPENING.equals(id) || OTHER.equals(id) || CLOSING.equals(id)) {
      return true;
    }
    return id.startsWith(QUESTION_PREFIX) && board.question(id.substring(QUESTION_PREFIX.length())) != null;
  }

  Minutes with(String id, MinutesDoc doc) {
    Map<String, MinutesDoc> next = new LinkedHashMap<>(sections);
    next.put(id, doc);
    return new Minutes(next, status, deadline, comments);
  }

  Minutes withStatus(Status newStatus, Instant newDeadline) {
    return new Minutes(sections, newStatus, newDeadline, comments);
  }

  Minutes withComments(List<Comment> newComments) {
    return new Minutes(sections, status, deadline, newComments);
  }
}

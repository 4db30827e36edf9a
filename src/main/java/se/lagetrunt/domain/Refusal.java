package se.lagetrunt.domain;

import java.util.Locale;
import java.util.Objects;

/** Why the meeting will not do what a command asked. The code is stable; the message is for people. */
public record Refusal(Code code, String message) {

  /** Stable reasons, sent to clients as lower-case snake names (see docs/protocol.md). */
  public enum Code {
    NOT_ALLOWED,
    TEXT_TOO_LONG,
    INVALID_TEXT,
    UNKNOWN_SEAT,
    ALREADY_PRESENT,
    ROUND_RUNNING,
    NO_ROUND,
    NOBODY_PRESENT,
    NOT_YOUR_TURN,
    UNKNOWN_PERSON,
    ALREADY_IN_ROUND,
    HAND_ALREADY_UP,
    UNKNOWN_HAND,
    INVALID_POSITION,
    INVALID_DURATION,
    UNKNOWN_QUESTION,
    QUESTION_TAKEN_UP,
    NOT_PLANNED,
    UNKNOWN_PROPOSAL,
    PROPOSAL_CLOSED,
    ALREADY_SUPPORTED,
    NOT_SUPPORTED,
    SAME_PROPOSAL,
    UNKNOWN_BACKGROUND,
    INVALID_LINK,
    BOARD_FULL,
    UNCHANGED,
    UNKNOWN_SECTION,
    VERSION_CONFLICT,
    INVALID_CHANGES,
    SPLIT_CHARACTER,
    MINUTES_LOCKED,
    WRONG_STATUS,
    INVALID_DEADLINE,
    UNKNOWN_COMMENT;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Refusal {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}

package se.lagetrunt.protocol;

import java.util.Locale;

/**
 * Why the server ends a connection: the close code the client acts on, a stable name the page
 * shows in its reader's language ({@code why} in {@code bye}), and the English text that goes in
 * the close frame and the logs. A page never shows the English text: a removed person reading
 * Swedish is told in Swedish.
 */
public enum Farewell {
  BYE(CloseCodes.NORMAL, "bye"),
  SERVER_SHUTTING_DOWN(CloseCodes.GOING_AWAY, "server shutting down"),
  MEETING_UNAVAILABLE(CloseCodes.GOING_AWAY, "meeting unavailable, try again"),
  MEETING_RELOADED(CloseCodes.GOING_AWAY, "the meeting is read anew, join again"),
  MEETING_MOVED(CloseCodes.GOING_AWAY, "the meeting moved to another server, join again"),
  MESSAGE_TOO_LARGE(CloseCodes.TOO_BIG, "message too large"),
  NOT_UTF8(CloseCodes.INVALID_DATA, "not UTF-8"),
  TEXT_FRAMES_ONLY(CloseCodes.UNSUPPORTED_DATA, "text frames only"),
  A_CONTINUATION_OF_NOTHING(CloseCodes.PROTOCOL_ERROR, "a continuation of nothing"),
  NOT_READING(CloseCodes.TOO_SLOW, "not reading"),
  NO_HELLO(CloseCodes.TIMEOUT, "no hello"),
  IDLE(CloseCodes.TIMEOUT, "idle"),
  HELLO_FIRST(CloseCodes.PROTOCOL_ERROR, "hello first"),
  OTHER_VERSION(CloseCodes.UPGRADE_REQUIRED, "this server speaks protocol version 1"),
  TOO_EARLY(CloseCodes.PROTOCOL_ERROR, "too many messages before join finished"),
  TOO_MANY_BAD_MESSAGES(CloseCodes.PROTOCOL_ERROR, "too many bad messages"),
  SIGN_IN_ENDED(CloseCodes.UNAUTHENTICATED, "the sign-in is not valid or has ended"),
  SIGNED_OUT(CloseCodes.UNAUTHENTICATED, "signed out"),
  SIGNED_OUT_ELSEWHERE(CloseCodes.UNAUTHENTICATED, "signed out from another device"),
  SIGNED_OUT_EVERYWHERE(CloseCodes.UNAUTHENTICATED, "signed out everywhere"),
  LINK_REPLACED(CloseCodes.UNAUTHENTICATED, "a new link replaced the old ones"),
  LINKS_REVOKED(CloseCodes.UNAUTHENTICATED, "links revoked"),
  REMOVED_EVERYWHERE(CloseCodes.UNAUTHENTICATED, "removed"),
  NOT_A_MEMBER(CloseCodes.FORBIDDEN, "not a member of this meeting"),
  REMOVED(CloseCodes.FORBIDDEN, "removed from the network"),
  NO_SUCH_MEETING(CloseCodes.NOT_FOUND, "there is no such meeting"),
  NOW_NOTE_TAKER(CloseCodes.ROLE_CHANGED, "now a note-taker"),
  NO_LONGER_NOTE_TAKER(CloseCodes.ROLE_CHANGED, "no longer a note-taker");

  private final short code;
  private final String reason;

  Farewell(short code, String reason) {
    this.code = code;
    this.reason = reason;
  }

  /** The close code: what the client does next (see docs/protocol.md). */
  public short code() {
    return code;
  }

  /**
   * Whether the client stops for good rather than reconnecting: the person must act (sign in,
   * ask to be let in) or the page must load anew. The page keeps the same list of close codes.
   */
  public boolean endsForGood() {
    return switch (code) {
      case CloseCodes.UNAUTHENTICATED, CloseCodes.FORBIDDEN, CloseCodes.NOT_FOUND, CloseCodes.ROLE_CHANGED,
          CloseCodes.UPGRADE_REQUIRED -> true;
      default -> false;
    };
  }

  /** The stable name on the wire, e.g. {@code removed} or {@code signed_out_elsewhere}. */
  public String why() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** English, for the close frame and the logs. */
  public String reason() {
    return reason;
  }
}

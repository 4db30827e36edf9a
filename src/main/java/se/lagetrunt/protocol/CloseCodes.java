package se.lagetrunt.protocol;

/** Why the server closes a socket. 4xxx codes are ours; see docs/protocol.md. */
public final class CloseCodes {
  /** The client said bye. */
  public static final short NORMAL = 1000;
  /** The server is shutting down or the meeting is going away; reconnect later. */
  public static final short GOING_AWAY = 1001;
  /** A binary frame: the protocol is text (JSON) only. */
  public static final short UNSUPPORTED_DATA = 1003;
  /** A text message that is not UTF-8 (RFC 6455 §8.1). */
  public static final short INVALID_DATA = 1007;
  /** A frame or message is larger than the limit. */
  public static final short TOO_BIG = 1009;
  /** The token was missing, forged, expired or for another audience; sign in again. */
  public static final short UNAUTHENTICATED = 4001;
  /** The person may not join this meeting (or no longer may). */
  public static final short FORBIDDEN = 4003;
  /** The meeting does not exist. */
  public static final short NOT_FOUND = 4004;
  /** The person's rights in this meeting changed (a role given or taken): open it again to get the new ones. */
  public static final short ROLE_CHANGED = 4009;
  /** No hello arrived in time, or nothing at all arrived for too long. */
  public static final short TIMEOUT = 4008;
  /** The client stopped reading what it is sent; reconnect (and resume from the last seq). */
  public static final short TOO_SLOW = 4029;
  /** The page speaks another protocol version than this server: load the page anew. */
  public static final short UPGRADE_REQUIRED = 4426;
  /** The first message was not a hello that could be read, or the client keeps sending malformed messages. */
  public static final short PROTOCOL_ERROR = 4400;

  private CloseCodes() {}
}

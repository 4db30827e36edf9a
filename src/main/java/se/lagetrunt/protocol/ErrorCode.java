package se.lagetrunt.protocol;

import java.util.Locale;

/**
 * Stable codes for what the protocol itself refuses. Domain refusals (see
 * {@link se.lagetrunt.domain.Refusal.Code}) travel in the same {@code code} field; together they
 * are the complete list in docs/protocol.md.
 */
public enum ErrorCode {
  BAD_JSON("The message is not valid JSON."),
  BAD_MESSAGE("The message is missing a field or has a field of the wrong kind."),
  UNKNOWN_TYPE("The message type is not known."),
  INVALID_TEXT("Text may hold line breaks and tabs, but no other control characters and no half of a character."),
  UNSUPPORTED_VERSION("This protocol version is not supported."),
  NOT_AUTHENTICATED("Send hello with a valid token first."),
  ALREADY_AUTHENTICATED("This connection is already joined to a meeting."),
  WRONG_MEETING("This connection is joined to another meeting."),
  READ_ONLY("This screen only shows the meeting; it cannot change it."),
  UNAVAILABLE("The meeting could not save this just now. Try again."),
  BUSY("Too many commands from this connection are still waiting for their answer. Retry shortly."),
  SHUTTING_DOWN("The server is restarting. Reconnect in a moment."),
  NOT_IN_CALL("Join the meeting's voice call first."),
  UNKNOWN_PEER("Nobody with that peer id is in this meeting's voice call."),
  VOICE_OFF("This meeting uses the group's own call tool; the built-in voice is off."),
  FLOOR_HELD("Someone else has the floor: your microphone opens when it is your turn, or when the leader gives you the floor.");

  private final String message;

  ErrorCode(String message) {
    this.message = message;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String message() {
    return message;
  }
}

package se.lagetrunt.protocol;

import java.util.UUID;
import se.lagetrunt.domain.MeetingCommand;

/** A message from a browser, after parsing and validation. */
public sealed interface ClientMessage {

  /** Opens the conversation: who I am (token), where I want to be, and what I saw last. */
  /** {@code display} asks for a read-only room view (a shared screen), not a seat at the table. */
  record Hello(int version, String token, UUID meetingId, long lastSeq, boolean display) implements ClientMessage {
    /** lastSeq when the client has seen nothing of the meeting yet. */
    public static final long NOTHING_SEEN = -1;
  }

  record Ping() implements ClientMessage {}

  /** The client is leaving on purpose; close now, so others see it at once. */
  record Leave() implements ClientMessage {}

  /**
   * A meeting command with the client's id for it. {@code meetingId} is only a guard: a client
   * may say which meeting it means, and the server refuses the command if that is not the one the
   * connection is bound to. It never chooses the meeting.
   */
  record Command(String id, MeetingCommand command, UUID meetingId) implements ClientMessage {}
}

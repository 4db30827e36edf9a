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
  record Command(String id, WireCommand command, UUID meetingId) implements ClientMessage {}

  /** About the meeting's voice call: who is in it and whose microphone is open, live only, never stored. */
  sealed interface Voice extends ClientMessage {
    /** The optional id a refusal refers to (null if none). */
    String id();
  }

  /** This connection joins the call and becomes a peer. */
  record VoiceJoin(String id) implements Voice {}

  /** This connection leaves the call (so does a connection that closes). */
  record VoiceLeave(String id) implements Voice {}

  /** This connection opens or closes its microphone (an opening the floor forbids is refused). */
  record VoiceMic(String id, boolean open) implements Voice {}

  /** The leader closes someone's microphone on all their devices. */
  record VoiceMute(String id, UUID personId) implements Voice {}

  /** The leader asks someone to open their microphone: only they can. */
  record VoiceAskUnmute(String id, UUID personId) implements Voice {}

  /** A WebRTC offer, answer, candidate or hang-up for one other peer of the same call. */
  record VoiceSignal(String id, String to, String kind, com.fasterxml.jackson.databind.node.ObjectNode data)
      implements Voice {}
}

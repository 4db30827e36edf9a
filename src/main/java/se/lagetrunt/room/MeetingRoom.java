package se.lagetrunt.room;

import io.vertx.core.Future;
import java.util.UUID;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.protocol.ClientMessage;
import se.lagetrunt.protocol.WireCommand;

/**
 * A live meeting as a connection reaches it: its {@link Room} on this node, or the room on the
 * node that owns it, through the clustered event bus ({@link RemoteRoom}). Commands and voice
 * messages come with the text the client sent, which is all that can travel to another node.
 */
public interface MeetingRoom {
  UUID meetingId();

  /** Joins a connection, catching it up from the last sequence number it saw (see {@link Room#join}). */
  Future<Void> join(Member member, long lastSeenSeq);

  void leave(ClientChannel channel);

  /** Decides a command from a joined connection; the answer goes back on that channel. */
  void submit(ClientChannel channel, String commandId, WireCommand command, String text);

  /** Passes a voice call message on, live. */
  void voice(ClientChannel channel, ClientMessage.Voice message, String text);

  /** Decides a command the server issues on someone's behalf (see {@link Room#execute}). */
  Future<Long> execute(Actor actor, String commandId, OnBehalf command);
}

package se.lagetrunt.room;

import io.vertx.core.Future;
import java.util.UUID;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.protocol.ErrorCode;

/**
 * Finds the one owner of a live meeting, bringing it to life if needed. This is the seam where a
 * clustered implementation (the event bus with a cluster manager) replaces the local one.
 */
public interface RoomDirectory {
  Future<MeetingRoom> open(UUID meetingId);

  /**
   * Runs a command the server issues on someone's behalf in the meeting's room (see
   * {@link Room#execute}). A room that was retiring just as it was found is opened again, once.
   */
  default Future<Long> execute(UUID meetingId, Actor actor, String commandId, OnBehalf command) {
    return open(meetingId).compose(room -> room.execute(actor, commandId, command)).recover(error ->
        error instanceof CommandRefused refused && refused.code().equals(ErrorCode.SHUTTING_DOWN.wireName())
            ? open(meetingId).compose(room -> room.execute(actor, commandId, command))
            : Future.failedFuture(error));
  }

  /**
   * Reads a live meeting anew from its log, which was rewritten under it: its clients rejoin a
   * fresh room. Nothing happens to a meeting that is not live.
   */
  Future<Void> reload(UUID meetingId);

  /** Number of meetings live on this node. */
  int liveRooms();
}

package se.lagetrunt.room;

import io.vertx.core.Future;
import java.util.UUID;

/**
 * Finds the one owner of a live meeting, bringing it to life if needed. This is the seam where a
 * clustered implementation (the event bus with a cluster manager) replaces the local one.
 */
public interface RoomDirectory {
  Future<Room> open(UUID meetingId);

  /** Number of meetings live on this node. */
  int liveRooms();
}

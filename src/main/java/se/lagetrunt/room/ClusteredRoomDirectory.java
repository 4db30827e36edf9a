package se.lagetrunt.room;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.EventBus;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import se.lagetrunt.store.OwnedElsewhere;

/**
 * Rooms across a cluster: a meeting is started on this node if no other node holds it (the
 * claim in the log decides), and its room is then reachable from every node at the meeting's
 * address on the clustered event bus; a meeting another node holds is reached there as a
 * {@link RemoteRoom}. When a node leaves the cluster, the rooms here forget its connections and
 * connections here to its meetings are sent on to join again.
 */
public final class ClusteredRoomDirectory implements RoomDirectory {
  private final Vertx vertx;
  private final LocalRoomDirectory local;
  private final String node;
  private final Map<UUID, RoomEndpoint> endpoints = new ConcurrentHashMap<>();
  private final Map<UUID, RemoteRoom> remotes = new ConcurrentHashMap<>();

  /** {@code node} is this node's id in the cluster. */
  public ClusteredRoomDirectory(Vertx vertx, LocalRoomDirectory local, String node) {
    this.vertx = vertx;
    EventBus bus = vertx.eventBus();
    this.local = local;
    this.node = node;
    local.listen(new LocalRoomDirectory.RoomListener() {
      @Override
      public void started(Room room) {
        endpoints.put(room.meetingId(), new RoomEndpoint(bus, room, node));
      }

      @Override
      public void stopped(Room room) {
        RoomEndpoint endpoint = endpoints.remove(room.meetingId());
        if (endpoint != null) {
          endpoint.close();
        }
      }
    });
  }

  @Override
  public Future<MeetingRoom> open(UUID meetingId) {
    return local.openHere(meetingId).<MeetingRoom>map(room -> room).recover(error -> error instanceof OwnedElsewhere
        ? Future.succeededFuture(remotes.computeIfAbsent(meetingId, id -> new RemoteRoom(vertx, id, node)))
        : Future.failedFuture(error));
  }

  @Override
  public Future<Void> reload(UUID meetingId) {
    return local.reload(meetingId);
  }

  @Override
  public int liveRooms() {
    return local.liveRooms();
  }

  /** A node left the cluster: its connections leave the rooms here; connections here to its meetings join again. */
  public void nodeLeft(String leftNode) {
    endpoints.values().forEach(endpoint -> endpoint.nodeLeft(leftNode));
    remotes.values().forEach(remote -> remote.ownerLeft(leftNode));
    remotes.values().removeIf(RemoteRoom::isEmpty);
  }
}

package se.lagetrunt.room;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.concurrent.ConcurrentHashMap;
import se.lagetrunt.store.MeetingLog;
import se.lagetrunt.store.RepeatedFaults;

/**
 * Rooms in this JVM: each meeting is deployed as its own verticle, so Vert.x gives it one context
 * (and one event loop) for its whole life, spread round-robin over the event loops. A room claims
 * its meeting in the log as it starts; the directory renews the claims of all its rooms together,
 * and a room whose claim another node took over moves out.
 */
public final class LocalRoomDirectory implements RoomDirectory {
  private static final RepeatedFaults FAULTS = RepeatedFaults.of(Logger.getLogger(LocalRoomDirectory.class.getName()));
  private final Vertx vertx;
  private final MeetingLog log;
  private final RoomSettings settings;
  private final Clock clock;
  private final ConcurrentHashMap<UUID, Future<Room>> rooms = new ConcurrentHashMap<>();

  public LocalRoomDirectory(Vertx vertx, MeetingLog log, RoomSettings settings, Clock clock) {
    this.vertx = vertx;
    this.log = log;
    this.settings = settings;
    this.clock = clock;
    vertx.setPeriodic(settings.renewMillis(), timer -> renew());
  }

  /** One statement for every live room's lease; a room whose meeting another node has claimed moves out. */
  private void renew() {
    Map<UUID, Room> live = new HashMap<>();
    rooms.values().forEach(room -> {
      if (room.succeeded()) {
        live.put(room.result().meetingId(), room.result());
      }
    });
    Map<UUID, Long> held = new HashMap<>();
    live.forEach((meeting, room) -> held.put(meeting, room.epoch()));
    log.renew(held).onSuccess(lost -> lost.forEach(meeting -> live.get(meeting).moved()))
        .onFailure(error -> FAULTS.report("renewing the leases of live meetings failed", error));
  }

  /** Told when a room starts on this node and when it has stopped (a cluster exposes rooms to the other nodes). */
  public interface RoomListener {
    void started(Room room);

    void stopped(Room room);
  }

  private volatile RoomListener listener = new RoomListener() {
    @Override
    public void started(Room room) {}

    @Override
    public void stopped(Room room) {}
  };

  public void listen(RoomListener listener) {
    this.listener = listener;
  }

  @Override
  public Future<MeetingRoom> open(UUID meetingId) {
    return openHere(meetingId).map(room -> room);
  }

  /** The meeting's room on this node, started if need be: fails with OwnedElsewhere while another node holds it. */
  public Future<Room> openHere(UUID meetingId) {
    Future<Room> room = rooms.computeIfAbsent(meetingId, this::deploy);
    forgetIfFailed(meetingId, room);
    return room;
  }

  @Override
  public Future<Void> reload(UUID meetingId) {
    Future<Room> live = rooms.get(meetingId);
    if (live == null || !live.succeeded()) {
      return Future.succeededFuture();
    }
    // Joins from now on wait for the fresh room, which loads only once the old one has drained.
    Promise<Room> fresh = Promise.promise();
    if (!rooms.replace(meetingId, live, fresh.future())) {
      return Future.succeededFuture(); // it retired meanwhile: the next join reads the log anyway
    }
    live.result().stopForReload().recover(error -> Future.succeededFuture())
        .compose(stopped -> deploy(meetingId))
        .onComplete(fresh);
    forgetIfFailed(meetingId, fresh.future());
    // A fresh room that cannot start (the meeting was deleted) is forgotten: the next join reads the log anyway.
    return fresh.future().<Void>mapEmpty().recover(error -> Future.succeededFuture());
  }

  @Override
  public int liveRooms() {
    return rooms.size();
  }

  private Future<Room> deploy(UUID meetingId) {
    Room room = new Room(meetingId, log, settings, clock, this::retire);
    return vertx.deployVerticle(room, new DeploymentOptions()).map(id -> room).onSuccess(started -> {
      RoomListener told = listener;
      told.started(room);
      room.stopped().onComplete(done -> told.stopped(room));
    });
  }

  /**
   * A room that failed to start (its meeting held by another node, the database down) is
   * forgotten, so the next join tries again. Never from inside {@code computeIfAbsent}: a start
   * that fails at once would change the map while it is being changed.
   */
  private void forgetIfFailed(UUID meetingId, Future<Room> room) {
    room.onFailure(error -> rooms.remove(meetingId, room));
  }

  /** Called by an idle room on its own context, before it undeploys itself. */
  private void retire(Room room) {
    rooms.computeIfPresent(room.meetingId(), (id, current) ->
        current.succeeded() && current.result() == room ? null : current);
  }
}

package se.lagetrunt.room;

/**
 * Tuning of live rooms.
 *
 * @param recentEvents how many committed events a room keeps to catch up reconnecting clients
 * @param snapshotEvery how many events between snapshots
 * @param rememberedCommands how many command ids per room are remembered for idempotent retries
 * @param idleMillis how long a room with nobody in it stays loaded
 * @param catchUpEvents how far behind a client may be and still be sent what it missed, read from
 *     the log beyond the recent events; further behind it gets a snapshot
 * @param renewMillis how often this node renews the leases of its live meetings (a third of the
 *     lease, so two renewals may fail before another node can take them over)
 */
public record RoomSettings(int recentEvents, int snapshotEvery, int rememberedCommands, long idleMillis,
    int catchUpEvents, long renewMillis) {
  public static final RoomSettings DEFAULT = new RoomSettings(1000, 200, 10_000, 60_000, 20_000, 3_000);

  public RoomSettings withIdleMillis(long millis) {
    return new RoomSettings(recentEvents, snapshotEvery, rememberedCommands, millis, catchUpEvents, renewMillis);
  }

  public RoomSettings withCatchUpEvents(int events) {
    return new RoomSettings(recentEvents, snapshotEvery, rememberedCommands, idleMillis, events, renewMillis);
  }

  public RoomSettings withRenewMillis(long millis) {
    return new RoomSettings(recentEvents, snapshotEvery, rememberedCommands, idleMillis, catchUpEvents, millis);
  }
}

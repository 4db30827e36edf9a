package se.lagetrunt.room;

/**
 * Tuning of live rooms.
 *
 * @param recentEvents how many committed events a room keeps to catch up reconnecting clients
 * @param snapshotEvery how many events between snapshots
 * @param rememberedCommands how many command ids per room are remembered for idempotent retries
 * @param idleMillis how long a room with nobody in it stays loaded
 */
public record RoomSettings(int recentEvents, int snapshotEvery, int rememberedCommands, long idleMillis) {
  public static final RoomSettings DEFAULT = new RoomSettings(1000, 200, 10_000, 60_000);

  public RoomSettings withIdleMillis(long millis) {
    return new RoomSettings(recentEvents, snapshotEvery, rememberedCommands, millis);
  }
}

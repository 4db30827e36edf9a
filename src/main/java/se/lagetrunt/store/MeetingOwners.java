package se.lagetrunt.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which node writes a live meeting's log (table {@code meeting_owner}): a node claims a meeting
 * when the lease has run out or is its own, which bumps the epoch its appends then carry; it
 * renews all its leases in one statement; it resigns a meeting its room stopped, so another node
 * need not wait out the lease. Lease times are the database's clock, the one every node shares.
 */
public final class MeetingOwners {
  private static final String CLAIM = "INSERT INTO meeting_owner AS o (meeting_id, node, epoch, lease_until) "
      + "VALUES ($1, $2, 1, clock_timestamp() + $3 * interval '1 millisecond') "
      + "ON CONFLICT (meeting_id) DO UPDATE SET node = excluded.node, epoch = o.epoch + 1, lease_until = excluded.lease_until "
      + "WHERE o.node = excluded.node OR o.lease_until < clock_timestamp() RETURNING epoch";
  private static final String RENEW = "UPDATE meeting_owner SET lease_until = clock_timestamp() + $2 * interval '1 millisecond' "
      + "WHERE node = $1 AND (meeting_id, epoch) IN (SELECT * FROM unnest($3::uuid[], $4::int8[])) RETURNING meeting_id";
  private static final String RESIGN = "UPDATE meeting_owner SET lease_until = clock_timestamp() "
      + "WHERE meeting_id = $1 AND node = $2 AND epoch = $3";

  private final Pool pool;
  private final String node;
  private final Duration lease;

  public MeetingOwners(Pool pool, String node, Duration lease) {
    this.pool = pool;
    this.node = node;
    this.lease = lease;
  }

  /** This node's name, which every claim, renewal and append names. */
  public String node() {
    return node;
  }

  /** The epoch this node now writes the meeting under; fails with {@link OwnedElsewhere} while another node's lease runs. */
  public Future<Long> claim(UUID meetingId) {
    return pool.preparedQuery(CLAIM).execute(Tuple.of(meetingId, node, lease.toMillis())).compose(rows -> rows.size() == 1
        ? Future.succeededFuture(rows.iterator().next().getLong("epoch"))
        : Future.failedFuture(new OwnedElsewhere(meetingId)));
  }

  /** Extends the leases of the meetings held (meeting → epoch); completes with those no longer this node's. */
  public Future<Set<UUID>> renew(Map<UUID, Long> held) {
    if (held.isEmpty()) {
      return Future.succeededFuture(Set.of());
    }
    UUID[] meetings = held.keySet().toArray(UUID[]::new);
    Long[] epochs = new Long[meetings.length];
    for (int i = 0; i < meetings.length; i++) {
      epochs[i] = held.get(meetings[i]);
    }
    return pool.preparedQuery(RENEW).execute(Tuple.of(node, lease.toMillis(), meetings, epochs)).map(rows -> {
      Set<UUID> lost = new HashSet<>(held.keySet());
      for (Row row : rows) {
        lost.remove(row.getUUID("meeting_id"));
      }
      return lost;
    });
  }

  /** Ends this node's lease of the meeting now, if it still holds it under that epoch. */
  public Future<Void> resign(UUID meetingId, long epoch) {
    return pool.preparedQuery(RESIGN).execute(Tuple.of(meetingId, node, epoch)).mapEmpty();
  }
}

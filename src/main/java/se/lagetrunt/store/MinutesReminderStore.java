package se.lagetrunt.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reminders enablers sent about minutes not yet submitted, in Postgres. */
public final class MinutesReminderStore {
  private final Pool pool;
  private final Clock clock;

  public MinutesReminderStore(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /**
   * Claims the meeting's reminder for now, unless one was sent within {@code gap}, so two
   * enablers clicking at once send one reminder. Empty when one was sent recently; else the
   * claim's time, which names the reminder from then on.
   */
  public Future<Optional<Instant>> claim(UUID meetingId, UUID sentBy, Duration gap) {
    Instant now = clock.instant();
    // The meeting's row lock makes a second enabler's claim wait for the first and then see it.
    return pool.withTransaction(tx -> tx.preparedQuery("SELECT 1 FROM meeting WHERE id = $1 FOR UPDATE")
        .execute(Tuple.of(meetingId))
        .compose(locked -> tx.preparedQuery(
                "INSERT INTO minutes_reminder (meeting_id, sent_by, sent_at) SELECT $1, $2, $3 WHERE NOT EXISTS ("
                    + "SELECT 1 FROM minutes_reminder WHERE meeting_id = $1 AND sent_at > $4) RETURNING sent_at")
            .execute(Tuple.of(meetingId, sentBy, now.atOffset(ZoneOffset.UTC), now.minus(gap).atOffset(ZoneOffset.UTC))))
        .map(rows -> rows.size() == 0 ? Optional.<Instant>empty()
            : Optional.of(rows.iterator().next().getOffsetDateTime("sent_at").toInstant())));
  }

  /** How many people the claimed reminder reached; a reminder that reached nobody is let go. */
  public Future<Void> sent(UUID meetingId, Instant sentAt, int recipients) {
    String sql = recipients == 0
        ? "DELETE FROM minutes_reminder WHERE meeting_id = $1 AND sent_at = $2"
        : "UPDATE minutes_reminder SET recipients = $3 WHERE meeting_id = $1 AND sent_at = $2";
    OffsetDateTime at = sentAt.atOffset(ZoneOffset.UTC);
    Tuple args = recipients == 0 ? Tuple.of(meetingId, at) : Tuple.of(meetingId, at, recipients);
    return pool.preparedQuery(sql).execute(args).mapEmpty();
  }

  /** The latest reminder that reached someone, per meeting. */
  public Future<Map<UUID, Instant>> lastSent(Collection<UUID> meetingIds) {
    if (meetingIds.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    return pool.preparedQuery(
            "SELECT meeting_id, max(sent_at) AS sent_at FROM minutes_reminder "
                + "WHERE meeting_id = ANY($1) AND recipients > 0 GROUP BY meeting_id")
        .execute(Tuple.of(meetingIds.toArray(UUID[]::new)))
        .map(rows -> {
          Map<UUID, Instant> last = new HashMap<>();
          for (Row row : rows) {
            last.put(row.getUUID("meeting_id"), row.getOffsetDateTime("sent_at").toInstant());
          }
          return last;
        });
  }
}

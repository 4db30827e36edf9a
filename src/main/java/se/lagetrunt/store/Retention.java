package se.lagetrunt.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Deletes what is no longer needed, by the server's clock (the GDPR's storage limitation):
 * sign-ins that ended and links that expired or were revoked, once they are older than the link
 * limit (a link a device still names is kept with it); and whole meetings – their log, snapshots,
 * members and reminders – that took place before the meeting limit, with a series
 * left without meetings. One transaction: a purge happens whole or not at all. Then submitted
 * minutes old enough keep their final text but forget how it was typed ({@link EventLog#compactMinutes}).
 */
public final class Retention {
  /** What one purge deleted. */
  public record Purged(long signIns, long links, long meetings, List<UUID> compacted) {
    public Purged {
      compacted = List.copyOf(compacted);
    }

    public boolean any() {
      return signIns + links + meetings + compacted.size() > 0;
    }

    public long compactedMinutes() {
      return compacted.size();
    }
  }

  private static final String OLD_MEETINGS =
      "SELECT id FROM meeting WHERE coalesce(starts_at, created_at) < $1";

  private final Pool pool;
  private final EventLog log;

  public Retention(Pool pool, EventLog log) {
    this.pool = pool;
    this.log = log;
  }

  /** The purge, then submitted minutes before {@code typedBefore} forget how they were typed (one meeting at a time). */
  public Future<Purged> purge(Instant linksBefore, Instant meetingsBefore, Instant typedBefore) {
    return purge(linksBefore, meetingsBefore).compose(purged -> log.typedMinutesSubmittedBefore(typedBefore)
        .compose(meetings -> {
          List<UUID> compacted = new ArrayList<>();
          Future<Void> done = Future.succeededFuture();
          for (UUID meeting : meetings) {
            done = done.compose(v -> log.compactMinutes(meeting).map(changed -> changed && compacted.add(meeting)).mapEmpty());
          }
          return done.map(v -> new Purged(purged.signIns(), purged.links(), purged.meetings(), compacted));
        }));
  }

  private Future<Purged> purge(Instant linksBefore, Instant meetingsBefore) {
    Tuple links = Tuple.of(utc(linksBefore));
    Tuple meetings = Tuple.of(utc(meetingsBefore));
    return pool.withTransaction(db -> count(db, "DELETE FROM device_session WHERE ended_at < $1 OR expires_at < $1", links)
        .compose(signIns -> count(db, "DELETE FROM login_link l WHERE (l.revoked_at < $1 OR l.expires_at < $1) "
            + "AND NOT EXISTS (SELECT 1 FROM device_session s WHERE s.link_hash = l.token_hash)", links)
            // A mail sent (or given up on) carried a link: it is kept as long as links are, for the operator's questions.
            .compose(linkCount -> count(db, "DELETE FROM mail_outbox WHERE sent_at < $1 OR given_up_at < $1", links).map(linkCount))
            .compose(linkCount -> deleteMeetings(db, meetings).map(meetingCount -> new Purged(signIns, linkCount, meetingCount, List.of())))));
  }

  private static Future<Long> deleteMeetings(SqlConnection db, Tuple before) {
    return MeetingRows.delete(db, OLD_MEETINGS, before)
        .compose(deleted -> count(db, "DELETE FROM meeting_series s WHERE NOT EXISTS (SELECT 1 FROM meeting m WHERE m.series_id = s.id)",
            Tuple.tuple()).map(series -> (long) deleted.rowCount()));
  }

  private static Future<Long> count(SqlConnection db, String sql, Tuple arguments) {
    return db.preparedQuery(sql).execute(arguments).map(rows -> (long) rows.rowCount());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}

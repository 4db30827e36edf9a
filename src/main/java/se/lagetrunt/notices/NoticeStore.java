package se.lagetrunt.notices;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Who is told about a meeting, and which meetings are close, in Postgres. */
public final class NoticeStore {
  /** Someone a mail can reach. */
  public record Recipient(UUID personId, String name, String email) {}

  private final Pool pool;

  public NoticeStore(Pool pool) {
    this.pool = pool;
  }

  /**
   * The people of a meeting who have an address: a local meeting's group (its enablers visit,
   * they are not of it – unless {@code withEnablers}), a leader meeting's enablers and leaders.
   */
  public Future<List<Recipient>> recipients(UUID meetingId, boolean withEnablers) {
    return pool.preparedQuery("SELECT DISTINCT p.id, p.display_name, p.email FROM meeting m "
            + "JOIN meeting_access a ON a.meeting_id = m.id JOIN person p ON p.id = a.person_id "
            + "WHERE m.id = $1 AND p.email IS NOT NULL AND p.removed_at IS NULL "
            + "AND (m.kind <> 'local' OR a.role <> 'enabler' OR $2) ORDER BY p.display_name")
        .execute(Tuple.of(meetingId, withEnablers))
        .map(rows -> {
          List<Recipient> list = new ArrayList<>();
          for (Row row : rows) {
            list.add(new Recipient(row.getUUID("id"), row.getString("display_name"), row.getString("email")));
          }
          return list;
        });
  }

  /** The name people know a meeting's group by: its local network, or the theme network of a leader meeting. */
  public Future<String> groupName(UUID meetingId) {
    return pool.preparedQuery("SELECT coalesce(ln.name, tn.name, '') AS name FROM meeting m "
            + "LEFT JOIN local_network ln ON ln.id = m.local_network_id "
            + "LEFT JOIN theme_network tn ON tn.id = m.theme_network_id WHERE m.id = $1")
        .execute(Tuple.of(meetingId))
        .map(rows -> rows.size() == 0 ? "" : rows.iterator().next().getString("name"));
  }

  /** Meetings not cancelled that start after {@code from}, up to and with {@code to}. */
  public Future<List<UUID>> startingBetween(Instant from, Instant to) {
    return pool.preparedQuery("SELECT id FROM meeting WHERE starts_at > $1 AND starts_at <= $2 AND cancelled_at IS NULL "
            + "ORDER BY starts_at")
        .execute(Tuple.of(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC)))
        .map(rows -> {
          List<UUID> ids = new ArrayList<>();
          rows.forEach(row -> ids.add(row.getUUID("id")));
          return ids;
        });
  }

  /** Whether a mail whose once-key starts so was ever written (and is still kept). */
  public Future<Boolean> written(String onceKeyPrefix) {
    return pool.preparedQuery("SELECT EXISTS (SELECT 1 FROM mail_outbox WHERE starts_with(once_key, $1))")
        .execute(Tuple.of(onceKeyPrefix))
        .map(rows -> rows.iterator().next().getBoolean(0));
  }
}

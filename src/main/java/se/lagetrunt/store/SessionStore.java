package se.lagetrunt.store;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Signed-in devices in Postgres (see migration V8). Times are handed in from the server's clock. */
public final class SessionStore {
  private final Pool pool;

  /** An open session, with the link that made it and who made that link. */
  public record DeviceSession(UUID id, UUID personId, String device, Instant createdAt, Instant lastSeenAt,
      Instant expiresAt, Instant linkCreatedAt, String linkCreatedBy) {}

  public SessionStore(Pool pool) {
    this.pool = pool;
  }

  public Future<Void> open(UUID id, UUID personId, byte[] linkHash, String device, Instant now, Instant expiresAt) {
    return pool.preparedQuery("INSERT INTO device_session (id, person_id, link_hash, device, created_at, last_seen_at, "
            + "expires_at) VALUES ($1, $2, $3, $4, $5, $5, $6)")
        .execute(Tuple.of(id, personId, linkHash == null ? null : Buffer.buffer(linkHash), device, utc(now), utc(expiresAt)))
        .mapEmpty();
  }

  /**
   * The session's person if it is open at {@code now}, moving its expiry on to {@code expiresAt}
   * when it was last seen before {@code seenBefore}. Only that renewal writes: a check on every
   * request must not rewrite the row every time.
   */
  public Future<Optional<UUID>> use(UUID id, Instant now, Instant seenBefore, Instant expiresAt) {
    return pool.preparedQuery("WITH renewed AS (UPDATE device_session SET last_seen_at = $2, expires_at = $4 "
            + "WHERE id = $1 AND ended_at IS NULL AND expires_at > $2 AND last_seen_at < $3 RETURNING person_id) "
            + "SELECT person_id FROM renewed UNION ALL SELECT person_id FROM device_session "
            + "WHERE id = $1 AND ended_at IS NULL AND expires_at > $2 AND last_seen_at >= $3")
        .execute(Tuple.of(id, utc(now), utc(seenBefore), utc(expiresAt)))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID("person_id")));
  }

  /** Ends one session of the person; whether it was open. */
  public Future<Boolean> end(UUID personId, UUID id, String why, Instant now) {
    return pool.preparedQuery("UPDATE device_session SET ended_at = $3, ended_why = $4 "
            + "WHERE id = $1 AND person_id = $2 AND ended_at IS NULL")
        .execute(Tuple.of(id, personId, utc(now), why))
        .map(rows -> rows.rowCount() > 0);
  }

  /** Ends every open session of the person; the ones it ended. */
  public Future<List<UUID>> endAll(UUID personId, String why, Instant now) {
    return pool.preparedQuery("UPDATE device_session SET ended_at = $2, ended_why = $3 "
            + "WHERE person_id = $1 AND ended_at IS NULL RETURNING id")
        .execute(Tuple.of(personId, utc(now), why))
        .map(SessionStore::ids);
  }

  /** The person's sessions open at {@code now}, the most recently used first. */
  public Future<List<DeviceSession>> open(UUID personId, Instant now) {
    return pool.preparedQuery("SELECT s.id, s.person_id, s.device, s.created_at, s.last_seen_at, s.expires_at, "
            + "l.created_at AS link_created_at, p.display_name AS link_created_by FROM device_session s "
            + "LEFT JOIN login_link l ON l.token_hash = s.link_hash LEFT JOIN person p ON p.id = l.created_by "
            + "WHERE s.person_id = $1 AND s.ended_at IS NULL AND s.expires_at > $2 ORDER BY s.last_seen_at DESC")
        .execute(Tuple.of(personId, utc(now)))
        .map(rows -> {
          List<DeviceSession> list = new ArrayList<>();
          for (Row row : rows) {
            list.add(new DeviceSession(row.getUUID("id"), row.getUUID("person_id"), row.getString("device"),
                instant(row, "created_at"), instant(row, "last_seen_at"), instant(row, "expires_at"),
                instant(row, "link_created_at"), row.getString("link_created_by")));
          }
          return list;
        });
  }

  private static List<UUID> ids(RowSet<Row> rows) {
    List<UUID> ids = new ArrayList<>();
    rows.forEach(row -> ids.add(row.getUUID("id")));
    return ids;
  }

  private static Instant instant(Row row, String column) {
    OffsetDateTime time = row.getOffsetDateTime(column);
    return time == null ? null : time.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}

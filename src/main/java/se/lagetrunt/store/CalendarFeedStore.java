package se.lagetrunt.store;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import se.lagetrunt.auth.Secrets;

/**
 * People's private calendar feeds, in Postgres: one at a time per person, kept as the hash of
 * its secret. A feed answers only while its person belongs somewhere.
 */
public final class CalendarFeedStore {
  private final Pool pool;

  public CalendarFeedStore(Pool pool) {
    this.pool = pool;
  }

  /** A new feed secret for the person; the one before stops working. */
  public Future<String> renew(UUID personId, Instant at) {
    String token = Secrets.newToken();
    OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
    return pool.withTransaction(tx -> tx.preparedQuery(
            "UPDATE calendar_feed SET revoked_at = $2 WHERE person_id = $1 AND revoked_at IS NULL").execute(Tuple.of(personId, now))
        .compose(v -> tx.preparedQuery("INSERT INTO calendar_feed (token_hash, person_id, created_at) VALUES ($1, $2, $3)")
            .execute(Tuple.of(Buffer.buffer(Secrets.hash(token)), personId, now))))
        .map(token);
  }

  /** Since when the person's feed has worked, if they have one. */
  public Future<Optional<Instant>> since(UUID personId) {
    return pool.preparedQuery("SELECT created_at FROM calendar_feed WHERE person_id = $1 AND revoked_at IS NULL")
        .execute(Tuple.of(personId))
        .map(rows -> rows.size() == 0 ? Optional.empty()
            : Optional.of(rows.iterator().next().getOffsetDateTime("created_at").toInstant()));
  }

  public Future<Void> revoke(UUID personId, Instant at) {
    return pool.preparedQuery("UPDATE calendar_feed SET revoked_at = $2 WHERE person_id = $1 AND revoked_at IS NULL")
        .execute(Tuple.of(personId, at.atOffset(ZoneOffset.UTC))).mapEmpty();
  }

  /** Whose feed the secret opens: a feed not revoked, of a person not removed. */
  public Future<Optional<UUID>> owner(String token) {
    if (token == null || !Secrets.TOKEN.matcher(token).matches()) {
      return Future.succeededFuture(Optional.empty());
    }
    return pool.preparedQuery("SELECT f.person_id FROM calendar_feed f JOIN person p ON p.id = f.person_id "
            + "WHERE f.token_hash = $1 AND f.revoked_at IS NULL AND p.removed_at IS NULL AND " + PersonStore.BELONGS)
        .execute(Tuple.of(Buffer.buffer(Secrets.hash(token))))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID("person_id")));
  }
}

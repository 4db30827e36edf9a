package se.lagetrunt.store;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Login links by the hash of their secret. The secret itself is never stored. Times are the
 * server's clock's, handed in: a link's expiry is decided against the same clock that set it.
 */
public final class LoginLinkStore {
  private final Pool pool;

  public LoginLinkStore(Pool pool) {
    this.pool = pool;
  }

  public Future<Void> create(byte[] tokenHash, UUID personId, UUID createdBy, Instant now, Instant expiresAt) {
    return pool.preparedQuery("INSERT INTO login_link (token_hash, person_id, created_by, created_at, expires_at) "
            + "VALUES ($1, $2, $3, $4, $5)")
        .execute(Tuple.of(Buffer.buffer(tokenHash), personId, createdBy, now.atOffset(ZoneOffset.UTC),
            expiresAt == null ? null : expiresAt.atOffset(ZoneOffset.UTC)))
        .mapEmpty();
  }

  /** Revokes every link of the person that is still live. */
  public Future<Void> revokeAll(UUID personId, Instant now) {
    return pool.preparedQuery(
            "UPDATE login_link SET revoked_at = $2 WHERE person_id = $1 AND revoked_at IS NULL")
        .execute(Tuple.of(personId, now.atOffset(ZoneOffset.UTC)))
        .mapEmpty();
  }

  /**
   * The person a live link belongs to, marking its first use. Expired and revoked links, and links
   * of removed people, find nobody.
   */
  public Future<Optional<UUID>> redeem(byte[] tokenHash, Instant now) {
    return pool.preparedQuery(
            "UPDATE login_link l SET used_at = coalesce(l.used_at, $2) FROM person p "
                + "WHERE l.token_hash = $1 AND l.revoked_at IS NULL AND (l.expires_at IS NULL OR l.expires_at > $2) "
                + "AND p.id = l.person_id AND p.removed_at IS NULL RETURNING l.person_id")
        .execute(Tuple.of(Buffer.buffer(tokenHash), now.atOffset(ZoneOffset.UTC)))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID("person_id")));
  }
}

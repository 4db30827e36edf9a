package se.lagetrunt.auth;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * At most {@code max} uses per key in a fixed window of the server's clock, counted in Postgres
 * so every node of a cluster counts together. One row per key seen in the current window (the
 * key's hash, not the key); rows of passed windows are deleted as the limit is used, so strangers
 * cannot grow it without bound.
 */
public final class RateLimit {
  private final Pool pool;
  private final String bucket;
  private final int max;
  private final Duration window;
  private final InstantSource clock;

  public RateLimit(Pool pool, String bucket, int max, Duration window, InstantSource clock) {
    if (max < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a limit needs at least one use per positive window");
    }
    this.pool = pool;
    this.bucket = bucket;
    this.max = max;
    this.window = window;
    this.clock = clock;
  }

  /** Counts one use of the key; empty if allowed, else how long until the key may be used again. */
  public Future<Optional<Duration>> use(String key) {
    Instant now = clock.instant();
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    OffsetDateTime passed = now.minus(window).atOffset(ZoneOffset.UTC);
    // One statement counts the use, starting a new window when the old one has passed; uses past
    // the limit are not counted on (the window, not the count, decides when it opens again).
    return pool.withTransaction(db -> db.preparedQuery("DELETE FROM rate_limit WHERE bucket = $1 AND window_start <= $2")
            .execute(Tuple.of(bucket, passed))
            .compose(swept -> db.preparedQuery("INSERT INTO rate_limit AS r (bucket, key_hash, window_start, used) "
                    + "VALUES ($1, $2, $3, 1) ON CONFLICT (bucket, key_hash) DO UPDATE SET "
                    + "window_start = CASE WHEN r.window_start <= $4 THEN $3 ELSE r.window_start END, "
                    + "used = CASE WHEN r.window_start <= $4 THEN 1 ELSE least(r.used + 1, $5) END "
                    + "RETURNING window_start, used")
                .execute(Tuple.of(bucket, Buffer.buffer(Secrets.hash(key)), at, passed, max + 1))))
        .map(rows -> {
          Row row = rows.iterator().next();
          if (row.getInteger("used") <= max) {
            return Optional.<Duration>empty();
          }
          return Optional.of(Duration.between(now, row.getOffsetDateTime("window_start").toInstant().plus(window)));
        });
  }
}

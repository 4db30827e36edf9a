package se.lagetrunt.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Published compilations shared as an open page ("inspirationsmaterial"), by a link whose secret
 * part is random: not guessable, not listed anywhere, and ended by turning sharing off. Only the
 * published text is ever shown, never a draft, and never who wrote or published it.
 */
public final class PublicCompilations {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What the open page shows. */
  public record Shared(UUID themeId, String theme, int round, String text, OffsetDateTime publishedAt) {}

  private final Pool pool;

  public PublicCompilations(Pool pool) {
    this.pool = pool;
  }

  /** Shares the round's published compilation (keeping its link if it already has one); empty if nothing is published. */
  public Future<Optional<String>> share(UUID themeId, int round) {
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    return pool.preparedQuery("UPDATE compilation SET public_token = coalesce(public_token, $3) "
            + "WHERE theme_network_id = $1 AND round = $2 AND published_text IS NOT NULL RETURNING public_token")
        .execute(Tuple.of(themeId, round, fresh))
        .map(rows -> rows.size() == 0 ? Optional.<String>empty() : Optional.of(rows.iterator().next().getString("public_token")));
  }

  /** Stops sharing: the link no longer works, and a later share makes a new one. */
  public Future<Void> unshare(UUID themeId, int round) {
    return pool.preparedQuery("UPDATE compilation SET public_token = NULL WHERE theme_network_id = $1 AND round = $2")
        .execute(Tuple.of(themeId, round)).mapEmpty();
  }

  /** The link's secret of a round, if it is shared. */
  public Future<Optional<String>> tokenOf(UUID themeId, int round) {
    return pool.preparedQuery("SELECT public_token FROM compilation WHERE theme_network_id = $1 AND round = $2 AND public_token IS NOT NULL")
        .execute(Tuple.of(themeId, round))
        .map(rows -> rows.size() == 0 ? Optional.<String>empty() : Optional.of(rows.iterator().next().getString("public_token")));
  }

  public Future<Optional<Shared>> find(String token) {
    return pool.preparedQuery("SELECT c.theme_network_id, t.name, c.round, c.published_text, c.published_at FROM compilation c "
            + "JOIN theme_network t ON t.id = c.theme_network_id WHERE c.public_token = $1 AND c.published_text IS NOT NULL")
        .execute(Tuple.of(token))
        .map(rows -> {
          if (rows.size() == 0) {
            return Optional.empty();
          }
          Row row = rows.iterator().next();
          return Optional.of(new Shared(row.getUUID("theme_network_id"), row.getString("name"), row.getInteger("round"),
              row.getString("published_text"), row.getOffsetDateTime("published_at")));
        });
  }
}

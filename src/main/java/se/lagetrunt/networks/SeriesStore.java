package se.lagetrunt.networks;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import se.lagetrunt.material.MaterialStore;
import se.lagetrunt.store.EventLog;

/**
 * Writes a planned series in one transaction: the series, its local meetings with their
 * questions (the first event of each meeting's log), and the theme network's pre- and after-meetings for each round. Leader meetings are
 * shared by every local network of the theme, so a round that has them already keeps them. The
 * material the template names for a round goes into the theme's library, shown for that round.
 */
public final class SeriesStore {
  private static final String INSERT_MEETING =
      "INSERT INTO meeting (id, title, created_by, kind, local_network_id, theme_network_id, series_id, round, "
          + "starts_at, duration_minutes, mode, purpose) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
          + "ON CONFLICT (theme_network_id, kind, round) WHERE kind IN ('pre', 'after') DO NOTHING RETURNING id";

  private final Pool pool;
  private final Clock clock;

  public SeriesStore(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  public Future<UUID> create(LocalNetwork local, String title, String templateKey, UUID creator,
      List<SeriesPlan.Planned> plan) {
    UUID seriesId = UUID.randomUUID();
    Instant now = clock.instant();
    return pool.withTransaction(tx -> {
      Future<?> chain = tx.preparedQuery(
              "INSERT INTO meeting_series (id, local_network_id, template_key, title) VALUES ($1, $2, $3, $4)")
          .execute(Tuple.of(seriesId, local.id(), templateKey, title));
      for (SeriesPlan.Planned planned : plan) {
        chain = chain.compose(v -> insert(tx, local, seriesId, creator, planned, now));
      }
      return chain.map(v -> seriesId);
    });
  }

  /**
   * One more meeting of a local network outside any series – a reference group that goes on, a
   * follow-up of its plan – numbered after the network's last meeting, with its questions on the board.
   */
  public Future<UUID> createSingle(LocalNetwork local, UUID creator, SeriesPlan.Planned planned) {
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    return pool.withTransaction(tx -> tx.preparedQuery("SELECT coalesce(max(round), 0) + 1 AS next FROM meeting "
                + "WHERE local_network_id = $1 AND kind = 'local'")
        .execute(Tuple.of(local.id()))
        .compose(rows -> {
          int round = Math.min(50, rows.iterator().next().getInteger("next"));
          Tuple values = Tuple.tuple().addUUID(id).addString(planned.title()).addUUID(creator).addString("local")
              .addUUID(local.id()).addUUID(null).addUUID(null).addInteger(round)
              .addOffsetDateTime(planned.startsAt().atOffset(ZoneOffset.UTC)).addInteger(planned.durationMinutes())
              .addString(planned.mode()).addString(planned.purpose());
          return tx.preparedQuery(INSERT_MEETING).execute(values);
        })
        .compose(done -> planned.questions().isEmpty() ? Future.succeededFuture()
            : EventLog.begin(tx, id, BoardPlan.of(planned.questions()), creator, now))
        .map(id));
  }

  private static Future<Void> insert(SqlConnection tx, LocalNetwork local, UUID seriesId, UUID creator,
      SeriesPlan.Planned planned, Instant now) {
    boolean isLocal = planned.kind().equals("local");
    UUID id = UUID.randomUUID();
    Tuple values = Tuple.tuple()
        .addUUID(id)
        .addString(planned.title())
        .addUUID(creator)
        .addString(planned.kind())
        .addUUID(isLocal ? local.id() : null)
        .addUUID(isLocal ? null : local.themeNetworkId())
        .addUUID(isLocal ? seriesId : null)
        .addInteger(planned.round())
        .addOffsetDateTime(planned.startsAt().atOffset(ZoneOffset.UTC))
        .addInteger(planned.durationMinutes())
        .addString(planned.mode())
        .addString(planned.purpose());
    Future<Void> material = planned.material().isEmpty() ? Future.succeededFuture()
        : MaterialStore.planForRound(tx, local.themeNetworkId(), planned.round(), planned.material(), creator, now);
    return material.compose(v -> tx.preparedQuery(INSERT_MEETING).execute(values)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.succeededFuture(); // this round's leader meeting exists already
      }
      return planned.questions().isEmpty()
          ? Future.succeededFuture()
          : EventLog.begin(tx, id, BoardPlan.of(planned.questions()), creator, now);
    });
  }
}

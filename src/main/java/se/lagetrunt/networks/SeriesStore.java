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
import se.lagetrunt.store.MeetingRows;

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

  /** A series, and whether this call made it (false: a call with the same request key did before). */
  public record Created(UUID id, boolean created) {}

  /**
   * Creates the series once per {@code requestKey} (null: no key, always a new series). A second
   * call with the key – a double click, a retry, another tab, even at the same moment – gets the
   * first one's series: the unique index makes the later insert wait for the earlier transaction
   * and then do nothing.
   */
  public Future<Created> create(LocalNetwork local, String title, String templateKey, UUID creator,
      List<SeriesPlan.Planned> plan, String requestKey) {
    UUID seriesId = UUID.randomUUID();
    Instant now = clock.instant();
    return pool.withTransaction(tx -> tx.preparedQuery(
              "INSERT INTO meeting_series (id, local_network_id, template_key, title, request_key) VALUES ($1, $2, $3, $4, $5) "
                  + "ON CONFLICT (local_network_id, request_key) WHERE request_key IS NOT NULL DO NOTHING RETURNING id")
          .execute(Tuple.of(seriesId, local.id(), templateKey, title, requestKey))
          .compose(rows -> {
            if (rows.size() == 0) {
              return Future.succeededFuture(false);
            }
            Future<?> chain = Future.succeededFuture();
            for (SeriesPlan.Planned planned : plan) {
              chain = chain.compose(v -> insert(tx, local, seriesId, creator, planned, now));
            }
            return chain.map(true);
          }))
        .compose(made -> made ? Future.succeededFuture(new Created(seriesId, true))
            : pool.preparedQuery("SELECT id FROM meeting_series WHERE local_network_id = $1 AND request_key = $2")
                .execute(Tuple.of(local.id(), requestKey))
                .map(rows -> new Created(rows.iterator().next().getUUID("id"), false)));
  }

  /** Deletes the series and its local meetings with all that hangs on them, in one transaction. */
  public Future<Void> delete(UUID seriesId) {
    Tuple series = Tuple.of(seriesId);
    return pool.withTransaction(tx -> MeetingRows.delete(tx, "SELECT id FROM meeting WHERE series_id = $1", series)
        .compose(meetings -> tx.preparedQuery("DELETE FROM meeting_series WHERE id = $1").execute(series))
        .mapEmpty());
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

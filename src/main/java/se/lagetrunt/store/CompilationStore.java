package se.lagetrunt.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.lagetrunt.domain.StakeholderGroup;

/**
 * The enablers' compilations, one per theme network and round, in Postgres. Saving and publishing
 * name the version they were made on and are refused (empty) when it is no longer the latest:
 * two enablers at work on one compilation never overwrite each other unseen.
 */
public final class CompilationStore {
  private static final String COLUMNS = "theme_network_id, round, text, version, updated_by, updated_at, "
      + "published_text, published_version, published_by, published_at ";
  private final Pool pool;
  private final Clock clock;

  public CompilationStore(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /** Someone a compilation must not name: in one of the theme's networks now or before, or its enabler. */
  public record Named(String name, StakeholderGroup group) {}

  /** Everyone of the theme, for taking their names out of what goes to every network. */
  public Future<List<Named>> peopleOf(UUID themeId) {
    return pool.preparedQuery("SELECT DISTINCT p.display_name, p.stakeholder_group FROM person p WHERE p.id IN ("
            + "SELECT m.person_id FROM network_member m JOIN local_network l ON l.id = m.local_network_id "
            + "WHERE l.theme_network_id = $1 UNION SELECT e.person_id FROM theme_network_enabler e WHERE e.theme_network_id = $1)")
        .execute(Tuple.of(themeId))
        .map(rows -> {
          List<Named> people = new ArrayList<>();
          rows.forEach(row -> people.add(new Named(row.getString("display_name"),
              StakeholderGroup.fromWire(row.getString("stakeholder_group")))));
          return people;
        });
  }

  public Future<Optional<Compilation>> find(UUID themeId, int round) {
    return pool.preparedQuery("SELECT " + COLUMNS + "FROM compilation WHERE theme_network_id = $1 AND round = $2")
        .execute(Tuple.of(themeId, round))
        .map(CompilationStore::first);
  }

  public Future<List<Compilation>> ofTheme(UUID themeId) {
    return pool.preparedQuery("SELECT " + COLUMNS + "FROM compilation WHERE theme_network_id = $1 ORDER BY round")
        .execute(Tuple.of(themeId))
        .map(rows -> {
          List<Compilation> list = new ArrayList<>();
          rows.forEach(row -> list.add(compilation(row)));
          return list;
        });
  }

  /**
   * The published compilation a meeting builds on: for a theme's after-meeting its own round's,
   * for a local meeting or pre-meeting the round before's.
   */
  public Future<Optional<Compilation>> publishedFor(MeetingInfo meeting) {
    if (meeting.round() == null || meeting.kind().equals("adhoc")) {
      return Future.succeededFuture(Optional.empty());
    }
    int round = meeting.kind().equals("after") ? meeting.round() : meeting.round() - 1;
    return pool.preparedQuery("SELECT " + COLUMNS + "FROM compilation WHERE round = $2 AND published_text IS NOT NULL "
            + "AND theme_network_id = (SELECT coalesce(m.theme_network_id, ln.theme_network_id) FROM meeting m "
            + "LEFT JOIN local_network ln ON ln.id = m.local_network_id WHERE m.id = $1)")
        .execute(Tuple.of(meeting.id(), round))
        .map(CompilationStore::first);
  }

  /**
   * Saves the draft as the version after {@code baseVersion} (0: the first). Empty when someone
   * saved another version in between.
   */
  public Future<Optional<Compilation>> save(UUID themeId, int round, int baseVersion, String text, UUID by) {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    String sql = baseVersion == 0
        ? "INSERT INTO compilation (theme_network_id, round, text, version, updated_by, updated_at) "
            + "VALUES ($1, $2, $3, 1, $4, $5) ON CONFLICT (theme_network_id, round) DO NOTHING RETURNING " + COLUMNS
        : "UPDATE compilation SET text = $4, version = version + 1, updated_by = $5, updated_at = $6 "
            + "WHERE theme_network_id = $1 AND round = $2 AND version = $3 RETURNING " + COLUMNS;
    Tuple args = baseVersion == 0 ? Tuple.of(themeId, round, text, by, now)
        : Tuple.of(themeId, round, baseVersion, text, by, now);
    return pool.preparedQuery(sql).execute(args).map(CompilationStore::first);
  }

  /** Publishes the draft if it is still {@code version}; empty otherwise. */
  public Future<Optional<Compilation>> publish(UUID themeId, int round, int version, UUID by) {
    return pool.preparedQuery("UPDATE compilation SET published_text = text, published_version = version, "
            + "published_by = $4, published_at = $5 "
            + "WHERE theme_network_id = $1 AND round = $2 AND version = $3 RETURNING " + COLUMNS)
        .execute(Tuple.of(themeId, round, version, by, clock.instant().atOffset(ZoneOffset.UTC)))
        .map(CompilationStore::first);
  }

  private static Optional<Compilation> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(compilation(rows.iterator().next()));
  }

  private static Compilation compilation(Row row) {
    Compilation.Published published = row.getString("published_text") == null ? null
        : new Compilation.Published(row.getString("published_text"), row.getInteger("published_version"),
            row.getUUID("published_by"), row.getOffsetDateTime("published_at"));
    return new Compilation(row.getUUID("theme_network_id"), row.getInteger("round"), row.getString("text"),
        row.getInteger("version"), row.getUUID("updated_by"), row.getOffsetDateTime("updated_at"), published);
  }
}

package se.lagetrunt.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.lagetrunt.documents.CompilationCheck;

/**
 * The leaders' check of compilations in Postgres: the versions sent with their deadlines, the
 * leaders' comments by section (which the enablers mark resolved), and who is done.
 */
public final class CompilationChecks {
  private final Pool pool;
  private final Clock clock;

  public CompilationChecks(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /** A comment on one section of a version sent for checking. */
  public record Comment(UUID id, int version, String section, String text, UUID by, String byName, OffsetDateTime at,
      String resolvedByName, OffsetDateTime resolvedAt) {}

  /** A leader of one of the theme's local networks, now. */
  public record Leader(UUID id, String name, String email, String network) {}

  /** The latest version sent for checking, if any. */
  public Future<Optional<CompilationCheck>> latest(UUID themeId, int round) {
    return pool.preparedQuery("SELECT version, text, deadline, sent_by, sent_at FROM compilation_check "
            + "WHERE theme_network_id = $1 AND round = $2 ORDER BY version DESC LIMIT 1")
        .execute(Tuple.of(themeId, round))
        .map(rows -> {
          if (rows.size() == 0) {
            return Optional.empty();
          }
          Row row = rows.iterator().next();
          return Optional.of(new CompilationCheck(row.getInteger("version"), row.getString("text"),
              row.getOffsetDateTime("deadline").toInstant(), row.getUUID("sent_by"), row.getOffsetDateTime("sent_at").toInstant()));
        });
  }

  /** Sends this version of the draft (again, with a new deadline, if it was sent before). */
  public Future<Void> send(UUID themeId, int round, int version, String text, OffsetDateTime deadline, UUID by) {
    return pool.preparedQuery("INSERT INTO compilation_check (theme_network_id, round, version, text, deadline, sent_by, sent_at) "
            + "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (theme_network_id, round, version) "
            + "DO UPDATE SET deadline = excluded.deadline, sent_by = excluded.sent_by, sent_at = excluded.sent_at")
        .execute(Tuple.of(themeId, round, version, text, deadline, by, now()))
        .mapEmpty();
  }

  public Future<List<Comment>> comments(UUID themeId, int round) {
    return pool.preparedQuery("SELECT c.id, c.version, c.section, c.text, c.written_by, w.display_name AS by_name, c.written_at, "
            + "r.display_name AS resolved_name, c.resolved_at FROM compilation_check_comment c "
            + "JOIN person w ON w.id = c.written_by LEFT JOIN person r ON r.id = c.resolved_by "
            + "WHERE c.theme_network_id = $1 AND c.round = $2 ORDER BY c.written_at, c.id")
        .execute(Tuple.of(themeId, round))
        .map(rows -> {
          List<Comment> comments = new ArrayList<>();
          rows.forEach(row -> comments.add(new Comment(row.getUUID("id"), row.getInteger("version"), row.getString("section"),
              row.getString("text"), row.getUUID("written_by"), row.getString("by_name"), row.getOffsetDateTime("written_at"),
              row.getString("resolved_name"), row.getOffsetDateTime("resolved_at"))));
          return comments;
        });
  }

  public Future<UUID> comment(UUID themeId, int round, int version, String section, String text, UUID by) {
    UUID id = UUID.randomUUID();
    return pool.preparedQuery("INSERT INTO compilation_check_comment (id, theme_network_id, round, version, section, text, "
            + "written_by, written_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
        .execute(Tuple.of(id, themeId, round, version, section, text, by, now()))
        .map(id);
  }

  /** Marks a comment of this round resolved; false if the round has no such comment. */
  public Future<Boolean> resolve(UUID themeId, int round, UUID commentId, UUID by) {
    return pool.preparedQuery("UPDATE compilation_check_comment SET resolved_by = $4, resolved_at = $5 "
            + "WHERE theme_network_id = $1 AND round = $2 AND id = $3")
        .execute(Tuple.of(themeId, round, commentId, by, now()))
        .map(rows -> rows.rowCount() > 0);
  }

  public Future<Void> done(UUID themeId, int round, int version, UUID personId) {
    return pool.preparedQuery("INSERT INTO compilation_check_done (theme_network_id, round, version, person_id, done_at) "
            + "VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING")
        .execute(Tuple.of(themeId, round, version, personId, now()))
        .mapEmpty();
  }

  /** Who has answered a version: said they are done, or commented on it. */
  public Future<Set<UUID>> answered(UUID themeId, int round, int version) {
    return pool.preparedQuery("SELECT person_id FROM compilation_check_done WHERE theme_network_id = $1 AND round = $2 AND version = $3 "
            + "UNION SELECT written_by FROM compilation_check_comment WHERE theme_network_id = $1 AND round = $2 AND version = $3")
        .execute(Tuple.of(themeId, round, version))
        .map(rows -> {
          Set<UUID> answered = new HashSet<>();
          rows.forEach(row -> answered.add(row.getUUID(0)));
          return answered;
        });
  }

  /** A check that asks a leader now: open, in a theme where they lead a network. */
  public record Asking(UUID themeId, String theme, int round, String roundTitle, OffsetDateTime deadline, boolean answered) {}

  /** The open checks a leader is asked to answer, soonest deadline first. */
  public Future<List<Asking>> asking(UUID personId) {
    return pool.preparedQuery("SELECT c.theme_network_id, t.name, c.round, c.deadline, "
            + "(SELECT m.title FROM meeting m JOIN local_network l ON l.id = m.local_network_id "
            + " WHERE l.theme_network_id = c.theme_network_id AND m.kind = 'local' AND m.round = c.round ORDER BY l.name LIMIT 1) AS round_title, "
            + "EXISTS (SELECT 1 FROM compilation_check_done d WHERE d.theme_network_id = c.theme_network_id AND d.round = c.round "
            + " AND d.version = c.version AND d.person_id = $1) "
            + "OR EXISTS (SELECT 1 FROM compilation_check_comment k WHERE k.theme_network_id = c.theme_network_id AND k.round = c.round "
            + " AND k.version = c.version AND k.written_by = $1) AS answered "
            + "FROM compilation_check c JOIN theme_network t ON t.id = c.theme_network_id "
            + "JOIN compilation comp ON comp.theme_network_id = c.theme_network_id AND comp.round = c.round "
            + "WHERE c.version = (SELECT max(version) FROM compilation_check x WHERE x.theme_network_id = c.theme_network_id AND x.round = c.round) "
            + "AND (comp.published_version IS NULL OR comp.published_version < c.version) "
            + "AND c.theme_network_id IN (SELECT ln.theme_network_id FROM network_member nm JOIN local_network ln ON ln.id = nm.local_network_id "
            + " WHERE nm.person_id = $1 AND nm.role = 'leader' AND nm.removed_at IS NULL) "
            + "ORDER BY c.deadline, t.name, c.round")
        .execute(Tuple.of(personId))
        .map(rows -> {
          List<Asking> asking = new ArrayList<>();
          rows.forEach(row -> asking.add(new Asking(row.getUUID("theme_network_id"), row.getString("name"), row.getInteger("round"),
              row.getString("round_title"), row.getOffsetDateTime("deadline"), row.getBoolean("answered"))));
          return asking;
        });
  }

  /** The theme's leaders now: those the check asks. */
  public Future<List<Leader>> leaders(UUID themeId) {
    return pool.preparedQuery("SELECT DISTINCT ON (p.id) p.id, p.display_name, p.email, ln.name FROM network_member nm "
            + "JOIN local_network ln ON ln.id = nm.local_network_id JOIN person p ON p.id = nm.person_id "
            + "WHERE ln.theme_network_id = $1 AND nm.role = 'leader' AND nm.removed_at IS NULL ORDER BY p.id, ln.name")
        .execute(Tuple.of(themeId))
        .map(rows -> {
          List<Leader> leaders = new ArrayList<>();
          rows.forEach(row -> leaders.add(new Leader(row.getUUID("id"), row.getString("display_name"), row.getString("email"),
              row.getString("name"))));
          return leaders;
        });
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}

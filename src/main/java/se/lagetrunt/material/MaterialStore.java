package se.lagetrunt.material;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The material libraries in Postgres: entries with their files (kept in the database, so a backup
 * holds them) and where each is shown. Who may change or read what is decided by the routes; the
 * one question of access asked here is {@link #mayRead}, for fetching a file.
 */
public final class MaterialStore {
  private static final String COLUMNS = "m.id, m.theme_network_id, m.title, m.note, m.url, m.file_name, m.content_type, "
      + "m.size_bytes, m.added_by, m.added_at";
  private static final String ATTACH = "INSERT INTO material_attachment (material_id, round, meeting_id, question_id) "
      + "VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING";

  private final Pool pool;
  private final Clock clock;

  public MaterialStore(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /** A theme network's whole library, newest first, with where each entry is shown. */
  public Future<List<Material>> library(UUID themeId) {
    return pool.preparedQuery("SELECT " + COLUMNS + " FROM material m WHERE m.theme_network_id = $1 ORDER BY m.added_at DESC, m.title")
        .execute(Tuple.of(themeId))
        .compose(rows -> withAttachments(pool, rows));
  }

  public Future<Optional<Material>> find(UUID id) {
    return pool.preparedQuery("SELECT " + COLUMNS + " FROM material m WHERE m.id = $1")
        .execute(Tuple.of(id))
        .compose(rows -> withAttachments(pool, rows))
        .map(list -> list.stream().findFirst());
  }

  /** Shown in a meeting: attached to it, to one of its questions, or to its round of its theme network. */
  public record Shown(Material material, String questionId) {}

  /** The ready material a meeting shows, in the order it was added. */
  public Future<List<Shown>> forMeeting(UUID meetingId) {
    return pool.preparedQuery("SELECT DISTINCT " + COLUMNS + ", a.question_id FROM material m "
            + "JOIN material_attachment a ON a.material_id = m.id "
            + "JOIN meeting mt ON mt.id = $1 LEFT JOIN local_network ln ON ln.id = mt.local_network_id "
            + "WHERE (m.url IS NOT NULL OR m.file_name IS NOT NULL) AND (a.meeting_id = mt.id OR (a.round = mt.round "
            + "AND mt.kind <> 'adhoc' AND m.theme_network_id = coalesce(mt.theme_network_id, ln.theme_network_id))) "
            + "ORDER BY m.added_at, m.title")
        .execute(Tuple.of(meetingId))
        .map(rows -> {
          List<Shown> shown = new ArrayList<>();
          rows.forEach(row -> shown.add(new Shown(material(row, List.of()), row.getString("question_id"))));
          return shown;
        });
  }

  public Future<Material> addLink(UUID themeId, String title, String note, String url, UUID by) {
    UUID id = UUID.randomUUID();
    return pool.preparedQuery("INSERT INTO material (id, theme_network_id, title, note, url, added_by, added_at) "
            + "VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .execute(Tuple.of(id, themeId, title, note, url, by, clock.instant().atOffset(ZoneOffset.UTC)))
        .compose(done -> find(id)).map(Optional::orElseThrow);
  }

  public Future<Material> addFile(UUID themeId, String title, String note, String fileName, FileType type, byte[] content, UUID by) {
    UUID id = UUID.randomUUID();
    return pool.withTransaction(tx -> tx.preparedQuery("INSERT INTO material (id, theme_network_id, title, note, added_by, added_at) "
                + "VALUES ($1, $2, $3, $4, $5, $6)")
            .execute(Tuple.of(id, themeId, title, note, by, clock.instant().atOffset(ZoneOffset.UTC)))
            .compose(done -> storeFile(tx, id, fileName, type, content)))
        .compose(done -> find(id)).map(Optional::orElseThrow);
  }

  /** Gives an entry this file in place of what it had (a link, an older file, or nothing yet). */
  public Future<Material> replaceFile(UUID id, String fileName, FileType type, byte[] content) {
    return pool.withTransaction(tx -> storeFile(tx, id, fileName, type, content))
        .compose(done -> find(id)).map(Optional::orElseThrow);
  }

  private static Future<Void> storeFile(SqlClient tx, UUID id, String fileName, FileType type, byte[] content) {
    return tx.preparedQuery("UPDATE material SET url = NULL, file_name = $2, content_type = $3, size_bytes = $4 WHERE id = $1")
        .execute(Tuple.of(id, fileName, type.contentType(), content.length))
        .compose(done -> tx.preparedQuery("INSERT INTO material_file (material_id, content) VALUES ($1, $2) "
                + "ON CONFLICT (material_id) DO UPDATE SET content = excluded.content")
            .execute(Tuple.of(id, Buffer.buffer(content))))
        .mapEmpty();
  }

  /** New title and note; a link entry (or one still waiting for its file) may get a new address. */
  public Future<Material> update(UUID id, String title, String note, String url) {
    return pool.preparedQuery("UPDATE material SET title = $2, note = $3, "
            + "url = CASE WHEN file_name IS NULL THEN $4 ELSE url END WHERE id = $1")
        .execute(Tuple.of(id, title, note, url))
        .compose(done -> find(id)).map(Optional::orElseThrow);
  }

  public Future<Void> delete(UUID id) {
    return pool.preparedQuery("DELETE FROM material WHERE id = $1").execute(Tuple.of(id)).mapEmpty();
  }

  /** Where an entry is shown, all at once: what is not in the list is no longer shown there. */
  public Future<Material> setAttachments(UUID id, List<Material.Attachment> attachments) {
    return pool.withTransaction(tx -> {
      Future<?> chain = tx.preparedQuery("DELETE FROM material_attachment WHERE material_id = $1").execute(Tuple.of(id));
      for (Material.Attachment attachment : attachments) {
        chain = chain.compose(done -> attach(tx, id, attachment));
      }
      return chain;
    }).compose(done -> find(id)).map(Optional::orElseThrow);
  }

  /** Adds these attachments to what entries already have (a question's material following it to other meetings). */
  public Future<Void> attachAll(Map<UUID, List<Material.Attachment>> byMaterial) {
    if (byMaterial.isEmpty()) {
      return Future.succeededFuture();
    }
    return pool.withTransaction(tx -> {
      Future<?> chain = Future.succeededFuture();
      for (Map.Entry<UUID, List<Material.Attachment>> entry : byMaterial.entrySet()) {
        for (Material.Attachment attachment : entry.getValue()) {
          chain = chain.compose(done -> attach(tx, entry.getKey(), attachment));
        }
      }
      return chain.mapEmpty();
    });
  }

  /**
   * What a template names for a round, in the series' own transaction: an entry the theme's
   * library already has by that title is shown for the round too, otherwise one waiting for its
   * file is added. Several local networks taking the same series share one entry.
   */
  public static Future<Void> planForRound(SqlClient tx, UUID themeId, int round, List<TemplateMaterial> named,
      UUID by, Instant now) {
    Future<?> chain = Future.succeededFuture();
    for (TemplateMaterial material : named) {
      chain = chain.compose(done -> tx.preparedQuery("SELECT id FROM material WHERE theme_network_id = $1 AND title = $2 LIMIT 1")
              .execute(Tuple.of(themeId, material.title())))
          .compose(rows -> {
            if (rows.size() > 0) {
              return Future.succeededFuture(rows.iterator().next().getUUID("id"));
            }
            UUID id = UUID.randomUUID();
            return tx.preparedQuery("INSERT INTO material (id, theme_network_id, title, note, url, added_by, added_at) "
                    + "VALUES ($1, $2, $3, $4, $5, $6, $7)")
                .execute(Tuple.of(id, themeId, material.title(), material.note(), material.url(), by, now.atOffset(ZoneOffset.UTC)))
                .map(id);
          })
          .compose(id -> attach(tx, id, Material.Attachment.round(round)));
    }
    return chain.mapEmpty();
  }

  private static Future<Void> attach(SqlClient tx, UUID id, Material.Attachment attachment) {
    return tx.preparedQuery(ATTACH)
        .execute(Tuple.of(id, attachment.round(), attachment.meetingId(), attachment.questionId()))
        .mapEmpty();
  }

  /** A file's content, if the entry has one. */
  public Future<Optional<Buffer>> content(UUID id) {
    return pool.preparedQuery("SELECT content FROM material_file WHERE material_id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getBuffer("content")));
  }

  /**
   * Whether a person may read an entry: an enabler of its theme network, a current member of one
   * of its local networks, or someone in a meeting it is shown in. A member removed from the
   * network no longer may.
   */
  public Future<Boolean> mayRead(UUID id, UUID personId) {
    return pool.preparedQuery("SELECT 1 FROM material m WHERE m.id = $1 AND ("
            + "EXISTS (SELECT 1 FROM theme_network_enabler e WHERE e.theme_network_id = m.theme_network_id AND e.person_id = $2) "
            + "OR EXISTS (SELECT 1 FROM network_member nm JOIN local_network ln ON ln.id = nm.local_network_id "
            + "WHERE ln.theme_network_id = m.theme_network_id AND nm.person_id = $2 AND nm.removed_at IS NULL) "
            + "OR EXISTS (SELECT 1 FROM material_attachment a JOIN meeting_access ma ON ma.meeting_id = a.meeting_id "
            + "WHERE a.material_id = m.id AND ma.person_id = $2))")
        .execute(Tuple.of(id, personId))
        .map(rows -> rows.size() > 0);
  }

  private static Future<List<Material>> withAttachments(SqlClient db, RowSet<Row> rows) {
    Map<UUID, Row> byId = new LinkedHashMap<>();
    rows.forEach(row -> byId.put(row.getUUID("id"), row));
    if (byId.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return db.preparedQuery("SELECT material_id, round, meeting_id, question_id FROM material_attachment "
            + "WHERE material_id = ANY($1) ORDER BY round NULLS LAST, meeting_id, question_id")
        .execute(Tuple.of(byId.keySet().toArray(UUID[]::new)))
        .map(attached -> {
          Map<UUID, List<Material.Attachment>> of = new LinkedHashMap<>();
          attached.forEach(row -> of.computeIfAbsent(row.getUUID("material_id"), key -> new ArrayList<>())
              .add(new Material.Attachment(row.getInteger("round"), row.getUUID("meeting_id"), row.getString("question_id"))));
          List<Material> list = new ArrayList<>();
          byId.forEach((id, row) -> list.add(material(row, of.getOrDefault(id, List.of()))));
          return list;
        });
  }

  private static Material material(Row row, List<Material.Attachment> attachments) {
    return new Material(row.getUUID("id"), row.getUUID("theme_network_id"), row.getString("title"), row.getString("note"),
        row.getString("url"), row.getString("file_name"), row.getString("content_type"), row.getInteger("size_bytes"),
        row.getUUID("added_by"), row.getOffsetDateTime("added_at"), attachments);
  }
}

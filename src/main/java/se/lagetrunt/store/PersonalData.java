package se.lagetrunt.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the database holds about one person, for them to download (the GDPR's right of
 * access): who they are, where they take part, the meetings they were in and what they did there,
 * their devices and links, their sound check, what they wrote as an enabler. One query per part,
 * read in one transaction so the parts agree. What names someone else – a seat the leader added
 * for a person in the room – is left out of their copy; link secrets are never stored, so never
 * shown.
 */
public final class PersonalData {
  /** Each part of the copy, in the order it is shown; $1 is the person. */
  public static final Map<String, String> PARTS = new LinkedHashMap<>();

  static {
    PARTS.put("person", "SELECT id::text, display_name AS name, email, phone, account_role AS \"accountRole\", "
        + "stakeholder_group AS \"group\", created_at::text AS created FROM person WHERE id = $1");
    PARTS.put("themeNetworks", "SELECT t.name AS \"themeNetwork\", 'enabler' AS role FROM theme_network_enabler e "
        + "JOIN theme_network t ON t.id = e.theme_network_id WHERE e.person_id = $1 ORDER BY t.name");
    PARTS.put("localNetworks", "SELECT l.name AS \"localNetwork\", t.name AS \"themeNetwork\", m.role, m.added_at::text AS added, "
        + "m.removed_at::text AS removed FROM network_member m JOIN local_network l ON l.id = m.local_network_id "
        + "LEFT JOIN theme_network t ON t.id = l.theme_network_id WHERE m.person_id = $1 ORDER BY m.added_at");
    PARTS.put("meetings", "SELECT mt.title, mt.starts_at::text AS \"startsAt\", mm.role FROM meeting_member mm "
        + "JOIN meeting mt ON mt.id = mm.meeting_id WHERE mm.person_id = $1 ORDER BY mt.starts_at NULLS LAST, mt.title");
    PARTS.put("attendance", "SELECT mt.title AS meeting, e.occurred_at::text AS arrived FROM meeting_event e "
        + "JOIN meeting mt ON mt.id = e.meeting_id WHERE e.type = 'arrived' AND (e.payload->>'personId')::uuid = $1 "
        + "ORDER BY e.occurred_at");
    PARTS.put("actions", "SELECT mt.title AS meeting, e.seq, e.type, e.occurred_at::text AS at, "
        + "CASE WHEN e.type = 'seatAdded' THEN NULL ELSE e.payload END AS payload FROM meeting_event e "
        + "JOIN meeting mt ON mt.id = e.meeting_id WHERE e.actor = $1 AND e.type <> 'arrived' ORDER BY e.occurred_at, e.seq");
    PARTS.put("devices", "SELECT device, created_at::text AS \"signedIn\", last_seen_at::text AS \"lastSeen\", "
        + "ended_at::text AS ended, ended_why AS \"endedWhy\" FROM device_session WHERE person_id = $1 ORDER BY created_at");
    PARTS.put("links", "SELECT l.created_at::text AS created, l.expires_at::text AS expires, l.used_at::text AS used, "
        + "l.revoked_at::text AS revoked, c.display_name AS \"madeBy\" FROM login_link l LEFT JOIN person c ON c.id = l.created_by "
        + "WHERE l.person_id = $1 ORDER BY l.created_at");
    PARTS.put("soundCheck", "SELECT checked_at::text AS checked, microphone, speaker, connection, array_to_string(via, ', ') AS via "
        + "FROM voice_check WHERE person_id = $1");
    PARTS.put("compilations", "SELECT t.name AS \"themeNetwork\", c.round, c.updated_at::text AS \"lastEdited\", "
        + "c.published_at::text AS published, c.updated_by = $1 AS \"youEditedLast\", c.published_by = $1 AS \"youPublished\" "
        + "FROM compilation c JOIN theme_network t ON t.id = c.theme_network_id WHERE c.updated_by = $1 OR c.published_by = $1 "
        + "ORDER BY t.name, c.round");
    PARTS.put("compilationComments", "SELECT t.name AS \"themeNetwork\", c.round, c.section, c.text, "
        + "c.written_at::text AS written FROM compilation_check_comment c JOIN theme_network t ON t.id = c.theme_network_id "
        + "WHERE c.written_by = $1 ORDER BY c.written_at");
    PARTS.put("planComments", "SELECT p.title AS plan, c.text, c.written_at::text AS written FROM plan_comment c "
        + "JOIN local_plan p ON p.id = c.plan_id WHERE c.written_by = $1 ORDER BY c.written_at");
    PARTS.put("remindersSent", "SELECT mt.title AS meeting, r.sent_at::text AS sent, r.recipients FROM minutes_reminder r "
        + "JOIN meeting mt ON mt.id = r.meeting_id WHERE r.sent_by = $1 ORDER BY r.sent_at");
    PARTS.put("mails", "SELECT subject, to_address AS \"to\", created_at::text AS created, sent_at::text AS sent "
        + "FROM mail_outbox WHERE person_id = $1 ORDER BY id");
    PARTS.put("mailTurnedOff", "SELECT kind FROM mail_opt_out WHERE person_id = $1 ORDER BY kind");
    PARTS.put("calendarFeeds", "SELECT created_at::text AS created, revoked_at::text AS revoked FROM calendar_feed "
        + "WHERE person_id = $1 ORDER BY created_at");
  }

  private final Pool pool;

  public PersonalData(Pool pool) {
    this.pool = pool;
  }

  /** The copy: one array of rows per part (the person's own part has one row). */
  public Future<JsonObject> of(UUID personId) {
    return pool.withTransaction(connection -> {
      List<Future<JsonArray>> parts = new ArrayList<>();
      PARTS.values().forEach(sql -> parts.add(connection.preparedQuery(sql).execute(Tuple.of(personId)).map(rows -> {
        JsonArray array = new JsonArray();
        for (Row row : rows) {
          array.add(row.toJson());
        }
        return array;
      })));
      return Future.all(parts).map(all -> {
        JsonObject copy = new JsonObject();
        int i = 0;
        for (String part : PARTS.keySet()) {
          copy.put(part, parts.get(i++).result());
        }
        return copy;
      });
    });
  }
}

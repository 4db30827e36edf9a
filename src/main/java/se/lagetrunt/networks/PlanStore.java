package se.lagetrunt.networks;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.lagetrunt.domain.LocalPlan;

/**
 * Local plans in Postgres: a plan with its status, its priority areas and their measures. A change
 * to an area or a measure names the version it was made on and is refused (empty) when someone
 * changed it in between. Who may do what is decided by the routes and {@link LocalPlan}.
 */
public final class PlanStore {
  private static final String PLAN_COLUMNS = "p.id, p.local_network_id, p.title, p.status, p.sent_to, p.sent_on, p.decided_on, "
      + "p.decision_ref, p.followed_up_on, p.created_at, p.status_changed_at, p.follow_up_meeting_id, p.revision";
  private static final String MEASURE_COLUMNS = "id, area_id, what, responsible, responsible_note, due, needs, progress, version";

  private final Pool pool;
  private final Clock clock;

  public PlanStore(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /** {@code followUpMeeting}: the network's meeting that follows the plan up, if one is planned. */
  public record Plan(UUID id, UUID localNetworkId, String title, LocalPlan.Status status, String sentTo, LocalDate sentOn,
      LocalDate decidedOn, String decisionRef, LocalDate followedUpOn, OffsetDateTime createdAt, OffsetDateTime statusChangedAt,
      UUID followUpMeeting, int revision, List<Area> areas) {
    public int measures() {
      return areas.stream().mapToInt(area -> area.measures().size()).sum();
    }
  }

  public record Area(UUID id, String title, int version, List<Measure> measures) {}

  /** One measure; {@code responsible} in the order the page offers them. */
  public record Measure(UUID id, String what, List<LocalPlan.Responsible> responsible, String responsibleNote, String due,
      String needs, LocalPlan.Progress progress, int version) {}

  /** What a change to a measure sets. */
  public record MeasureFields(String what, List<LocalPlan.Responsible> responsible, String responsibleNote, String due,
      String needs) {}

  /** What a change of status records: the body and date it was sent, the decision, the follow-up. */
  public record StatusFields(LocalPlan.Status status, String sentTo, LocalDate sentOn, LocalDate decidedOn, String decisionRef,
      LocalDate followedUpOn) {}

  /** A plan as listed: which network, how far it has come, how much it holds. */
  public record Listed(UUID id, UUID localNetworkId, String network, String title, LocalPlan.Status status,
      OffsetDateTime statusChangedAt, int areas, int measures) {}

  public Future<Plan> create(UUID localId, String title, UUID by) {
    UUID id = UUID.randomUUID();
    OffsetDateTime now = now();
    return pool.preparedQuery("INSERT INTO local_plan (id, local_network_id, title, created_by, created_at, status_changed_at) "
            + "VALUES ($1, $2, $3, $4, $5, $5)")
        .execute(Tuple.of(id, localId, title, by, now))
        .compose(done -> find(id)).map(Optional::orElseThrow);
  }

  public Future<Optional<Plan>> find(UUID id) {
    return pool.preparedQuery("SELECT " + PLAN_COLUMNS + " FROM local_plan p WHERE p.id = $1").execute(Tuple.of(id))
        .compose(plans -> {
          if (plans.size() == 0) {
            return Future.succeededFuture(Optional.<Plan>empty());
          }
          Row plan = plans.iterator().next();
          return pool.preparedQuery("SELECT id, title, version FROM plan_area WHERE plan_id = $1 ORDER BY position, id")
              .execute(Tuple.of(id))
              .compose(areas -> pool.preparedQuery("SELECT " + MEASURE_COLUMNS + " FROM plan_measure WHERE area_id IN "
                      + "(SELECT id FROM plan_area WHERE plan_id = $1) ORDER BY position, id")
                  .execute(Tuple.of(id))
                  .map(measures -> {
                    Map<UUID, List<Measure>> byArea = new LinkedHashMap<>();
                    measures.forEach(row -> byArea.computeIfAbsent(row.getUUID("area_id"), key -> new ArrayList<>()).add(measure(row)));
                    List<Area> list = new ArrayList<>();
                    areas.forEach(row -> list.add(new Area(row.getUUID("id"), row.getString("title"), row.getInteger("version"),
                        byArea.getOrDefault(row.getUUID("id"), List.of()))));
                    return Optional.of(plan(plan, list));
                  }));
        });
  }

  public Future<List<Listed>> ofNetwork(UUID localId) {
    return listed("p.local_network_id = $1", localId);
  }

  /** Every plan of a theme network's local networks, for its enablers. */
  public Future<List<Listed>> ofTheme(UUID themeId) {
    return listed("ln.theme_network_id = $1", themeId);
  }

  private Future<List<Listed>> listed(String where, UUID id) {
    return pool.preparedQuery("SELECT p.id, p.local_network_id, ln.name, p.title, p.status, p.status_changed_at, "
            + "(SELECT count(*) FROM plan_area a WHERE a.plan_id = p.id) AS areas, "
            + "(SELECT count(*) FROM plan_measure m JOIN plan_area a ON a.id = m.area_id WHERE a.plan_id = p.id) AS measures "
            + "FROM local_plan p JOIN local_network ln ON ln.id = p.local_network_id WHERE " + where
            + " ORDER BY ln.name, p.created_at")
        .execute(Tuple.of(id))
        .map(rows -> {
          List<Listed> list = new ArrayList<>();
          rows.forEach(row -> list.add(new Listed(row.getUUID("id"), row.getUUID("local_network_id"), row.getString("name"),
              row.getString("title"), LocalPlan.Status.fromWire(row.getString("status")), row.getOffsetDateTime("status_changed_at"),
              row.getLong("areas").intValue(), row.getLong("measures").intValue())));
          return list;
        });
  }

  /** The plan an area or a measure belongs to, for asking who may change it. */
  public Future<Optional<UUID>> planOf(String kind, UUID id) {
    String sql = kind.equals("area") ? "SELECT plan_id FROM plan_area WHERE id = $1"
        : "SELECT a.plan_id FROM plan_measure m JOIN plan_area a ON a.id = m.area_id WHERE m.id = $1";
    return pool.preparedQuery(sql).execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID(0)));
  }

  public Future<Void> addArea(UUID planId, String title) {
    return pool.preparedQuery("INSERT INTO plan_area (id, plan_id, position, title) VALUES ($1, $2, "
            + "(SELECT coalesce(max(position), 0) + 1 FROM plan_area WHERE plan_id = $2), $3)")
        .execute(Tuple.of(UUID.randomUUID(), planId, title)).mapEmpty();
  }

  /** False when the area changed since {@code version} (or is gone). */
  public Future<Boolean> renameArea(UUID areaId, String title, int version) {
    return pool.preparedQuery("UPDATE plan_area SET title = $2, version = version + 1 WHERE id = $1 AND version = $3")
        .execute(Tuple.of(areaId, title, version)).map(rows -> rows.rowCount() == 1);
  }

  public Future<Void> deleteArea(UUID areaId) {
    return pool.preparedQuery("DELETE FROM plan_area WHERE id = $1").execute(Tuple.of(areaId)).mapEmpty();
  }

  public Future<Void> addMeasure(UUID areaId, MeasureFields fields) {
    return pool.preparedQuery("INSERT INTO plan_measure (id, area_id, position, what, responsible, responsible_note, due, needs) "
            + "VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM plan_measure WHERE area_id = $2), $3, $4, $5, $6, $7)")
        .execute(Tuple.of(UUID.randomUUID(), areaId, fields.what(), wire(fields.responsible()), fields.responsibleNote(),
            fields.due(), fields.needs()))
        .mapEmpty();
  }

  /** False when the measure changed since {@code version} (or is gone). */
  public Future<Boolean> updateMeasure(UUID measureId, MeasureFields fields, int version) {
    return pool.preparedQuery("UPDATE plan_measure SET what = $2, responsible = $3, responsible_note = $4, due = $5, needs = $6, "
            + "version = version + 1 WHERE id = $1 AND version = $7")
        .execute(Tuple.of(measureId, fields.what(), wire(fields.responsible()), fields.responsibleNote(), fields.due(),
            fields.needs(), version))
        .map(rows -> rows.rowCount() == 1);
  }

  public Future<Void> setProgress(UUID measureId, LocalPlan.Progress progress) {
    return pool.preparedQuery("UPDATE plan_measure SET progress = $2, version = version + 1 WHERE id = $1")
        .execute(Tuple.of(measureId, progress.wireName())).mapEmpty();
  }

  public Future<Void> deleteMeasure(UUID measureId) {
    return pool.preparedQuery("DELETE FROM plan_measure WHERE id = $1").execute(Tuple.of(measureId)).mapEmpty();
  }

  /** Records a move to a new status with what it carries; the plan must still be {@code from}. */
  public Future<Boolean> setStatus(UUID planId, LocalPlan.Status from, StatusFields fields) {
    return pool.preparedQuery("UPDATE local_plan SET status = $3, sent_to = coalesce($4, sent_to), sent_on = coalesce($5, sent_on), "
            + "decided_on = coalesce($6, decided_on), decision_ref = coalesce($7, decision_ref), "
            + "followed_up_on = coalesce($8, followed_up_on), status_changed_at = $9 WHERE id = $1 AND status = $2")
        .execute(Tuple.tuple().addUUID(planId).addString(from.wireName()).addString(fields.status().wireName())
            .addString(fields.sentTo()).addLocalDate(fields.sentOn()).addLocalDate(fields.decidedOn())
            .addString(fields.decisionRef()).addLocalDate(fields.followedUpOn()).addOffsetDateTime(now()))
        .map(rows -> rows.rowCount() == 1);
  }

  /** A comment from the group's review; {@code areaId} null: on the plan as a whole (or an area since removed). */
  public record Comment(UUID id, UUID areaId, String text, UUID by, String byName, OffsetDateTime at, String resolvedByName,
      OffsetDateTime resolvedAt) {}

  public Future<List<Comment>> comments(UUID planId) {
    return pool.preparedQuery("SELECT c.id, c.area_id, c.text, c.written_by, w.display_name AS by_name, c.written_at, "
            + "r.display_name AS resolved_name, c.resolved_at FROM plan_comment c JOIN person w ON w.id = c.written_by "
            + "LEFT JOIN person r ON r.id = c.resolved_by WHERE c.plan_id = $1 ORDER BY c.written_at, c.id")
        .execute(Tuple.of(planId))
        .map(rows -> {
          List<Comment> comments = new ArrayList<>();
          rows.forEach(row -> comments.add(new Comment(row.getUUID("id"), row.getUUID("area_id"), row.getString("text"),
              row.getUUID("written_by"), row.getString("by_name"), row.getOffsetDateTime("written_at"),
              row.getString("resolved_name"), row.getOffsetDateTime("resolved_at"))));
          return comments;
        });
  }

  /** False when the area named is not one of the plan's. */
  public Future<Boolean> comment(UUID planId, UUID areaId, String text, UUID by) {
    return pool.preparedQuery("INSERT INTO plan_comment (id, plan_id, area_id, text, written_by, written_at) "
            + "SELECT $1, $2, $3, $4, $5, $6 WHERE $3::uuid IS NULL OR EXISTS (SELECT 1 FROM plan_area WHERE id = $3 AND plan_id = $2)")
        .execute(Tuple.of(UUID.randomUUID(), planId, areaId, text, by, now()))
        .map(rows -> rows.rowCount() == 1);
  }

  /** The plan a comment belongs to. */
  public Future<Optional<UUID>> planOfComment(UUID commentId) {
    return pool.preparedQuery("SELECT plan_id FROM plan_comment WHERE id = $1").execute(Tuple.of(commentId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID(0)));
  }

  public Future<Void> resolve(UUID commentId, UUID by) {
    return pool.preparedQuery("UPDATE plan_comment SET resolved_by = $2, resolved_at = $3 WHERE id = $1")
        .execute(Tuple.of(commentId, by, now())).mapEmpty();
  }

  /** Whether someone takes notes in one of the network's meetings: note-takers write the plan with the leaders. */
  public Future<Boolean> isNoteTaker(UUID localNetworkId, UUID personId) {
    return pool.preparedQuery("SELECT 1 FROM meeting_member mm JOIN meeting m ON m.id = mm.meeting_id "
            + "WHERE m.local_network_id = $1 AND mm.person_id = $2 AND mm.role = 'note-taker' LIMIT 1")
        .execute(Tuple.of(localNetworkId, personId)).map(rows -> rows.size() > 0);
  }

  /** Marks the plan changed, for pages that ask whether anything happened since the revision they have. */
  public Future<Void> touch(UUID planId) {
    return pool.preparedQuery("UPDATE local_plan SET revision = revision + 1 WHERE id = $1").execute(Tuple.of(planId)).mapEmpty();
  }

  /** The plan's revision and network, without reading the plan: what a page's question every few seconds costs. */
  public Future<Optional<Map.Entry<UUID, Integer>>> revision(UUID planId) {
    return pool.preparedQuery("SELECT local_network_id, revision FROM local_plan WHERE id = $1").execute(Tuple.of(planId))
        .map(rows -> rows.size() == 0 ? Optional.empty()
            : Optional.of(Map.entry(rows.iterator().next().getUUID(0), rows.iterator().next().getInteger(1))));
  }

  public Future<Void> setFollowUpMeeting(UUID planId, UUID meetingId) {
    return pool.preparedQuery("UPDATE local_plan SET follow_up_meeting_id = $2 WHERE id = $1").execute(Tuple.of(planId, meetingId))
        .mapEmpty();
  }

  /** The plan a meeting has at hand: the one it follows up, or else its network's plan being written. */
  public record Linked(UUID id, String title, boolean followsUp) {}

  public Future<Optional<Linked>> linkedTo(UUID meetingId, UUID localNetworkId) {
    return pool.preparedQuery("SELECT id, title, coalesce(follow_up_meeting_id = $1, false) AS follows_up FROM local_plan "
            + "WHERE follow_up_meeting_id = $1 OR (local_network_id = $2 AND status IN ('draft', 'proposed')) "
            + "ORDER BY 3 DESC, created_at DESC LIMIT 1")
        .execute(Tuple.of(meetingId, localNetworkId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(new Linked(rows.iterator().next().getUUID("id"),
            rows.iterator().next().getString("title"), rows.iterator().next().getBoolean("follows_up"))));
  }

  private static String[] wire(List<LocalPlan.Responsible> responsible) {
    return responsible.stream().map(LocalPlan.Responsible::wireName).toArray(String[]::new);
  }

  private static Plan plan(Row row, List<Area> areas) {
    return new Plan(row.getUUID("id"), row.getUUID("local_network_id"), row.getString("title"),
        LocalPlan.Status.fromWire(row.getString("status")), row.getString("sent_to"), row.getLocalDate("sent_on"),
        row.getLocalDate("decided_on"), row.getString("decision_ref"), row.getLocalDate("followed_up_on"),
        row.getOffsetDateTime("created_at"), row.getOffsetDateTime("status_changed_at"), row.getUUID("follow_up_meeting_id"),
        row.getInteger("revision"), areas);
  }

  private static Measure measure(Row row) {
    List<LocalPlan.Responsible> responsible = Arrays.stream(row.getArrayOfStrings("responsible"))
        .map(LocalPlan.Responsible::fromWire).sorted().toList();
    return new Measure(row.getUUID("id"), row.getString("what"), responsible, row.getString("responsible_note"),
        row.getString("due"), row.getString("needs"), LocalPlan.Progress.fromWire(row.getString("progress")),
        row.getInteger("version"));
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}

package se.lagetrunt.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;

/** Meetings and their members in Postgres. */
public final class MeetingStore {
  static final String COLUMNS =
      "m.id, m.title, m.created_by, m.created_at, m.kind, m.local_network_id, m.theme_network_id, m.series_id, m.round, "
          + "m.starts_at, m.duration_minutes, m.mode, m.purpose, m.call_link, m.built_in_voice, m.cancelled_at, m.cancel_reason, "
          + "m.sequence, m.updated_at ";
  private final Pool pool;

  public MeetingStore(Pool pool) {
    this.pool = pool;
  }

  /** Creates the meeting with its creator as first member, in one transaction. */
  public Future<MeetingInfo> create(String title, UUID creator, MeetingRole creatorRole) {
    UUID id = UUID.randomUUID();
    return pool.withTransaction(tx -> tx.preparedQuery("INSERT INTO meeting (id, title, created_by) VALUES ($1, $2, $3)")
            .execute(Tuple.of(id, title, creator))
            .compose(rows -> tx.preparedQuery(
                    "INSERT INTO meeting_member (meeting_id, person_id, role) VALUES ($1, $2, $3)")
                .execute(Tuple.of(id, creator, creatorRole.wireName()))))
        .compose(v -> find(id))
        .map(Optional::orElseThrow);
  }

  public Future<Optional<MeetingInfo>> find(UUID id) {
    return pool.preparedQuery("SELECT " + COLUMNS + "FROM meeting m WHERE m.id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(info(rows.iterator().next())));
  }

  public Future<List<MeetingInfo>> forMember(UUID personId) {
    return pool.preparedQuery(
            "SELECT " + COLUMNS + "FROM meeting m "
                + "WHERE m.id IN (SELECT meeting_id FROM meeting_access WHERE person_id = $1) "
                + "ORDER BY m.starts_at NULLS LAST, m.created_at DESC")
        .execute(Tuple.of(personId))
        .map(rows -> {
          List<MeetingInfo> list = new ArrayList<>();
          rows.forEach(row -> list.add(info(row)));
          return list;
        });
  }

  /** The person's strongest role in the meeting (see the meeting_access view), or empty. */
  public Future<Optional<MeetingRole>> roleOf(UUID meetingId, UUID personId) {
    return pool.preparedQuery(
            "SELECT role FROM meeting_access WHERE meeting_id = $1 AND person_id = $2 ORDER BY rank DESC LIMIT 1")
        .execute(Tuple.of(meetingId, personId))
        .map(rows -> rows.size() == 0
            ? Optional.empty()
            : Optional.of(MeetingRole.fromWire(rows.iterator().next().getString("role"))));
  }

  /** The group the person stands for in a local meeting's network, where it is not their own. */
  public Future<Optional<StakeholderGroup>> groupIn(UUID meetingId, UUID personId) {
    return pool.preparedQuery("SELECT nm.stakeholder_group FROM meeting m JOIN network_member nm "
            + "ON nm.local_network_id = m.local_network_id AND nm.person_id = $2 AND nm.removed_at IS NULL "
            + "WHERE m.id = $1 AND nm.stakeholder_group IS NOT NULL")
        .execute(Tuple.of(meetingId, personId))
        .map(rows -> rows.size() == 0 ? Optional.empty()
            : Optional.of(StakeholderGroup.fromWire(rows.iterator().next().getString("stakeholder_group"))));
  }

  public Future<Void> addMember(UUID meetingId, UUID personId, MeetingRole role) {
    return pool.preparedQuery(
            "INSERT INTO meeting_member (meeting_id, person_id, role) VALUES ($1, $2, $3) "
                + "ON CONFLICT (meeting_id, person_id) DO UPDATE SET role = EXCLUDED.role")
        .execute(Tuple.of(meetingId, personId, role.wireName()))
        .mapEmpty();
  }

  /** The local meetings of every local network in a theme network, by round; one round's alone when given. */
  public Future<List<MeetingInfo>> localMeetingsOfTheme(UUID themeNetworkId, Integer round) {
    return pool.preparedQuery("SELECT " + COLUMNS + "FROM meeting m JOIN local_network ln ON ln.id = m.local_network_id "
            + "WHERE ln.theme_network_id = $1 AND m.kind = 'local' AND ($2::int IS NULL OR m.round = $2) "
            + "ORDER BY m.round, ln.name, m.starts_at")
        .execute(Tuple.of(themeNetworkId, round))
        .map(rows -> {
          List<MeetingInfo> list = new ArrayList<>();
          rows.forEach(row -> list.add(info(row)));
          return list;
        });
  }

  /**
   * Every meeting of a theme network by round: the enablers' pre-meeting with the leaders, the
   * local networks' meetings, then the after-meeting.
   */
  public Future<List<MeetingInfo>> ofTheme(UUID themeNetworkId) {
    return pool.preparedQuery("SELECT " + COLUMNS + "FROM meeting m LEFT JOIN local_network ln ON ln.id = m.local_network_id "
            + "WHERE (m.kind = 'local' AND ln.theme_network_id = $1) OR (m.kind IN ('pre', 'after') AND m.theme_network_id = $1) "
            + "ORDER BY m.round, CASE m.kind WHEN 'pre' THEN 0 WHEN 'local' THEN 1 ELSE 2 END, ln.name, m.starts_at")
        .execute(Tuple.of(themeNetworkId))
        .map(rows -> {
          List<MeetingInfo> list = new ArrayList<>();
          rows.forEach(row -> list.add(info(row)));
          return list;
        });
  }

  /** Calls the meeting off with a reason (at), or takes that back (reason null); the meeting as it is now. */
  public Future<MeetingInfo> setCancelled(UUID meetingId, String reason, OffsetDateTime at) {
    return pool.preparedQuery("UPDATE meeting SET cancelled_at = $2, cancel_reason = $3, sequence = sequence + 1, "
            + "updated_at = $4 WHERE id = $1")
        .execute(Tuple.of(meetingId, reason == null ? null : at, reason, at))
        .compose(done -> find(meetingId)).map(Optional::orElseThrow);
  }

  /** A local network's own meetings, by round. */
  public Future<List<MeetingInfo>> ofNetwork(UUID localNetworkId) {
    return pool.preparedQuery("SELECT " + COLUMNS + "FROM meeting m WHERE m.local_network_id = $1 AND m.kind = 'local' "
            + "ORDER BY m.round, m.starts_at")
        .execute(Tuple.of(localNetworkId))
        .map(rows -> {
          List<MeetingInfo> list = new ArrayList<>();
          rows.forEach(row -> list.add(info(row)));
          return list;
        });
  }

  /** The meetings of a series, in order. */
  public Future<List<MeetingInfo>> ofSeries(UUID seriesId) {
    return pool.preparedQuery("SELECT " + COLUMNS + "FROM meeting m WHERE m.series_id = $1 ORDER BY m.round")
        .execute(Tuple.of(seriesId))
        .map(rows -> {
          List<MeetingInfo> list = new ArrayList<>();
          rows.forEach(row -> list.add(info(row)));
          return list;
        });
  }

  /**
   * Changes what a meeting is before it is held (its questions are on its board, in the log), in
   * one transaction with its series' call link when the change is for the whole series.
   */
  public Future<MeetingInfo> update(UUID meetingId, MeetingChanges changes, OffsetDateTime at) {
    // Every change counts (a calendar shows the call link and purpose too); the call link may change a whole series.
    String call = "call_link = CASE WHEN $2::text IS NULL THEN call_link ELSE nullif($2, '') END, "
        + "built_in_voice = coalesce($3, built_in_voice), sequence = sequence + 1, updated_at = $4 ";
    Tuple callValues = Tuple.tuple().addUUID(meetingId).addString(changes.callLink()).addBoolean(changes.builtInVoice())
        .addOffsetDateTime(at);
    return pool.withTransaction(tx -> tx.preparedQuery(
              "UPDATE meeting SET title = coalesce($2, title), starts_at = coalesce($3, starts_at), "
                  + "duration_minutes = coalesce($4, duration_minutes), mode = coalesce($5, mode), "
                  + "purpose = coalesce($6, purpose) WHERE id = $1")
          .execute(Tuple.tuple().addUUID(meetingId).addString(changes.title()).addOffsetDateTime(changes.startsAt())
              .addInteger(changes.durationMinutes()).addString(changes.mode()).addString(changes.purpose()))
          .compose(v -> tx.preparedQuery(changes.wholeSeries()
                  ? "UPDATE meeting SET " + call + "WHERE series_id = (SELECT series_id FROM meeting WHERE id = $1) OR id = $1"
                  : "UPDATE meeting SET " + call + "WHERE id = $1")
              .execute(callValues)))
        .compose(v -> find(meetingId)).map(Optional::orElseThrow);
  }

  /** The people holding the note-taker role in a meeting. */
  public Future<List<UUID>> noteTakers(UUID meetingId) {
    return pool.preparedQuery("SELECT person_id FROM meeting_member WHERE meeting_id = $1 AND role = 'note-taker'")
        .execute(Tuple.of(meetingId))
        .map(rows -> {
          List<UUID> list = new ArrayList<>();
          rows.forEach(row -> list.add(row.getUUID("person_id")));
          return list;
        });
  }

  public Future<Void> removeNoteTaker(UUID meetingId, UUID personId) {
    return pool.preparedQuery(
            "DELETE FROM meeting_member WHERE meeting_id = $1 AND person_id = $2 AND role = 'note-taker'")
        .execute(Tuple.of(meetingId, personId))
        .mapEmpty();
  }


  static MeetingInfo info(Row row) {
    return new MeetingInfo(
        row.getUUID("id"), row.getString("title"), row.getUUID("created_by"), row.getOffsetDateTime("created_at"),
        row.getString("kind"), row.getUUID("local_network_id"), row.getUUID("theme_network_id"),
        row.getUUID("series_id"), row.getInteger("round"), row.getOffsetDateTime("starts_at"), row.getInteger("duration_minutes"),
        row.getString("mode"), row.getString("purpose"), row.getString("call_link"), row.getBoolean("built_in_voice"),
        row.getOffsetDateTime("cancelled_at"), row.getString("cancel_reason"), row.getInteger("sequence"),
        row.getOffsetDateTime("updated_at"));
  }
}

package se.lagetrunt.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.lagetrunt.domain.MeetingRole;

/** Meetings and their members in Postgres. */
public final class MeetingStore {
  private final Pool pool;

  public MeetingStore(Pool pool) {
    this.pool = pool;
  }

  /** Creates the meeting with its creator as first member, in one transaction. */
  public Future<MeetingInfo> create(String title, UUID creator, MeetingRole creatorRole) {
    UUID id = UUID.randomUUID();
    return pool.withTransaction(tx -> tx.preparedQuery(
                "INSERT INTO meeting (id, title, created_by) VALUES ($1, $2, $3) RETURNING created_at")
            .execute(Tuple.of(id, title, creator))
            .compose(rows -> tx.preparedQuery(
                    "INSERT INTO meeting_member (meeting_id, person_id, role) VALUES ($1, $2, $3)")
                .execute(Tuple.of(id, creator, creatorRole.wireName()))
                .map(ignored -> new MeetingInfo(
                    id, title, creator, rows.iterator().next().getOffsetDateTime("created_at")))));
  }

  public Future<Optional<MeetingInfo>> find(UUID id) {
    return pool.preparedQuery("SELECT id, title, created_by, created_at FROM meeting WHERE id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(info(rows.iterator().next())));
  }

  public Future<List<MeetingInfo>> forMember(UUID personId) {
    return pool.preparedQuery(
            "SELECT m.id, m.title, m.created_by, m.created_at FROM meeting m "
                + "JOIN meeting_member mm ON mm.meeting_id = m.id WHERE mm.person_id = $1 "
                + "ORDER BY m.created_at DESC")
        .execute(Tuple.of(personId))
        .map(rows -> {
          List<MeetingInfo> list = new ArrayList<>();
          rows.forEach(row -> list.add(info(row)));
          return list;
        });
  }

  /** The person's role in the meeting, or empty if they are not a member. */
  public Future<Optional<MeetingRole>> roleOf(UUID meetingId, UUID personId) {
    return pool.preparedQuery("SELECT role FROM meeting_member WHERE meeting_id = $1 AND person_id = $2")
        .execute(Tuple.of(meetingId, personId))
        .map(rows -> rows.size() == 0
            ? Optional.empty()
            : Optional.of(MeetingRole.fromWire(rows.iterator().next().getString("role"))));
  }

  public Future<Void> addMember(UUID meetingId, UUID personId, MeetingRole role) {
    return pool.preparedQuery(
            "INSERT INTO meeting_member (meeting_id, person_id, role) VALUES ($1, $2, $3) "
                + "ON CONFLICT (meeting_id, person_id) DO UPDATE SET role = EXCLUDED.role")
        .execute(Tuple.of(meetingId, personId, role.wireName()))
        .mapEmpty();
  }

  private static MeetingInfo info(Row row) {
    return new MeetingInfo(
        row.getUUID("id"), row.getString("title"), row.getUUID("created_by"), row.getOffsetDateTime("created_at"));
  }
}

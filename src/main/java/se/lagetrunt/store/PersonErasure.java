package se.lagetrunt.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Erases a person (the GDPR's right to erasure), in one transaction: their name becomes
 * {@link #ERASED_NAME} and their contact details go; every membership, sign-in, link and sound
 * check ends; and the meeting logs that carried their name – their arrivals, a seat the leader
 * added for them – are rewritten with it, and those meetings' snapshots dropped, so that the
 * attendance, the exports and every client's view of the meeting say "Borttagen person" from now
 * on. Each log keeps its order and its sequence numbers: only the name in those events changes.
 * The person's id stays, so the minutes keep who wrote what without saying who it was.
 */
public final class PersonErasure {
  public static final String ERASED_NAME = "Borttagen person";

  private final Pool pool;

  public PersonErasure(Pool pool) {
    this.pool = pool;
  }

  /** Whether the person is, or was, in this local network. */
  public Future<Boolean> belongedTo(UUID localNetworkId, UUID personId) {
    return pool.preparedQuery("SELECT 1 FROM network_member WHERE local_network_id = $1 AND person_id = $2")
        .execute(Tuple.of(localNetworkId, personId)).map(rows -> rows.size() > 0);
  }

  /** Erases the person; the meetings whose logs were rewritten, for their live rooms to read them anew. */
  public Future<Set<UUID>> erase(UUID personId, Instant at) {
    Tuple person = Tuple.of(personId);
    Tuple personAt = Tuple.of(personId, at.atOffset(ZoneOffset.UTC));
    return pool.withTransaction(db -> db.preparedQuery("UPDATE person SET display_name = $3, email = NULL, phone = NULL, "
            + "removed_at = coalesce(removed_at, $2) WHERE id = $1").execute(personAt.addString(ERASED_NAME))
        .compose(v -> run(db, Tuple.of(personId, at.atOffset(ZoneOffset.UTC)), List.of(
            "UPDATE network_member SET removed_at = $2 WHERE person_id = $1 AND removed_at IS NULL",
            "UPDATE device_session SET ended_at = $2, ended_why = 'erased' WHERE person_id = $1 AND ended_at IS NULL",
            "UPDATE login_link SET revoked_at = $2 WHERE person_id = $1 AND revoked_at IS NULL")))
        .compose(v -> run(db, person, List.of(
            "DELETE FROM theme_network_enabler WHERE person_id = $1",
            "DELETE FROM meeting_member WHERE person_id = $1",
            "DELETE FROM voice_check WHERE person_id = $1",
            // What they wrote in a compilation's check is theirs; that they were done says nothing once they are gone.
            "DELETE FROM compilation_check_comment WHERE written_by = $1",
            "DELETE FROM compilation_check_done WHERE person_id = $1",
            "DELETE FROM plan_comment WHERE written_by = $1",
            // Mail not yet sent carries their name and address; mail sent is no longer ours to keep.
            "DELETE FROM mail_outbox WHERE person_id = $1",
            "DELETE FROM mail_opt_out WHERE person_id = $1",
            "DELETE FROM calendar_feed WHERE person_id = $1")))
        .compose(v -> rewritten(db, personId)));
  }

  private static Future<Void> run(SqlConnection db, Tuple person, List<String> statements) {
    Future<Void> done = Future.succeededFuture();
    for (String sql : statements) {
      done = done.compose(v -> db.preparedQuery(sql).execute(person).mapEmpty());
    }
    return done;
  }

  /** The name out of the events that carried it; the affected meetings' snapshots dropped (rebuilt from the log). */
  private static Future<Set<UUID>> rewritten(SqlConnection db, UUID personId) {
    Tuple erased = Tuple.of(personId.toString(), ERASED_NAME);
    Set<UUID> meetings = new LinkedHashSet<>();
    return db.preparedQuery("UPDATE meeting_event SET payload = jsonb_set(payload, '{name}', to_jsonb($2::text)) "
            + "WHERE type = 'arrived' AND payload->>'personId' = $1 RETURNING meeting_id").execute(erased)
        .compose(arrivals -> {
          arrivals.forEach(row -> meetings.add(row.getUUID("meeting_id")));
          return db.preparedQuery("UPDATE meeting_event SET payload = jsonb_set(payload, '{seat,name}', to_jsonb($2::text)) "
              + "WHERE type = 'seatAdded' AND payload->'seat'->>'personId' = $1 RETURNING meeting_id").execute(erased);
        })
        .compose(seats -> {
          seats.forEach(row -> meetings.add(row.getUUID("meeting_id")));
          List<UUID> ids = new ArrayList<>(meetings);
          return db.preparedQuery("DELETE FROM meeting_snapshot WHERE meeting_id = ANY($1)")
              .execute(Tuple.of(ids.toArray(new UUID[0])));
        })
        .map(v -> meetings);
  }
}

package se.lagetrunt.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.lagetrunt.domain.MeetingEvent;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.domain.Minutes;
import se.lagetrunt.protocol.EventCodec;
import se.lagetrunt.protocol.Json;

/** Reading a meeting's log and writing its snapshots. Appends go through {@link GroupCommitAppender}. */
public final class EventLog {
  private final Pool pool;

  public EventLog(Pool pool) {
    this.pool = pool;
  }

  /**
   * Writes the first event of a meeting created in {@code tx}: no room can own a meeting that
   * does not exist yet, so this is the one write to a log that does not go through a room.
   */
  public static Future<Void> begin(SqlConnection tx, UUID meetingId, MeetingEvent event, UUID actor, Instant at) {
    return tx.preparedQuery("INSERT INTO meeting_event (meeting_id, seq, type, payload, actor, occurred_at) "
            + "VALUES ($1, 1, $2, $3::text::jsonb, $4, $5)")
        .execute(Tuple.of(meetingId, EventCodec.typeOf(event), Json.write(EventCodec.payload(event)), actor,
            at.atOffset(ZoneOffset.UTC)))
        .mapEmpty();
  }

  /**
   * Loads the newest snapshot and the events a room keeps at hand: everything after the snapshot,
   * and at least the last {@code window} events, so reconnecting clients can be sent what they
   * missed and retried commands can be recognised.
   */
  public Future<MeetingHistory> load(UUID meetingId, int window) {
    return pool.preparedQuery(
            "SELECT seq, state::text AS state FROM meeting_snapshot WHERE meeting_id = $1 ORDER BY seq DESC LIMIT 1")
        .execute(Tuple.of(meetingId))
        .compose(snapshots -> {
          long snapshotSeq = 0;
          MeetingState state = MeetingState.EMPTY;
          if (snapshots.size() > 0) {
            Row row = snapshots.iterator().next();
            snapshotSeq = row.getLong("seq");
            state = EventCodec.stateFromJson(parse(meetingId, row.getString("state")));
          }
          long fromSeq = snapshotSeq;
          MeetingState snapshotState = state;
          return pool.preparedQuery(
                  "SELECT seq, type, payload::text AS payload, actor, command_id, occurred_at FROM meeting_event "
                      + "WHERE meeting_id = $1 AND seq > least($2, "
                      + "(SELECT coalesce(max(seq), 0) FROM meeting_event WHERE meeting_id = $1) - $3) "
                      + "ORDER BY seq")
              .execute(Tuple.of(meetingId, fromSeq, window))
              .map(rows -> {
                List<StoredEvent> events = new ArrayList<>(rows.size());
                for (Row row : rows) {
                  events.add(toEvent(meetingId, row));
                }
                return new MeetingHistory(fromSeq, snapshotState, events);
              });
        });
  }

  /** The meeting as it stands now, from its newest snapshot and the events after it. */
  public Future<MeetingState> currentState(UUID meetingId) {
    return load(meetingId, 0).map(MeetingHistory::currentState);
  }

  /** All events of a meeting in order; for tests, exports and audits, not for live rooms. */
  public Future<List<StoredEvent>> all(UUID meetingId) {
    return pool.preparedQuery(
            "SELECT seq, type, payload::text AS payload, actor, command_id, occurred_at FROM meeting_event "
                + "WHERE meeting_id = $1 ORDER BY seq")
        .execute(Tuple.of(meetingId))
        .map(rows -> {
          List<StoredEvent> events = new ArrayList<>(rows.size());
          rows.forEach(row -> events.add(toEvent(meetingId, row)));
          return events;
        });
  }

  /** The events after {@code afterSeq} up to {@code upToSeq}, in order: what a client far behind missed. */
  public Future<List<StoredEvent>> range(UUID meetingId, long afterSeq, long upToSeq) {
    return pool.preparedQuery(
            "SELECT seq, type, payload::text AS payload, actor, command_id, occurred_at FROM meeting_event "
                + "WHERE meeting_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq")
        .execute(Tuple.of(meetingId, afterSeq, upToSeq))
        .map(rows -> {
          List<StoredEvent> events = new ArrayList<>(rows.size());
          rows.forEach(row -> events.add(toEvent(meetingId, row)));
          return events;
        });
  }

  /** Keeps only the newest snapshot: older ones are never read. */
  public Future<Void> saveSnapshot(UUID meetingId, long seq, MeetingState state) {
    return saveSnapshot(pool, meetingId, seq, state);
  }

  private static Future<Void> saveSnapshot(SqlClient db, UUID meetingId, long seq, MeetingState state) {
    return db.preparedQuery(
            "WITH saved AS (INSERT INTO meeting_snapshot (meeting_id, seq, state) VALUES ($1, $2, $3::text::jsonb) "
                + "ON CONFLICT DO NOTHING RETURNING seq) "
                + "DELETE FROM meeting_snapshot WHERE meeting_id = $1 AND seq < $2")
        .execute(Tuple.of(meetingId, seq, Json.write(EventCodec.stateToJson(state))))
        .mapEmpty();
  }

  /** Meetings whose minutes were submitted before then and still hold how they were typed. */
  public Future<List<UUID>> typedMinutesSubmittedBefore(Instant before) {
    return pool.preparedQuery("SELECT DISTINCT s.meeting_id FROM meeting_event s WHERE s.type = 'minutesStatusChanged' "
            + "AND s.payload->>'status' = $2 AND s.occurred_at < $1 AND EXISTS (SELECT 1 FROM meeting_event u "
            + "WHERE u.meeting_id = s.meeting_id AND u.type = 'minutesUpdated')")
        .execute(Tuple.of(before.atOffset(ZoneOffset.UTC), Minutes.Status.SUBMITTED.wireName()))
        .map(rows -> {
          List<UUID> meetings = new ArrayList<>();
          rows.forEach(row -> meetings.add(row.getUUID("meeting_id")));
          return meetings;
        });
  }

  /**
   * Lets submitted minutes forget how they were typed (data minimisation): a snapshot of the
   * meeting as it stands – every section's final text, and who wrote which part of it – takes the
   * place of the keystroke-level updates before it, in one transaction. Everything else in the
   * log stays. The text is the same before and after; only its history (and text typed and then
   * deleted) goes. Minutes that are no longer submitted are left alone.
   */
  public Future<Boolean> compactMinutes(UUID meetingId) {
    return load(meetingId, 0).compose(history -> {
      MeetingState state = history.currentState();
      if (state.minutes().status() != Minutes.Status.SUBMITTED) {
        return Future.succeededFuture(false);
      }
      long seq = history.currentSeq();
      return pool.withTransaction(db -> saveSnapshot(db, meetingId, seq, state)
          .compose(saved -> db.preparedQuery("DELETE FROM meeting_event WHERE meeting_id = $1 AND type = 'minutesUpdated' "
              + "AND seq <= $2").execute(Tuple.of(meetingId, seq)))
          .map(deleted -> deleted.rowCount() > 0));
    });
  }

  private static StoredEvent toEvent(UUID meetingId, Row row) {
    return new StoredEvent(
        meetingId,
        row.getLong("seq"),
        EventCodec.fromJson(row.getString("type"), parse(meetingId, row.getString("payload"))),
        row.getUUID("actor"),
        row.getString("command_id"),
        row.getOffsetDateTime("occurred_at").toInstant());
  }

  private static JsonNode parse(UUID meetingId, String json) {
    try {
      return Json.read(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable JSON in the log of meeting " + meetingId, e);
    }
  }
}

package se.lagetrunt.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import se.lagetrunt.domain.VoiceCheck;

/** Each person's latest self-check of their sound and connection. */
public final class VoiceCheckStore {
  private final Pool pool;

  public VoiceCheckStore(Pool pool) {
    this.pool = pool;
  }

  /** One person in a meeting with their latest check (null: never checked). */
  public record Checked(UUID personId, String name, String role, VoiceCheck check, OffsetDateTime checkedAt) {}

  public Future<Void> record(UUID personId, VoiceCheck check, OffsetDateTime at) {
    return pool.preparedQuery("INSERT INTO voice_check (person_id, checked_at, microphone, speaker, connection, via) "
            + "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (person_id) DO UPDATE SET checked_at = $2, microphone = $3, "
            + "speaker = $4, connection = $5, via = $6")
        .execute(Tuple.of(personId, at, check.microphone(), check.speaker(), check.connection(),
            check.via().toArray(String[]::new)))
        .mapEmpty();
  }

  /** The person's latest check, as the leader sees it (its check null: never checked). */
  public Future<Checked> latest(UUID personId) {
    return pool.preparedQuery("SELECT p.id, p.display_name, '' AS role, c.checked_at, c.microphone, c.speaker, c.connection, "
            + "c.via FROM person p LEFT JOIN voice_check c ON c.person_id = p.id WHERE p.id = $1")
        .execute(Tuple.of(personId))
        .map(rows -> checked(rows.iterator().next()));
  }

  /** Everyone who may join the meeting, in name order, each with their strongest role and latest check. */
  public Future<List<Checked>> ofMeeting(UUID meetingId) {
    return pool.preparedQuery("SELECT p.id, p.display_name, a.role, c.checked_at, c.microphone, c.speaker, c.connection, c.via "
            + "FROM (SELECT DISTINCT ON (person_id) person_id, role FROM meeting_access WHERE meeting_id = $1 "
            + "ORDER BY person_id, rank DESC) a JOIN person p ON p.id = a.person_id AND p.removed_at IS NULL "
            + "LEFT JOIN voice_check c ON c.person_id = p.id ORDER BY p.display_name, p.id")
        .execute(Tuple.of(meetingId))
        .map(rows -> {
          List<Checked> list = new ArrayList<>();
          rows.forEach(row -> list.add(checked(row)));
          return list;
        });
  }

  private static Checked checked(Row row) {
    VoiceCheck check = row.getString("microphone") == null ? null : new VoiceCheck(row.getString("microphone"),
        row.getString("speaker"), row.getString("connection"), Arrays.asList(row.getArrayOfStrings("via")));
    return new Checked(row.getUUID("id"), row.getString("display_name"), row.getString("role"), check,
        row.getOffsetDateTime("checked_at"));
  }
}

package se.lagetrunt.networks;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A theme network's own series templates, in Postgres (the built-in ones are in {@link SeriesTemplates}). */
public final class ThemeTemplateStore {
  /** Every own template's key starts so: it can never be mistaken for a built-in one. */
  public static final String KEY_PREFIX = "own-";
  static final String SOURCE = "Temanätverkets egen mall";

  private final Pool pool;

  public ThemeTemplateStore(Pool pool) {
    this.pool = pool;
  }

  public Future<List<SeriesTemplate>> of(UUID themeId) {
    return pool.preparedQuery("SELECT key, title, meetings FROM theme_series_template WHERE theme_network_id = $1 ORDER BY title")
        .execute(Tuple.of(themeId))
        .map(rows -> {
          List<SeriesTemplate> list = new ArrayList<>();
          rows.forEach(row -> list.add(template(row)));
          return list;
        });
  }

  public Future<Optional<SeriesTemplate>> find(UUID themeId, String key) {
    return pool.preparedQuery("SELECT key, title, meetings FROM theme_series_template WHERE theme_network_id = $1 AND key = $2")
        .execute(Tuple.of(themeId, key))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(template(rows.iterator().next())));
  }

  /** Saves the template under its key (a new one, or over the one there); the key is made when null. */
  public Future<SeriesTemplate> save(UUID themeId, String key, String title, List<SeriesTemplate.Meeting> meetings, UUID by,
      Instant at) {
    String savedKey = key != null ? key : KEY_PREFIX + UUID.randomUUID();
    JsonArray json = new JsonArray();
    meetings.forEach(meeting -> json.add(new JsonObject().put("title", meeting.title()).put("purpose", meeting.purpose())
        .put("questions", new JsonArray(meeting.questions()))));
    return pool.preparedQuery("INSERT INTO theme_series_template (theme_network_id, key, title, meetings, saved_by, saved_at) "
            + "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (theme_network_id, key) DO UPDATE SET title = EXCLUDED.title, "
            + "meetings = EXCLUDED.meetings, saved_by = EXCLUDED.saved_by, saved_at = EXCLUDED.saved_at")
        .execute(Tuple.of(themeId, savedKey, title, json, by, at.atOffset(ZoneOffset.UTC)))
        .map(done -> new SeriesTemplate(savedKey, title, SOURCE, meetings));
  }

  /** Whether there was such a template to delete. */
  public Future<Boolean> delete(UUID themeId, String key) {
    return pool.preparedQuery("DELETE FROM theme_series_template WHERE theme_network_id = $1 AND key = $2")
        .execute(Tuple.of(themeId, key)).map(rows -> rows.rowCount() > 0);
  }

  private static SeriesTemplate template(Row row) {
    List<SeriesTemplate.Meeting> meetings = new ArrayList<>();
    for (Object each : (JsonArray) row.getValue("meetings")) {
      JsonObject meeting = (JsonObject) each;
      List<String> questions = new ArrayList<>();
      meeting.getJsonArray("questions").forEach(q -> questions.add((String) q));
      meetings.add(new SeriesTemplate.Meeting(meeting.getString("title"), meeting.getString("purpose"), questions, List.of()));
    }
    return new SeriesTemplate(row.getString("key"), row.getString("title"), SOURCE, meetings);
  }
}

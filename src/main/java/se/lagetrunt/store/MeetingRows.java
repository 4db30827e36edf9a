package se.lagetrunt.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * Deletes meetings with everything that hangs on them (their log, snapshots, members, reminders;
 * material and a plan's follow-up go by their foreign keys), in the caller's transaction: the
 * retention purge and a series deleted by mistake both end meetings this way.
 */
public final class MeetingRows {
  private static final String[] CHILDREN = {"meeting_event", "meeting_snapshot", "meeting_member", "minutes_reminder"};

  private MeetingRows() {}

  /** Deletes the meetings whose ids {@code meetingIds} (a SELECT of ids, with its arguments) gives; the rows deleted. */
  public static Future<RowSet<Row>> delete(SqlConnection db, String meetingIds, Tuple arguments) {
    Future<Void> children = Future.succeededFuture();
    for (String table : CHILDREN) {
      children = children.compose(v -> db.preparedQuery("DELETE FROM " + table + " WHERE meeting_id IN (" + meetingIds + ")")
          .execute(arguments).mapEmpty());
    }
    return children.compose(v -> db.preparedQuery("DELETE FROM meeting WHERE id IN (" + meetingIds + ") RETURNING series_id")
        .execute(arguments));
  }
}

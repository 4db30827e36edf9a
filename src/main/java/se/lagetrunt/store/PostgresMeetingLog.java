package se.lagetrunt.store;

import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;
import se.lagetrunt.domain.MeetingState;

/** The meeting log in Postgres: appends by group commit, reads and snapshots through the event log. */
public final class PostgresMeetingLog implements MeetingLog {
  private final EventLog log;
  private final GroupCommitAppender appender;

  public PostgresMeetingLog(EventLog log, GroupCommitAppender appender) {
    this.log = log;
    this.appender = appender;
  }

  @Override
  public Future<Void> append(UUID meetingId, List<StoredEvent> events) {
    return appender.append(meetingId, events);
  }

  @Override
  public void release(UUID meetingId) {
    appender.release(meetingId);
  }

  @Override
  public Future<MeetingHistory> load(UUID meetingId, int window) {
    return log.load(meetingId, window);
  }

  @Override
  public Future<List<StoredEvent>> range(UUID meetingId, long afterSeq, long upToSeq) {
    return log.range(meetingId, afterSeq, upToSeq);
  }

  @Override
  public Future<Void> saveSnapshot(UUID meetingId, long seq, MeetingState state) {
    return log.saveSnapshot(meetingId, seq, state);
  }
}

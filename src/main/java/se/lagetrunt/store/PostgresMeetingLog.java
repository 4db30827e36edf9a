package se.lagetrunt.store;

import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.lagetrunt.domain.MeetingState;

/**
 * The meeting log in Postgres: owners by lease and epoch, appends by group commit, reads and
 * snapshots through the event log.
 */
public final class PostgresMeetingLog implements MeetingLog {
  private final EventLog log;
  private final MeetingOwners owners;
  private final GroupCommitAppender appender;

  public PostgresMeetingLog(EventLog log, MeetingOwners owners, GroupCommitAppender appender) {
    this.log = log;
    this.owners = owners;
    this.appender = appender;
  }

  @Override
  public Future<Long> claim(UUID meetingId) {
    return owners.claim(meetingId).onSuccess(epoch -> appender.release(meetingId));
  }

  @Override
  public Future<Set<UUID>> renew(Map<UUID, Long> held) {
    return owners.renew(held);
  }

  @Override
  public Future<Void> resign(UUID meetingId, long epoch) {
    return owners.resign(meetingId, epoch);
  }

  @Override
  public Future<Void> append(UUID meetingId, long epoch, List<StoredEvent> events) {
    return appender.append(meetingId, epoch, events);
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

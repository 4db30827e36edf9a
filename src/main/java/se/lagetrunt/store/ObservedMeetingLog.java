package se.lagetrunt.store;

import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import se.lagetrunt.domain.MeetingState;

/**
 * A meeting log that tells an observer about each append once it is stored for good, so what
 * follows from an event (a mail) follows only what was committed. The observer runs on the
 * room's context just before the room hears of the commit, so it only starts work: it must not
 * block or throw.
 */
public final class ObservedMeetingLog implements MeetingLog {
  private final MeetingLog log;
  private final Consumer<List<StoredEvent>> committed;

  public ObservedMeetingLog(MeetingLog log, Consumer<List<StoredEvent>> committed) {
    this.log = log;
    this.committed = committed;
  }

  @Override
  public Future<Long> claim(UUID meetingId) {
    return log.claim(meetingId);
  }

  @Override
  public Future<Set<UUID>> renew(Map<UUID, Long> held) {
    return log.renew(held);
  }

  @Override
  public Future<Void> resign(UUID meetingId, long epoch) {
    return log.resign(meetingId, epoch);
  }

  @Override
  public Future<Void> append(UUID meetingId, long epoch, List<StoredEvent> events) {
    return log.append(meetingId, epoch, events).onSuccess(stored -> committed.accept(events));
  }

  @Override
  public void release(UUID meetingId) {
    log.release(meetingId);
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

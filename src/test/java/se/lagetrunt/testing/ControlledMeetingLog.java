package se.lagetrunt.testing;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.store.InMemoryMeetingLog;
import se.lagetrunt.store.MeetingHistory;
import se.lagetrunt.store.MeetingLog;
import se.lagetrunt.store.StoredEvent;

/**
 * The in-memory meeting log with a hand on it, as CodeMirror's collab tests use a slow dummy
 * server: appends can be held until let go (a slow disk, a long commit) and an append can be
 * made to fail (the database gone) – in which case the meeting is held until its room releases
 * it, as Postgres's appender holds it.
 */
public final class ControlledMeetingLog implements MeetingLog {
  private final InMemoryMeetingLog store = new InMemoryMeetingLog();
  private final List<Runnable> waiting = new ArrayList<>();
  private final Set<UUID> failed = new HashSet<>();
  private boolean holding;
  private boolean failNext;

  /** Appends from now on wait until {@link #letGo}. */
  public synchronized void hold() {
    holding = true;
  }

  private final List<Runnable> watchers = new ArrayList<>();

  /** Completes once {@code count} appends are waiting. */
  public synchronized Future<Void> whenWaiting(int count) {
    Promise<Void> reached = Promise.promise();
    watchers.add(() -> {
      if (waiting.size() >= count) {
        reached.tryComplete();
      }
    });
    watchers.forEach(Runnable::run);
    return reached.future();
  }

  /** Stores the waiting appends, in the order they were made, and stops holding. */
  public void letGo() {
    List<Runnable> go;
    synchronized (this) {
      holding = false;
      go = new ArrayList<>(waiting);
      waiting.clear();
    }
    go.forEach(Runnable::run);
  }

  /** The next append fails, as one to a database that is down. */
  public synchronized void failNextAppend() {
    failNext = true;
  }

  private boolean refuseNextClaim;

  /** The next claim fails at once, as one does while another node holds the meeting. */
  public synchronized void refuseNextClaim() {
    refuseNextClaim = true;
  }

  @Override
  public Future<Long> claim(UUID meetingId) {
    synchronized (this) {
      if (refuseNextClaim) {
        refuseNextClaim = false;
        return Future.failedFuture(new se.lagetrunt.store.OwnedElsewhere(meetingId));
      }
      failed.remove(meetingId);
    }
    return store.claim(meetingId);
  }

  @Override
  public Future<Set<UUID>> renew(Map<UUID, Long> held) {
    return store.renew(held);
  }

  @Override
  public Future<Void> resign(UUID meetingId, long epoch) {
    return store.resign(meetingId, epoch);
  }

  @Override
  public synchronized Future<Void> append(UUID meetingId, long epoch, List<StoredEvent> events) {
    if (failed.contains(meetingId)) {
      return Future.failedFuture(new IllegalStateException("meeting " + meetingId + " is reloading"));
    }
    if (failNext) {
      failNext = false;
      failed.add(meetingId);
      return Future.failedFuture(new IllegalStateException("the store is down"));
    }
    if (!holding) {
      return store.append(meetingId, epoch, events);
    }
    Promise<Void> stored = Promise.promise();
    waiting.add(() -> store.append(meetingId, epoch, events).onComplete(stored));
    watchers.forEach(Runnable::run);
    return stored.future();
  }

  @Override
  public synchronized void release(UUID meetingId) {
    failed.remove(meetingId);
    store.release(meetingId);
  }

  @Override
  public Future<MeetingHistory> load(UUID meetingId, int window) {
    return store.load(meetingId, window);
  }

  @Override
  public Future<List<StoredEvent>> range(UUID meetingId, long afterSeq, long upToSeq) {
    return store.range(meetingId, afterSeq, upToSeq);
  }

  @Override
  public Future<Void> saveSnapshot(UUID meetingId, long seq, MeetingState state) {
    return store.saveSnapshot(meetingId, seq, state);
  }
}

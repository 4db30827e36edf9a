package se.lagetrunt.room;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Counter;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.UUID;
import java.util.logging.Logger;
import se.lagetrunt.store.RepeatedFaults;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.store.MeetingLog;

/**
 * Writes a room's snapshot every so many committed events, one at a time, so loading a long
 * meeting replays only its tail. A failed snapshot costs nothing but a longer replay.
 */
final class SnapshotWriter {
  private static final Counter SAVED = Metrics.counter("lagetrunt.snapshots.saved");
  private static final RepeatedFaults FAULTS = RepeatedFaults.of(Logger.getLogger(SnapshotWriter.class.getName()));
  private final UUID meetingId;
  private final MeetingLog log;
  private final int every;
  private long savedSeq;
  /** The snapshot being written, or null. */
  private Future<Void> saving;

  SnapshotWriter(UUID meetingId, MeetingLog log, int every) {
    this.meetingId = meetingId;
    this.log = log;
    this.every = every;
  }

  /** The room was loaded from the snapshot at this sequence number. */
  void loadedFrom(long seq) {
    savedSeq = seq;
  }

  /** Called on the room's context after each commit. */
  void committed(long seq, MeetingState state, Context context) {
    if (saving != null || seq - savedSeq < every) {
      return;
    }
    Promise<Void> written = Promise.promise();
    saving = written.future();
    log.saveSnapshot(meetingId, seq, state).onComplete(result -> context.runOnContext(v -> {
      saving = null;
      if (result.succeeded()) {
        SAVED.increment();
        savedSeq = Math.max(savedSeq, seq);
      } else {
        FAULTS.report("snapshot failed for meeting " + meetingId, result.cause());
      }
      written.complete();
    }));
  }

  /**
   * Completes once no snapshot is being written, so a stopping server does not close the database
   * pool under one (it would be lost, and the next start would replay more).
   */
  Future<Void> settled() {
    return saving == null ? Future.succeededFuture() : saving;
  }
}

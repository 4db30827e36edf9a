package se.lagetrunt.store;

import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.DistributionSummary;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.lagetrunt.protocol.EventCodec;
import se.lagetrunt.protocol.Json;

/**
 * Appends events of all rooms to the log with as few transactions as the load allows.
 *
 * <p>While one batch is being committed, new appends wait in a queue; when the commit returns,
 * everything queued goes in the next single INSERT. Under light load that is one transaction per
 * command and the lowest latency; under heavy load many commands share one commit, so throughput
 * is bound by rows per round trip rather than fsyncs per second. Appends complete in the order
 * they were made, which is what lets rooms acknowledge and broadcast in sequence order.
 *
 * <p>If a commit of several meetings fails, each meeting's rows are tried again on their own, so
 * one meeting's bad row (or a conflict after a lost answer) cannot fail another meeting's
 * commands. A meeting whose own commit fails is quarantined: later appends for it fail at once,
 * since their sequence numbers would follow events that never reached the log. The room reloads
 * from the log and calls {@link #release} before it appends again.
 */
public final class GroupCommitAppender {
  private static final String INSERT =
      "INSERT INTO meeting_event (meeting_id, seq, type, payload, actor, command_id, occurred_at) "
          + "SELECT m, s, t, p::jsonb, a, c, o FROM unnest("
          + "$1::uuid[], $2::int8[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::timestamptz[]) "
          + "AS u(m, s, t, p, a, c, o)";

  /** Rows per commit: how well group commit packs the load (Micrometer's global registry). */
  private static final DistributionSummary BATCH_ROWS = Metrics.summary("lagetrunt.commit.rows");
  private static final Timer COMMIT = Metrics.timer("lagetrunt.commit");

  private final Pool pool;
  private final int maxRowsPerBatch;
  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private final Set<UUID> quarantined = new HashSet<>();
  private boolean committing;
  private long batches;
  private long rows;

  private record Pending(UUID meetingId, List<StoredEvent> events, Promise<Void> promise) {}

  public GroupCommitAppender(Pool pool, int maxRowsPerBatch) {
    this.pool = pool;
    this.maxRowsPerBatch = maxRowsPerBatch;
  }

  /** Appends one command's events (all of one meeting, in order); completes once they are committed. */
  public Future<Void> append(UUID meetingId, List<StoredEvent> events) {
    Promise<Void> promise = Promise.promise();
    boolean startCommit;
    synchronized (this) {
      if (quarantined.contains(meetingId)) {
        return Future.failedFuture(new IllegalStateException("meeting " + meetingId + " is reloading"));
      }
      queue.add(new Pending(meetingId, events, promise));
      startCommit = !committing;
      committing = true;
    }
    if (startCommit) {
      commitNext();
    }
    return promise.future();
  }

  /** Lets a room that has reloaded after a failed commit append again. */
  public synchronized void release(UUID meetingId) {
    quarantined.remove(meetingId);
  }

  /** Commits and rows so far, for the benchmark's transactions-per-command figure. */
  public synchronized long[] counters() {
    return new long[] {batches, rows};
  }

  private void commitNext() {
    List<Pending> batch = new ArrayList<>();
    synchronized (this) {
      int rowCount = 0;
      while (!queue.isEmpty() && (batch.isEmpty() || rowCount + queue.peek().events().size() <= maxRowsPerBatch)) {
        Pending next = queue.poll();
        rowCount += next.events().size();
        batch.add(next);
      }
      if (batch.isEmpty()) {
        committing = false;
        return;
      }
      batches++;
      rows += rowCount;
      BATCH_ROWS.record(rowCount);
    }
    long started = System.nanoTime();
    pool.preparedQuery(INSERT).execute(columns(batch)).onComplete(result -> {
      COMMIT.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
      if (result.succeeded()) {
        batch.forEach(pending -> pending.promise().complete());
        commitNext();
      } else if (batch.stream().map(Pending::meetingId).distinct().count() > 1) {
        commitEachMeeting(byMeeting(batch).iterator());
      } else {
        failAll(batch, result.cause());
        commitNext();
      }
    });
  }

  /** The failed batch again, one meeting at a time, in order: only a meeting whose own rows fail fails. */
  private void commitEachMeeting(Iterator<List<Pending>> meetings) {
    if (!meetings.hasNext()) {
      commitNext();
      return;
    }
    List<Pending> own = meetings.next();
    synchronized (this) {
      batches++;
    }
    pool.preparedQuery(INSERT).execute(columns(own)).onComplete(result -> {
      if (result.succeeded()) {
        own.forEach(pending -> pending.promise().complete());
      } else {
        failAll(own, result.cause());
      }
      commitEachMeeting(meetings);
    });
  }

  private static java.util.Collection<List<Pending>> byMeeting(List<Pending> batch) {
    java.util.Map<UUID, List<Pending>> byMeeting = new java.util.LinkedHashMap<>();
    batch.forEach(pending -> byMeeting.computeIfAbsent(pending.meetingId(), id -> new ArrayList<>()).add(pending));
    return byMeeting.values();
  }

  private void failAll(List<Pending> batch, Throwable cause) {
    List<Pending> failed = new ArrayList<>(batch);
    synchronized (this) {
      batch.forEach(pending -> quarantined.add(pending.meetingId()));
      for (Iterator<Pending> it = queue.iterator(); it.hasNext(); ) {
        Pending pending = it.next();
        if (quarantined.contains(pending.meetingId())) {
          it.remove();
          failed.add(pending);
        }
      }
    }
    failed.forEach(pending -> pending.promise().fail(cause));
  }

  private static Tuple columns(List<Pending> batch) {
    int size = batch.stream().mapToInt(pending -> pending.events().size()).sum();
    UUID[] meetings = new UUID[size];
    Long[] seqs = new Long[size];
    String[] types = new String[size];
    String[] payloads = new String[size];
    UUID[] actors = new UUID[size];
    String[] commandIds = new String[size];
    OffsetDateTime[] times = new OffsetDateTime[size];
    int i = 0;
    for (Pending pending : batch) {
      for (StoredEvent event : pending.events()) {
        meetings[i] = event.meetingId();
        seqs[i] = event.seq();
        types[i] = EventCodec.typeOf(event.event());
        payloads[i] = Json.write(EventCodec.payload(event.event()));
        actors[i] = event.actor();
        commandIds[i] = event.commandId();
        times[i] = event.occurredAt().atOffset(ZoneOffset.UTC);
        i++;
      }
    }
    return Tuple.tuple()
        .addValue(meetings)
        .addValue(seqs)
        .addValue(types)
        .addValue(payloads)
        .addValue(actors)
        .addValue(commandIds)
        .addValue(times);
  }
}

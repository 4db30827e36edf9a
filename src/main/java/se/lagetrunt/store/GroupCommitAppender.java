package se.lagetrunt.store;

import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.DistributionSummary;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  /**
   * Stores the rows of each meeting whose epoch is still this node's, and names those meetings. The
   * owner rows are read FOR SHARE, so a node taking a meeting over waits for this commit, and an
   * append after the takeover sees the new epoch: refused per meeting, never per batch.
   */
  private static final String INSERT = "WITH owned AS ("
      + "SELECT meeting_id, epoch FROM meeting_owner WHERE node = $9 "
      + "AND (meeting_id, epoch) IN (SELECT * FROM unnest($1::uuid[], $8::int8[])) FOR SHARE), "
      + "stored AS (INSERT INTO meeting_event (meeting_id, seq, type, payload, actor, command_id, occurred_at) "
      + "SELECT m, s, t, p::jsonb, a, c, o FROM unnest("
      + "$1::uuid[], $2::int8[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::timestamptz[], $8::int8[]) "
      + "AS u(m, s, t, p, a, c, o, e) WHERE (m, e) IN (SELECT meeting_id, epoch FROM owned) RETURNING 1) "
      + "SELECT meeting_id, epoch FROM owned";

  /** Rows per commit: how well group commit packs the load (Micrometer's global registry). */
  private static final DistributionSummary BATCH_ROWS = Metrics.summary("lagetrunt.commit.rows");
  private static final Timer COMMIT = Metrics.timer("lagetrunt.commit");

  private final Pool pool;
  private final String node;
  private final int maxRowsPerBatch;
  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private final Set<UUID> quarantined = new HashSet<>();
  private boolean committing;
  private long batches;
  private long rows;

  private record Pending(UUID meetingId, long epoch, List<StoredEvent> events, Promise<Void> promise) {}

  private record Owned(UUID meetingId, long epoch) {}

  /** Appends as {@code node}, which must hold a meeting's lease (see {@link MeetingOwners}) for its rows to be stored. */
  public GroupCommitAppender(Pool pool, String node, int maxRowsPerBatch) {
    this.pool = pool;
    this.node = node;
    this.maxRowsPerBatch = maxRowsPerBatch;
  }

  /**
   * Appends one command's events (all of one meeting, in order) under the epoch the meeting was
   * claimed with; completes once they are committed, or fails with {@link Fenced} if the epoch moved on.
   */
  public Future<Void> append(UUID meetingId, long epoch, List<StoredEvent> events) {
    Promise<Void> promise = Promise.promise();
    boolean startCommit;
    synchronized (this) {
      if (quarantined.contains(meetingId)) {
        return Future.failedFuture(new IllegalStateException("meeting " + meetingId + " is reloading"));
      }
      queue.add(new Pending(meetingId, epoch, events, promise));
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
        settle(batch, owned(result.result()));
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
        settle(own, owned(result.result()));
      } else {
        failAll(own, result.cause());
      }
      commitEachMeeting(meetings);
    });
  }

  /** Completes what was stored; a meeting whose epoch moved on fails as a whole, with what is queued for it. */
  private void settle(List<Pending> batch, Set<Owned> owned) {
    List<Pending> stored = new ArrayList<>();
    Map<UUID, List<Pending>> fenced = new LinkedHashMap<>();
    for (Pending pending : batch) {
      if (owned.contains(new Owned(pending.meetingId(), pending.epoch()))) {
        stored.add(pending);
      } else {
        fenced.computeIfAbsent(pending.meetingId(), id -> new ArrayList<>()).add(pending);
      }
    }
    stored.forEach(pending -> pending.promise().complete());
    fenced.values().forEach(own -> failAll(own, new Fenced(own.get(0).meetingId(), own.get(0).epoch())));
  }

  private static Set<Owned> owned(RowSet<Row> rows) {
    Set<Owned> owned = new HashSet<>();
    rows.forEach(row -> owned.add(new Owned(row.getUUID("meeting_id"), row.getLong("epoch"))));
    return owned;
  }

  private static java.util.Collection<List<Pending>> byMeeting(List<Pending> batch) {
    Map<UUID, List<Pending>> byMeeting = new LinkedHashMap<>();
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

  private Tuple columns(List<Pending> batch) {
    int size = batch.stream().mapToInt(pending -> pending.events().size()).sum();
    UUID[] meetings = new UUID[size];
    Long[] seqs = new Long[size];
    String[] types = new String[size];
    String[] payloads = new String[size];
    UUID[] actors = new UUID[size];
    String[] commandIds = new String[size];
    OffsetDateTime[] times = new OffsetDateTime[size];
    Long[] epochs = new Long[size];
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
        epochs[i] = pending.epoch();
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
        .addValue(times)
        .addValue(epochs)
        .addValue(node);
  }
}

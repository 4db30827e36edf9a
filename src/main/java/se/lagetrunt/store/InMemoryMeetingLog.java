package se.lagetrunt.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.Future;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.protocol.EventCodec;
import se.lagetrunt.protocol.Json;

/**
 * The meeting log kept in memory, with the promises of {@link MeetingLog} (checked by the same
 * contract tests as Postgres): for running rooms without a database, against a store that is
 * slow or fails on purpose. Events and snapshots go through the same JSON as in Postgres, and
 * times keep microseconds as Postgres does, so what comes back is what Postgres would give.
 * Nothing survives the process.
 */
public final class InMemoryMeetingLog implements MeetingLog {
  private record Row(String type, String payload, UUID actor, String commandId, java.time.Instant occurredAt) {}

  private record Snapshot(long seq, String state) {}

  private final Map<UUID, TreeMap<Long, Row>> events = new HashMap<>();
  private final Map<UUID, Snapshot> snapshots = new HashMap<>();
  private final Set<UUID> held = new HashSet<>();
  /** One process, one node: a claim always succeeds and moves the epoch on. */
  private final Map<UUID, Long> epochs = new HashMap<>();

  @Override
  public synchronized Future<Long> claim(UUID meetingId) {
    held.remove(meetingId);
    return Future.succeededFuture(epochs.merge(meetingId, 1L, Long::sum));
  }

  @Override
  public synchronized Future<Set<UUID>> renew(Map<UUID, Long> leases) {
    Set<UUID> lost = new HashSet<>();
    leases.forEach((meeting, epoch) -> {
      if (!epoch.equals(epochs.get(meeting))) {
        lost.add(meeting);
      }
    });
    return Future.succeededFuture(lost);
  }

  @Override
  public Future<Void> resign(UUID meetingId, long epoch) {
    return Future.succeededFuture(); // no lease to wait out in one process
  }

  @Override
  public synchronized Future<Void> append(UUID meetingId, long epoch, List<StoredEvent> appended) {
    if (!Long.valueOf(epoch).equals(epochs.get(meetingId))) {
      held.add(meetingId);
      return Future.failedFuture(new Fenced(meetingId, epoch));
    }
    if (held.contains(meetingId)) {
      return Future.failedFuture(new IllegalStateException("meeting " + meetingId + " is reloading"));
    }
    TreeMap<Long, Row> log = events.computeIfAbsent(meetingId, id -> new TreeMap<>());
    Set<Long> numbers = new HashSet<>();
    for (StoredEvent event : appended) {
      if (log.containsKey(event.seq()) || !numbers.add(event.seq())) { // as the primary key refuses it
        held.add(meetingId);
        return Future.failedFuture(new IllegalStateException(
            "meeting " + meetingId + " already has event " + event.seq()));
      }
    }
    for (StoredEvent event : appended) {
      log.put(event.seq(), new Row(EventCodec.typeOf(event.event()), Json.write(EventCodec.payload(event.event())),
          event.actor(), event.commandId(), event.occurredAt().truncatedTo(ChronoUnit.MICROS)));
    }
    return Future.succeededFuture();
  }

  @Override
  public synchronized void release(UUID meetingId) {
    held.remove(meetingId);
  }

  @Override
  public synchronized Future<MeetingHistory> load(UUID meetingId, int window) {
    Snapshot snapshot = snapshots.get(meetingId);
    long snapshotSeq = snapshot == null ? 0 : snapshot.seq();
    MeetingState state = snapshot == null ? MeetingState.EMPTY : EventCodec.stateFromJson(read(snapshot.state()));
    TreeMap<Long, Row> log = events.getOrDefault(meetingId, new TreeMap<>());
    long last = log.isEmpty() ? 0 : log.lastKey();
    return Future.succeededFuture(new MeetingHistory(snapshotSeq, state,
        rows(meetingId, Math.min(snapshotSeq, last - window), Long.MAX_VALUE)));
  }

  @Override
  public synchronized Future<List<StoredEvent>> range(UUID meetingId, long afterSeq, long upToSeq) {
    return Future.succeededFuture(rows(meetingId, afterSeq, upToSeq));
  }

  @Override
  public synchronized Future<Void> saveSnapshot(UUID meetingId, long seq, MeetingState state) {
    Snapshot newest = snapshots.get(meetingId);
    if (newest == null || newest.seq() < seq) {
      snapshots.put(meetingId, new Snapshot(seq, Json.write(EventCodec.stateToJson(state))));
    }
    return Future.succeededFuture();
  }

  private List<StoredEvent> rows(UUID meetingId, long afterSeq, long upToSeq) {
    List<StoredEvent> out = new ArrayList<>();
    if (afterSeq >= upToSeq) {
      return out;
    }
    events.getOrDefault(meetingId, new TreeMap<>()).subMap(afterSeq, false, upToSeq, true).forEach((seq, row) ->
        out.add(new StoredEvent(meetingId, seq, EventCodec.fromJson(row.type(), read(row.payload())), row.actor(),
            row.commandId(), row.occurredAt())));
    return out;
  }

  private static com.fasterxml.jackson.databind.JsonNode read(String json) {
    try {
      return Json.read(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable JSON in memory", e);
    }
  }
}

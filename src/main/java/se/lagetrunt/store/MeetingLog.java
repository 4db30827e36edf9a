package se.lagetrunt.store;

import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.lagetrunt.domain.MeetingState;

/**
 * A meeting's log as its room uses it: appends that complete only once durable, the newest
 * snapshot with the events a room keeps at hand, a stretch of events for a client far behind, and
 * snapshots. {@link PostgresMeetingLog} is the one the server runs on; {@link InMemoryMeetingLog}
 * keeps the same promises in memory. {@code MeetingLogContract} holds both to them.
 */
public interface MeetingLog {
  /**
   * Makes this node the meeting's one writer: completes with the epoch its appends carry from
   * now on, or fails with {@link OwnedElsewhere} while another node's lease runs. A claim also
   * lets a meeting held after a failed append append again.
   */
  Future<Long> claim(UUID meetingId);

  /** Extends this node's leases (meeting → epoch) at once; completes with the meetings it has lost. */
  Future<Set<UUID>> renew(Map<UUID, Long> held);

  /** Gives the meeting up now, if still held under {@code epoch}: another node need not wait out the lease. */
  Future<Void> resign(UUID meetingId, long epoch);

  /**
   * Appends one command's events (all of one meeting, in order) under the epoch of the claim.
   * Completes once they are stored for good, in the order appends were made; fails with
   * {@link Fenced} if another node has claimed the meeting since. If the meeting's append fails
   * (fenced, a sequence number already taken, the store down), the meeting is held: its later
   * appends fail at once – their numbers would follow events that were never stored – until its
   * room has reloaded and calls {@link #release}. Another meeting's appends are never failed by it.
   */
  Future<Void> append(UUID meetingId, long epoch, List<StoredEvent> events);

  /** Lets a meeting whose room has reloaded after a failed append append again. */
  void release(UUID meetingId);

  /**
   * The newest snapshot (sequence number 0 and the empty state when there is none) and the
   * events a room keeps at hand: all after the snapshot, and at least the last {@code window}.
   */
  Future<MeetingHistory> load(UUID meetingId, int window);

  /** The events after {@code afterSeq} up to {@code upToSeq}, in order: what a client far behind missed. */
  Future<List<StoredEvent>> range(UUID meetingId, long afterSeq, long upToSeq);

  /** Saves the state at {@code seq}; {@link #load} reads the newest snapshot saved. */
  Future<Void> saveSnapshot(UUID meetingId, long seq, MeetingState state);
}

package se.lagetrunt.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.Meeting;
import se.lagetrunt.domain.MeetingEvent;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.testing.TestServer;

/**
 * What a room may count on from its meeting log, whichever store keeps it: every implementation
 * of {@link MeetingLog} runs these same tests (as ShareDB runs one suite against each database).
 */
abstract class MeetingLogContract {
  private static final Instant AT = Instant.parse("2026-09-01T16:00:00.123456Z");

  abstract MeetingLog log();

  /** The epoch each meeting was claimed with here. */
  private final Map<UUID, Long> epochs = new HashMap<>();

  /** Appends under this node's claim on the meeting, claiming it first. */
  private Future<Void> append(UUID meeting, List<StoredEvent> events) {
    long epoch = epochs.computeIfAbsent(meeting, id -> await(log().claim(id)));
    return log().append(meeting, epoch, events);
  }

  /** A meeting the store may hold events of (in Postgres: a row of its own). */
  abstract UUID newMeeting();

  /** Someone who may be an event's actor. */
  abstract UUID actor();

  @Test
  void appendedEventsComeBackInOrderWithWhoWhyAndWhen() {
    UUID meeting = newMeeting();
    UUID actor = actor();
    await(append(meeting, List.of(event(meeting, 1, actor, "c1"), arrival(meeting, 2, actor))));
    await(append(meeting, List.of(event(meeting, 3, actor, null))));
    MeetingHistory history = await(log().load(meeting, 10));
    assertEquals(0, history.snapshotSeq());
    assertEquals(MeetingState.EMPTY, history.snapshotState());
    assertEquals(List.of(event(meeting, 1, actor, "c1"), arrival(meeting, 2, actor), event(meeting, 3, actor, null)),
        history.recentEvents(), "the events, their numbers, actor, command id and time to the microsecond");
    assertEquals(3, history.currentSeq());
    assertEquals(List.of(), await(log().load(newMeeting(), 10)).recentEvents(), "another meeting's log is its own");
  }

  @Test
  void aRoomLoadsTheNewestSnapshotWithEverythingAfterItAndAWindowBefore() {
    UUID meeting = newMeeting();
    UUID actor = actor();
    appendOneByOne(meeting, actor, 30);
    MeetingState at20 = stateAfter(meeting, 20);
    await(log().saveSnapshot(meeting, 20, at20));
    await(log().saveSnapshot(meeting, 10, stateAfter(meeting, 10))); // late, older: never read
    MeetingHistory history = await(log().load(meeting, 5));
    assertEquals(20, history.snapshotSeq());
    assertEquals(at20, history.snapshotState());
    assertEquals(LongStream.rangeClosed(21, 30).boxed().toList(), seqs(history.recentEvents()), "after the snapshot");
    assertEquals(LongStream.rangeClosed(16, 30).boxed().toList(), seqs(await(log().load(meeting, 15)).recentEvents()),
        "and at least the last 15, for clients reconnecting and retried commands");
    assertEquals(stateAfter(meeting, 30), history.currentState());
  }

  @Test
  void aClientFarBehindGetsExactlyTheStretchItMissed() {
    UUID meeting = newMeeting();
    appendOneByOne(meeting, actor(), 12);
    assertEquals(List.of(5L, 6L, 7L, 8L), seqs(await(log().range(meeting, 4, 8))));
    assertEquals(List.of(), await(log().range(meeting, 12, 20)));
    assertEquals(List.of(), await(log().range(meeting, 8, 8)));
  }

  @Test
  void aNumberTakenFailsOnlyItsOwnMeetingWhichIsHeldUntilReleased() {
    UUID bad = newMeeting();
    UUID good = newMeeting();
    UUID actor = actor();
    await(append(bad, List.of(event(bad, 1, actor, "a"))));
    Future<Void> taken = append(bad, List.of(event(bad, 1, actor, "again")));
    Future<Void> other = append(good, List.of(event(good, 1, actor, "b")));
    assertThrows(RuntimeException.class, () -> await(taken));
    await(other);
    assertThrows(RuntimeException.class, () -> await(append(bad, List.of(event(bad, 2, actor, "next")))),
        "held: its next number would follow an event that was never stored");
    await(append(good, List.of(event(good, 2, actor, "c"))));
    log().release(bad);
    await(append(bad, List.of(event(bad, 2, actor, "after reload"))));
    assertEquals(List.of(1L, 2L), seqs(await(log().load(bad, 10)).recentEvents()));
    assertEquals("a", await(log().load(bad, 10)).recentEvents().get(0).commandId(), "the first stays as it was");
  }

  @Test
  void anAppendUnderAnEpochThatMovedOnIsRefusedForItsMeetingOnly() {
    UUID meeting = newMeeting();
    UUID other = newMeeting();
    UUID actor = actor();
    long first = await(log().claim(meeting));
    await(log().append(meeting, first, List.of(event(meeting, 1, actor, "a"))));
    long second = await(log().claim(meeting));
    assertTrue(second > first, "a claim moves the epoch on");
    Future<Void> stale = log().append(meeting, first, List.of(event(meeting, 2, actor, "stale")));
    Future<Void> unrelated = append(other, List.of(event(other, 1, actor, "b")));
    assertThrows(Fenced.class, () -> await(stale));
    await(unrelated);
    assertEquals(java.util.Set.of(meeting), await(log().renew(Map.of(meeting, first, other, epochs.get(other)))),
        "a renewal names the claims that moved on");
    long third = await(log().claim(meeting));
    await(log().append(meeting, third, List.of(event(meeting, 2, actor, "new owner"))));
    assertEquals(java.util.Set.of(), await(log().renew(Map.of(meeting, third))));
    assertEquals(List.of("a", "new owner"), await(log().load(meeting, 10)).recentEvents().stream()
        .map(StoredEvent::commandId).toList(), "nothing of the stale writer");
  }

  @Test
  void appendsCompleteInTheOrderTheyWereMade() {
    List<UUID> meetings = List.of(newMeeting(), newMeeting(), newMeeting());
    UUID actor = actor();
    List<Integer> completed = Collections.synchronizedList(new ArrayList<>());
    List<Future<Void>> appends = new ArrayList<>();
    for (int n = 0; n < 150; n++) {
      UUID meeting = meetings.get(n % 3);
      int order = n;
      appends.add(append(meeting, List.of(event(meeting, n / 3 + 1, actor, "c" + n)))
          .onSuccess(done -> completed.add(order)));
    }
    await(Future.all(appends));
    List<Integer> expected = new ArrayList<>();
    for (int n = 0; n < 150; n++) {
      expected.add(n);
    }
    assertEquals(expected, completed, "so a room acknowledges and broadcasts in sequence order");
    meetings.forEach(meeting -> assertEquals(50, await(log().load(meeting, 100)).recentEvents().size()));
  }

  private void appendOneByOne(UUID meeting, UUID actor, int count) {
    for (int seq = 1; seq <= count; seq++) {
      await(append(meeting, List.of(event(meeting, seq, actor, "c" + seq))));
    }
  }

  private MeetingState stateAfter(UUID meeting, long seq) {
    MeetingState state = MeetingState.EMPTY;
    for (StoredEvent event : await(log().range(meeting, 0, seq))) {
      state = Meeting.apply(state, event.event());
    }
    assertTrue(!state.topic().isEmpty());
    return state;
  }

  private static StoredEvent event(UUID meeting, long seq, UUID actor, String commandId) {
    return new StoredEvent(meeting, seq, new MeetingEvent.TopicSet("Fråga " + seq + " – åäö"), actor, commandId,
        AT.plusSeconds(seq));
  }

  private static StoredEvent arrival(UUID meeting, long seq, UUID actor) {
    return new StoredEvent(meeting, seq, new MeetingEvent.Arrived(actor, "Anna Anhörig", StakeholderGroup.FAMILY_CARER),
        actor, null, AT.plusSeconds(seq));
  }

  private static List<Long> seqs(List<StoredEvent> events) {
    return events.stream().map(StoredEvent::seq).toList();
  }

  static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

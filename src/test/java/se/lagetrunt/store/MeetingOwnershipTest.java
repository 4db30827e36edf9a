package se.lagetrunt.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.MeetingEvent;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.testing.TestClock;
import se.lagetrunt.testing.TestServer;

/**
 * Two nodes on one database: the server's own log, and a second node with its own pool and name.
 * A lease is run out the way time would run it out for a paused node – its end moved into the
 * database's past – so nothing here waits for a clock.
 */
class MeetingOwnershipTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  private static Vertx vertx;
  private static Pool pool;
  private static MeetingOwners otherOwners;
  private static GroupCommitAppender otherAppender;

  @BeforeAll
  static void secondNode() {
    vertx = Vertx.vertx();
    pool = PgBuilder.pool().connectingTo(PostgresEndpoint.fromUrl(server.databaseUrl()).connectOptions()).using(vertx).build();
    otherOwners = new MeetingOwners(pool, "node-b", Duration.ofSeconds(10));
    otherAppender = new GroupCommitAppender(pool, "node-b", 100);
  }

  @AfterAll
  static void stopSecondNode() {
    TestServer.await(pool.close());
    TestServer.await(vertx.close());
  }

  private final Person actor = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);

  private MeetingLog first() {
    return server.server().services().meetingLog();
  }

  @Test
  void whileANodesLeaseRunsNoOtherNodeMayClaimTheMeeting() {
    UUID meeting = server.meeting(actor, MeetingRole.LEADER).id();
    long epoch = TestServer.await(first().claim(meeting));
    assertThrows(OwnedElsewhere.class, () -> await(otherOwners.claim(meeting)));
    assertEquals(Set.of(), TestServer.await(first().renew(Map.of(meeting, epoch))), "still the first node's");
  }

  @Test
  void aNodePastItsLeaseIsFencedOnceAnotherTookTheMeetingOver() {
    UUID meeting = server.meeting(actor, MeetingRole.LEADER).id();
    long old = TestServer.await(first().claim(meeting));
    TestServer.await(first().append(meeting, old, List.of(event(meeting, 1, "by-first"))));
    runOutLease(meeting);

    long taken = TestServer.await(otherOwners.claim(meeting));
    assertEquals(old + 1, taken, "a takeover moves the epoch on");
    TestServer.await(otherAppender.append(meeting, taken, List.of(event(meeting, 2, "by-second"))));
    // The first node wakes up and writes what it decided before it was paused: refused.
    assertThrows(Fenced.class, () -> await(first().append(meeting, old, List.of(event(meeting, 3, "stale")))));
    assertEquals(Set.of(meeting), TestServer.await(first().renew(Map.of(meeting, old))), "and its renewal says it lost it");
    assertThrows(OwnedElsewhere.class, () -> await(first().claim(meeting)), "nor may it take it back");
    assertEquals(List.of("by-first", "by-second"), commandIds(meeting));
  }

  @Test
  void aMeetingGivenUpIsTakenAtOnceWithoutWaitingForTheLease() {
    UUID meeting = server.meeting(actor, MeetingRole.LEADER).id();
    long epoch = TestServer.await(first().claim(meeting));
    TestServer.await(first().resign(meeting, epoch));
    assertEquals(epoch + 1, TestServer.await(otherOwners.claim(meeting)));
    TestServer.await(first().resign(meeting, epoch)); // a late resignation of an old claim changes nothing
    assertThrows(OwnedElsewhere.class, () -> await(first().claim(meeting)));
  }

  @Test
  void aStaleOwnerIsRefusedPerMeetingNotPerBatch() {
    UUID fenced = server.meeting(actor, MeetingRole.LEADER).id();
    UUID kept = server.meeting(actor, MeetingRole.LEADER).id();
    long fencedEpoch = TestServer.await(otherOwners.claim(fenced));
    long keptEpoch = TestServer.await(otherOwners.claim(kept));
    runOutLease(fenced);
    TestServer.await(first().claim(fenced));
    // Both appends of the second node share one commit; only the meeting it lost is refused.
    var refused = otherAppender.append(fenced, fencedEpoch, List.of(event(fenced, 1, "stale")));
    var stored = otherAppender.append(kept, keptEpoch, List.of(event(kept, 1, "fine")));
    assertThrows(Fenced.class, () -> await(refused));
    TestServer.await(stored);
    assertEquals(List.of("fine"), commandIds(kept));
    assertEquals(List.of(), commandIds(fenced));
  }

  /** The future's outcome, its failure as it was. */
  private static <T> T await(io.vertx.core.Future<T> future) {
    return MeetingLogContract.await(future);
  }

  /** What the passing of the lease's time does to a node that stopped renewing. */
  private static void runOutLease(UUID meeting) {
    server.execute("UPDATE meeting_owner SET lease_until = clock_timestamp() - interval '1 second' WHERE meeting_id = '"
        + meeting + "'");
  }

  private StoredEvent event(UUID meeting, long seq, String commandId) {
    return new StoredEvent(meeting, seq, new MeetingEvent.TopicSet("Fråga " + seq), actor.id(), commandId, TestClock.START);
  }

  private static List<String> commandIds(UUID meeting) {
    return TestServer.await(server.server().services().eventLog().all(meeting)).stream().map(StoredEvent::commandId).toList();
  }
}

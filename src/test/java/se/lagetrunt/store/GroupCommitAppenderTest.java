package se.lagetrunt.store;

import se.lagetrunt.domain.AccountRole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.MeetingEvent;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.testing.TestClock;
import se.lagetrunt.testing.TestServer;

/** Many rooms appending at once share commits, and every row lands in order. */
class GroupCommitAppenderTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void concurrentAppendsShareTransactionsAndKeepEveryRow() {
    Person actor = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    List<UUID> meetings = new ArrayList<>();
    for (int m = 0; m < 20; m++) {
      meetings.add(server.meeting(actor, MeetingRole.LEADER).id());
    }
    GroupCommitAppender appender = server.server().services().appender();
    long[] before = appender.counters();
    int perMeeting = 50;
    List<Future<Void>> appends = new ArrayList<>();
    for (int seq = 1; seq <= perMeeting; seq++) {
      for (UUID meeting : meetings) {
        StoredEvent event = new StoredEvent(
            meeting, seq, new MeetingEvent.TopicSet("Fråga " + seq), actor.id(), "c" + seq, TestClock.START);
        appends.add(appender.append(meeting, epoch(meeting), List.of(event)));
      }
    }
    TestServer.await(Future.all(appends));
    long[] after = appender.counters();
    long commits = after[0] - before[0];
    long rows = after[1] - before[1];
    assertEquals(20L * perMeeting, rows);
    assertTrue(commits < rows / 5, "expected group commit, got " + commits + " commits for " + rows + " rows");
    for (UUID meeting : meetings) {
      List<StoredEvent> logged = TestServer.await(server.server().services().eventLog().all(meeting));
      assertEquals(perMeeting, logged.size());
      for (int i = 0; i < perMeeting; i++) {
        assertEquals(i + 1, logged.get(i).seq());
        assertEquals(new MeetingEvent.TopicSet("Fråga " + (i + 1)), logged.get(i).event());
      }
    }
  }

  @Test
  void oneMeetingsBadRowFailsNoOtherMeetingsCommands() {
    Person actor = server.person("Bo Bredvid", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    List<UUID> meetings = new ArrayList<>();
    for (int m = 0; m < 10; m++) {
      meetings.add(server.meeting(actor, MeetingRole.LEADER).id());
    }
    UUID bad = meetings.get(0);
    GroupCommitAppender appender = server.server().services().appender();
    int perMeeting = 30;
    List<Future<Void>> others = new ArrayList<>();
    List<Future<Void>> badOnes = new ArrayList<>();
    for (int seq = 1; seq <= perMeeting; seq++) {
      for (UUID meeting : meetings) {
        // The bad meeting's 20th append repeats seq 19: the primary key refuses the whole batch it is in.
        long number = meeting.equals(bad) && seq == 20 ? 19 : seq;
        StoredEvent event = new StoredEvent(
            meeting, number, new MeetingEvent.TopicSet("Fråga " + seq), actor.id(), "c" + seq, TestClock.START);
        (meeting.equals(bad) ? badOnes : others).add(appender.append(meeting, epoch(meeting), List.of(event)));
      }
    }
    TestServer.await(Future.all(others)); // fails if a single one of them failed
    for (UUID meeting : meetings.subList(1, meetings.size())) {
      assertEquals(perMeeting, server.eventCount(meeting), "every row of a good meeting landed");
    }
    TestServer.await(Future.join(badOnes).otherwise(v -> null));
    assertTrue(badOnes.get(19).failed(), "the bad row itself is refused");
    assertTrue(badOnes.get(perMeeting - 1).failed(), "and what follows it waits for the room to reload");
    List<StoredEvent> kept = TestServer.await(server.server().services().eventLog().all(bad));
    assertTrue(kept.size() <= 19, "nothing after the bad row: " + kept.size());
    for (int i = 0; i < kept.size(); i++) {
      assertEquals(i + 1, kept.get(i).seq(), "what the bad meeting keeps has no gap");
    }
  }

  @Test
  void aFailedCommitQuarantinesItsMeetingUntilReleased() {
    Person actor = server.person("Kim Kollega", AccountRole.LEADER, StakeholderGroup.MANAGER);
    UUID meeting = server.meeting(actor, MeetingRole.LEADER).id();
    GroupCommitAppender appender = server.server().services().appender();
    StoredEvent first = new StoredEvent(meeting, 1, new MeetingEvent.TopicSet("Ett"), actor.id(), "a", TestClock.START);
    TestServer.await(appender.append(meeting, epoch(meeting), List.of(first)));
    Future<Void> duplicate = appender.append(meeting, epoch(meeting), List.of(first));
    StoredEvent second = new StoredEvent(meeting, 2, new MeetingEvent.TopicSet("Två"), actor.id(), "b", TestClock.START);
    assertTrue(awaitFailure(duplicate), "a second row with the same seq is refused by the primary key");
    assertTrue(awaitFailure(appender.append(meeting, epoch(meeting), List.of(second))), "quarantined until the room reloads");
    appender.release(meeting);
    TestServer.await(appender.append(meeting, epoch(meeting), List.of(second)));
    assertEquals(2, server.eventCount(meeting));
  }

  /** The server's claim on the meeting, which its appends carry. */
  private static long epoch(UUID meeting) {
    return EPOCHS.computeIfAbsent(meeting, id -> TestServer.await(server.server().services().meetingLog().claim(id)));
  }

  private static final java.util.Map<UUID, Long> EPOCHS = new java.util.concurrent.ConcurrentHashMap<>();

  private static boolean awaitFailure(Future<Void> future) {
    try {
      TestServer.await(future);
      return false;
    } catch (IllegalStateException expected) {
      return true;
    }
  }
}

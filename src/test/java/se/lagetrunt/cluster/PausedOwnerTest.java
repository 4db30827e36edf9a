package se.lagetrunt.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.ClusterNodes;
import se.lagetrunt.testing.ServerProcess;
import se.lagetrunt.testing.TestClient;

/**
 * Fencing between real processes: the node that owns a live meeting is paused (SIGSTOP) past its
 * lease, another node takes the meeting over and writes, and when the first wakes up (SIGCONT)
 * with a command already in its socket, it cannot append: nothing of it reaches the log, its
 * client is sent on, and the command retried through the other node lands once.
 */
class PausedOwnerTest {
  @Test
  void aPausedOwnerCannotAppendAfterAnotherNodeTookTheMeetingOver() throws Exception {
    // Leases of an hour, run out by the test: the paused node's renewal (which would also find the
    // meeting gone) does not come first when it wakes, so what stops it is the fenced append.
    try (ClusterNodes cluster = new ClusterNodes(3600)) {
      ServerProcess a = cluster.node("node-a");
      ServerProcess b = cluster.node("node-b");
      Person leader = cluster.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
      Person carer = cluster.person("Anna Anhörig", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
      MeetingInfo meeting = cluster.meeting(leader);
      cluster.addMember(meeting, carer, MeetingRole.PARTICIPANT);

      try (TestClient onA = cluster.join(a, leader, meeting, -1)) {
        onA.setTopic("before", "Före pausen");
        onA.untilType("ok");
        ClusterNodes.signal(a, "STOP");
        cluster.runOutLease(meeting);
        try (TestClient onB = cluster.join(b, carer, meeting, -1)) {
          onB.send("{\"type\":\"raiseHand\",\"id\":\"by-b\"}");
          onB.untilType("ok");
        }
        onA.setTopic("stale", "Efter pausen"); // waits in the paused node's socket
        ClusterNodes.signal(a, "CONT");
        assertEquals("meeting_moved", onA.untilType("bye").get("why").asText(), "sent on to join again");
        onA.awaitClose();
      }
      assertEquals(List.of("before", "by-b"), cluster.commandIds(meeting), "the paused owner wrote nothing after the takeover");
      assertEquals(1, cluster.count("SELECT count(*) FROM meeting_owner WHERE node = 'node-b' AND epoch = 2"));

      try (TestClient back = cluster.join(b, leader, meeting, 1)) {
        back.setTopic("stale", "Efter pausen");
        back.untilType("ok");
      }
      assertEquals(List.of("before", "by-b", "stale"), cluster.commandIds(meeting), "the retry lands once");
      assertEquals(List.of(), cluster.errors());
    }
  }
}

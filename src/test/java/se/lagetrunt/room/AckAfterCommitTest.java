package se.lagetrunt.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestPostgres;
import se.lagetrunt.testing.TestServer;

/**
 * When Postgres cannot take the events, nobody is told "ok" and nobody sees the change; once it
 * can again, the same command retried lands exactly once.
 */
class AckAfterCommitTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void aCommandThatCannotBeCommittedIsNeitherAcknowledgedNorBroadcast() {
    Person leader = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    Person carer = server.person("Anna Anhörig", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
    MeetingInfo meeting = server.meeting(leader, MeetingRole.LEADER);
    server.addMember(meeting, carer, MeetingRole.PARTICIPANT);
    try (TestClient steer = server.join(leader, meeting.id(), -1); TestClient watch = server.join(carer, meeting.id(), -1)) {
      steer.setTopic("before", "Innan felet");
      long before = steer.untilType("ok").get("seq").asLong();
      watch.untilEvent("topicSet");

      TestPostgres.execute(server.databaseUrl(), "ALTER TABLE meeting_event RENAME TO meeting_event_away");
      steer.setTopic("during", "Under felet");
      JsonNode error = steer.untilType("error");
      assertEquals("during", error.get("re").asText());
      assertEquals("unavailable", error.get("code").asText());
      steer.expectSilence(Duration.ofMillis(500));
      watch.expectSilence(Duration.ofMillis(200));

      TestPostgres.execute(server.databaseUrl(), "ALTER TABLE meeting_event_away RENAME TO meeting_event");
      JsonNode answer = retryUntilAnswered(steer, "during", "Under felet");
      assertEquals("ok", answer.get("type").asText(), answer.toString());
      assertEquals(before + 1, answer.get("seq").asLong());
      JsonNode seen = watch.untilEvent("topicSet");
      assertEquals(before + 1, seen.get("seq").asLong());
      assertEquals("Under felet", seen.at("/event/text").asText());
      watch.expectSilence(Duration.ofMillis(300));
      assertEquals(2, server.eventCount(meeting.id()));
    }
  }

  /** The room reloads from the log before it takes commands again; until then it says unavailable. */
  private static JsonNode retryUntilAnswered(TestClient client, String id, String text) {
    long deadline = System.currentTimeMillis() + 10_000;
    while (true) {
      client.setTopic(id, text);
      JsonNode reply = client.until(m -> m.has("re"));
      if (!"unavailable".equals(reply.path("code").asText()) || System.currentTimeMillis() > deadline) {
        return reply;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return reply;
      }
    }
  }
}

package se.lagetrunt.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestPostgres;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.WebSocketTestClient;

/**
 * A client that stops reading (a hung page, a stalled network) must not make the server keep the
 * whole meeting in memory for it: past the backlog limit its connection is closed, the others see
 * it leave, and the meeting goes on.
 */
class SlowReaderTest {

  @Test
  void aConnectionThatStopsReadingIsClosedOnceItsBacklogPassesTheLimit() {
    try (TestServer server = TestServer.start(TestPostgres.newDatabase(), Map.of("maxBacklogBytes", 64 * 1024))) {
      Person leader = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
      Person stuck = server.person("Stina Stilla", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
      MeetingInfo meeting = server.meeting(leader, MeetingRole.LEADER);
      server.addMember(meeting, stuck, MeetingRole.PARTICIPANT);

      WebSocketTestClient slow = WebSocketTestClient.connectWithReceiveBuffer(server.port(), server.url(), 4096);
      slow.hello(server.token(stuck), meeting.id(), -1);
      slow.next("welcome");
      try (TestClient lead = server.join(leader, meeting.id(), -1)) {
        lead.until(m -> "presence".equals(m.path("type").asText()) && m.path("people").size() == 2);
        slow.pause();

        // 300-character topics, ~0.4 KB per event, 4 MB a batch, until the stuck client is let
        // go: how much the socket buffers between them hold depends on the kernel's settings.
        String topic = "Hur når vi anhöriga som inte redan är med? ".repeat(7).substring(0, 300);
        List<JsonNode> left = new ArrayList<>();
        int sent = 0;
        while (left.isEmpty() && sent < 100_000) {
          List<String> batch = new ArrayList<>();
          for (int i = 0; i < 10_000; i++) {
            batch.add(TestClient.setTopicCommand("t" + sent++, topic));
          }
          List<JsonNode> answers = lead.sendAll(batch, 100, message -> {
            if ("presence".equals(message.path("type").asText()) && message.path("people").size() == 1) {
              left.add(message);
            }
          });
          assertEquals(batch.size(), answers.stream().filter(a -> "ok".equals(a.path("type").asText())).count(),
              "every command of those who read is answered");
        }
        assertEquals(1, left.size(), "the client that stopped reading was let go (after " + sent + " events)");
        assertEquals("Lena Ledare", left.get(0).at("/people/0/name").asText(), "the one who stopped reading has left");
        lead.setTopic("after", "Mötet fortsätter");
        assertEquals("ok", lead.until(m -> "after".equals(m.path("re").asText())).path("type").asText(),
            "the meeting goes on for those who read");
      }
      slow.close();
    }
  }
}

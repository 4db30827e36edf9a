package se.lagetrunt.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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

/** Stopping the server mid-stream: what was acknowledged is saved, what is saved was acknowledged. */
class GracefulShutdownTest {

  @Test
  void stoppingAnswersWhatIsBeingCommittedThenSaysGoodbye() {
    String database = TestPostgres.newDatabase();
    TestServer server = TestServer.start(database, Map.of());
    Person leader = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    MeetingInfo meeting = server.meeting(leader, MeetingRole.LEADER);
    TestClient client = WebSocketTestClient.connect(server.port(), server.url());
    client.hello(server.token(leader), meeting.id(), -1);
    client.next("welcome");
    for (int i = 0; i < 50; i++) {
      client.setTopic("c" + i, "Fråga " + i);
    }
    server.close();

    Set<String> acknowledged = new HashSet<>();
    JsonNode message;
    do {
      message = client.next();
      if ("ok".equals(message.path("type").asText())) {
        acknowledged.add(message.get("re").asText());
      }
    } while (!"bye".equals(message.path("type").asText()));
    assertEquals(1001, message.get("code").asInt());
    assertEquals("server shutting down", message.get("reason").asText());
    assertTrue(acknowledged.size() > 0, "commands that arrived before the stop were answered");

    Set<String> saved = new HashSet<>();
    try (TestServer again = TestServer.start(database, Map.of())) {
      TestServer.await(again.server().services().eventLog().all(meeting.id()))
          .stream().filter(event -> event.commandId() != null)
          .forEach(event -> saved.add(event.commandId()));
    }
    assertEquals(acknowledged, saved);
  }
}

package se.lagetrunt.room;

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

/** What was acknowledged is there after the server stops and a new one starts on the same database. */
class DurabilityTest {

  @Test
  void acknowledgedEventsSurviveARestart() {
    String database = TestPostgres.newDatabase();
    List<String> acknowledged = new ArrayList<>();
    Map<String, Long> seqOf = new java.util.HashMap<>();
    Person leader;
    MeetingInfo meeting;
    int commands = 250; // more than one snapshot interval, so the restart loads snapshot + tail
    try (TestServer first = TestServer.start(database, Map.of())) {
      leader = first.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
      meeting = first.meeting(leader, MeetingRole.LEADER);
      try (TestClient client = first.join(leader, meeting.id(), -1)) {
        client.next("snapshot");
        // Lives only before the snapshot: after the restart it must come from the snapshot itself.
        client.send("{\"type\":\"addSeat\",\"id\":\"seat\",\"name\":\"Gäst i rummet\",\"group\":\"other\"}");
        client.until(m -> "seat".equals(m.path("re").asText()));
        List<String> topics = new ArrayList<>();
        for (int i = 1; i <= commands; i++) {
          topics.add(TestClient.setTopicCommand("c" + i, "Fråga nummer " + i));
        }
        for (JsonNode ok : client.sendAll(topics, 64, other -> { })) {
          assertEquals("ok", ok.get("type").asText(), ok.toString());
          acknowledged.add(ok.get("re").asText() + "@" + ok.get("seq").asLong());
          seqOf.put(ok.get("re").asText(), ok.get("seq").asLong());
        }
      }
    }
    assertEquals(commands, acknowledged.size());
    assertEquals(1, se.lagetrunt.testing.TestPostgres.count(database,
        "SELECT count(*) FROM meeting_snapshot WHERE jsonb_typeof(state) = 'object'"), "a snapshot is a JSON object, not a string");

    try (TestServer second = TestServer.start(database, Map.of())) {
      try (TestClient fresh = second.join(leader, meeting.id(), -1)) {
        JsonNode snapshot = fresh.next("snapshot");
        assertEquals(seqOf.get("c" + commands), snapshot.get("seq").asLong());
        assertEquals("Fråga nummer " + commands, snapshot.at("/state/topic").asText());
        assertEquals("Gäst i rummet", snapshot.at("/state/seats/0/name").asText(), "what the snapshot holds survives");
      }
      try (TestClient resuming = second.join(leader, meeting.id(), seqOf.get("c" + (commands - 5)))) {
        for (int i = commands - 4; i <= commands; i++) {
          JsonNode event = resuming.next("event");
          assertEquals(seqOf.get("c" + i), event.get("seq").asLong());
          assertEquals("Fråga nummer " + i, event.at("/event/text").asText());
        }
        resuming.setTopic("c7", "Fråga nummer 7");
        assertEquals(seqOf.get("c7"), resuming.untilType("ok").get("seq").asLong(), "a retry from before the restart is known");
      }
      List<String> logged = new ArrayList<>();
      TestServer.await(second.server().services().eventLog().all(meeting.id()))
          .stream().filter(event -> event.commandId() != null && event.commandId().startsWith("c"))
          .forEach(event -> logged.add(event.commandId() + "@" + event.seq()));
      assertEquals(acknowledged.stream().sorted().toList(), logged.stream().sorted().toList());
    }
  }
}

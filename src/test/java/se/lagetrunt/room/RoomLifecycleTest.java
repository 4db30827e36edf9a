package se.lagetrunt.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestPostgres;
import se.lagetrunt.testing.TestServer;

/**
 * A room nobody is in unloads itself after a while; the next person to come loads it again from
 * Postgres with everything in place: the state, the sequence numbers, the retries it remembers.
 */
class RoomLifecycleTest {

  @Test
  void anEmptyRoomUnloadsAndComesBackWholeFromTheLog() throws InterruptedException {
    try (TestServer server = TestServer.start(TestPostgres.newDatabase(), Map.of("roomIdleSeconds", 1))) {
      Person leader = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
      MeetingInfo meeting = server.meeting(leader, MeetingRole.LEADER);
      RestClient rest = new RestClient(server);
      String enabler = server.token(server.person("Maria Möjliggörare", AccountRole.ENABLER, StakeholderGroup.RESEARCHER));
      long firstSeq;
      try (TestClient client = server.join(leader, meeting.id(), -1)) {
        client.next("snapshot");
        client.send("{\"type\":\"addSeat\",\"id\":\"seat\",\"name\":\"Gäst i rummet\",\"group\":\"other\"}");
        client.until(m -> "seat".equals(m.path("re").asText()));
        client.setTopic("t1", "Vad fungerar bra idag?");
        firstSeq = client.untilType("ok").get("seq").asLong();
        assertEquals(1, rest.ok("GET", "/api/server-status", enabler, null).get("liveMeetings").asInt());
      }
      long deadline = System.currentTimeMillis() + 10_000;
      while (rest.ok("GET", "/api/server-status", enabler, null).get("liveMeetings").asInt() > 0) {
        if (System.currentTimeMillis() > deadline) {
          throw new AssertionError("the empty room never unloaded");
        }
        Thread.sleep(100);
      }

      try (TestClient again = server.join(leader, meeting.id(), -1)) {
        JsonNode snapshot = again.next("snapshot");
        assertEquals(firstSeq, snapshot.get("seq").asLong());
        assertEquals("Vad fungerar bra idag?", snapshot.at("/state/topic").asText());
        assertEquals("Gäst i rummet", snapshot.at("/state/seats/0/name").asText());
        again.setTopic("t1", "Vad fungerar bra idag?");
        assertEquals(firstSeq, again.untilType("ok").get("seq").asLong(), "a retry from before the unload is known");
        again.setTopic("t2", "Vad kan bli bättre?");
        assertEquals(firstSeq + 1, again.untilType("ok").get("seq").asLong(), "numbering goes on without a gap");
      }
    }
  }
}

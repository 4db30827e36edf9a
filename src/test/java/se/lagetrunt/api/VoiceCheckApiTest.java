package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/** The self-check's outcome over REST: validated, one per person (the latest), and readiness for those who lead only. */
class VoiceCheckApiTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  private final RestClient rest = new RestClient(server);

  @Test
  void outcomesAreCheckedKeptPerPersonAndShownToTheLeaderOnly() {
    TwoNetworks nets = new TwoNetworks(server);
    String participant = server.token(nets.own.participant());
    for (String bad : new String[] {"{\"microphone\":\"loud\",\"connection\":\"ok\",\"via\":[]}",
        "{\"microphone\":\"ok\",\"via\":[]}", "{\"microphone\":\"ok\",\"connection\":\"ok\",\"via\":[\"carrier-pigeon\"]}",
        "{\"microphone\":\"ok\",\"connection\":\"ok\"}"}) {
      assertEquals(422, rest.call("PUT", "/api/voice/check", participant, bad).status(), bad);
    }
    assertEquals("blocked", rest.ok("PUT", "/api/voice/check", participant,
        "{\"microphone\":\"ok\",\"speaker\":\"ok\",\"connection\":\"blocked\",\"via\":[]}").get("status").asText());
    assertEquals("ready", rest.ok("PUT", "/api/voice/check", participant,
        "{\"microphone\":\"ok\",\"speaker\":\"ok\",\"connection\":\"ok\",\"via\":[\"relay-tls\"]}").get("status").asText(),
        "the latest check replaces the one before");
    assertEquals("ready", rest.ok("GET", "/api/voice/check", participant, null).get("status").asText());
    assertEquals("untested", rest.ok("GET", "/api/voice/check", server.token(nets.own.leader()), null).get("status").asText());

    String readiness = "/api/meetings/" + nets.own.localMeeting() + "/voice-readiness";
    assertEquals(403, rest.call("GET", readiness, participant, null).status(), "for those who lead the meeting");
    assertEquals(403, rest.call("GET", "/api/meetings/" + nets.other.localMeeting() + "/voice-readiness",
        server.token(nets.own.leader()), null).status());
    JsonNode people = rest.ok("GET", readiness, server.token(nets.own.leader()), null);
    assertEquals(2, people.size(), "the group's leader and participant; not the enablers: " + people);
    for (JsonNode person : people) {
      boolean isParticipant = person.get("personId").asText().equals(nets.own.participant().id().toString());
      assertEquals(isParticipant ? "ready" : "untested", person.get("status").asText());
      assertEquals(isParticipant ? "[\"relay-tls\"]" : "[]", person.get("via").toString());
    }
  }
}

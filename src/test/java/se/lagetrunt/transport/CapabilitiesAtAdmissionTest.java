package se.lagetrunt.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * What a person may do in a meeting is decided once, when they are let in, and the page is told
 * the same over the socket (welcome) and over REST (the meeting's view): it never works it out.
 */
class CapabilitiesAtAdmissionTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @ParameterizedTest
  @ValueSource(strings = {"websocket", "sockjs"})
  void theSocketAndTheRestViewSayTheSame(String transport) {
    TwoNetworks nets = new TwoNetworks(server);
    String expected = "{\"steers\":true,\"inGroup\":false,\"readsMinutes\":false,\"writesMinutes\":false,\"seesSpeakingTime\":true,\"attends\":false,\"readOnly\":false}";
    assertEquals(expected, capabilities(transport, nets.own.enabler(), nets), "an enabler in a local meeting");
    assertEquals("{\"steers\":false,\"inGroup\":true,\"readsMinutes\":true,\"writesMinutes\":false,\"seesSpeakingTime\":false,\"attends\":true,\"readOnly\":false}",
        capabilities(transport, nets.own.participant(), nets));
    assertEquals("{\"steers\":true,\"inGroup\":true,\"readsMinutes\":true,\"writesMinutes\":true,\"seesSpeakingTime\":true,\"attends\":true,\"readOnly\":false}",
        capabilities(transport, nets.own.leader(), nets));
  }

  /**
   * The enabler visiting a local network's meeting is not one of its people present (the network
   * page's attendance once said 8 where 7 took part, "Övriga 1"); the participant who joins is.
   */
  @ParameterizedTest
  @ValueSource(strings = {"websocket", "sockjs"})
  void anEnablersVisitIsNotAttendance(String transport) {
    TwoNetworks nets = new TwoNetworks(server);
    try (TestClient enabler = server.connect(transport); TestClient participant = server.connect(transport)) {
      enabler.hello(server.token(nets.own.enabler()), nets.own.localMeeting(), -1);
      enabler.next("welcome");
      participant.hello(server.token(nets.own.participant()), nets.own.localMeeting(), -1);
      participant.next("welcome");
      // Arrivals are committed in the order people joined: once the participant's is seen, the enabler's would be too.
      assertEquals(nets.own.participant().id().toString(), enabler.untilEvent("arrived").at("/event/personId").asText());
    }
    assertEquals(1, server.count("SELECT count(*) FROM meeting_event WHERE type = 'arrived' AND meeting_id = '"
        + nets.own.localMeeting() + "'"), "only the participant attended");
  }

  private static String capabilities(String transport, Person person, TwoNetworks nets) {
    String token = server.token(person);
    JsonNode rest = new RestClient(server).ok("GET", "/api/meetings/" + nets.own.localMeeting(), token, null).get("capabilities");
    try (TestClient client = server.connect(transport)) {
      client.hello(token, nets.own.localMeeting(), -1);
      JsonNode welcome = client.next("welcome").get("capabilities");
      assertEquals(rest.toString(), welcome.toString(), "the socket and the REST view say the same");
      return welcome.toString();
    }
  }
}

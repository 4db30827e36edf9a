package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * A meeting called off is kept with its reason, shown as cancelled, never late and not held; a
 * meeting that took place is not called off; calling off can be taken back; only those who lead
 * the meeting do it.
 */
class CancellationTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void aCancelledMeetingIsKeptButNeverLate() {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String leader = server.token(nets.own.leader());
    String enabler = server.token(nets.own.enabler());
    String status = "/api/theme-networks/" + nets.own.theme().id() + "/minutes";
    JsonNode second = null;
    for (JsonNode row : rest.ok("GET", status, enabler, null)) {
      if (row.get("round").asInt() == 2) {
        second = row;
      }
    }
    assertTrue(second.get("late").asBoolean(), "meeting 2's time passed five weeks ago, without minutes");
    String cancel = "/api/meetings/" + second.get("meetingId").asText() + "/cancel";

    assertEquals(403, rest.call("POST", cancel, server.token(nets.own.participant()), "{\"reason\":\"x\"}").status());
    assertEquals(403, rest.call("POST", cancel, server.token(nets.other.leader()), "{\"reason\":\"x\"}").status());
    assertEquals("invalid_field", rest.call("POST", cancel, leader, "{}").body().get("code").asText(), "a reason is needed");
    JsonNode cancelled = rest.ok("POST", cancel, leader, "{\"reason\":\"Snöstorm – vägarna var stängda.\"}");
    assertEquals("Snöstorm – vägarna var stängda.", cancelled.at("/cancelled/reason").asText());
    assertEquals("Snöstorm – vägarna var stängda.",
        rest.ok("GET", "/api/meetings/" + second.get("meetingId").asText(), server.token(nets.own.participant()), null)
            .at("/cancelled/reason").asText(), "everyone sees why");
    for (JsonNode row : rest.ok("GET", status, enabler, null)) {
      assertTrue(row.get("round").asInt() != 2, "no longer awaited, never late: " + row);
    }

    rest.ok("DELETE", cancel, leader, null);
    assertTrue(rest.ok("GET", "/api/meetings/" + second.get("meetingId").asText(), leader, null).get("cancelled").isNull());
    assertEquals(3, rest.ok("GET", status, enabler, null).size(), "taken back, it is awaited again");

    // Meeting 1 took place: someone came.
    try (TestClient client = server.join(nets.own.leader(), nets.own.localMeeting(), -1)) {
      client.untilEvent("arrived");
    }
    RestClient.Reply held = rest.call("POST", "/api/meetings/" + nets.own.localMeeting() + "/cancel", leader, "{\"reason\":\"x\"}");
    assertEquals(409, held.status());
    assertEquals("already_held", held.body().get("code").asText());
  }
}

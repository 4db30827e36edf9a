package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.SubmittedMinutes;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * "Held" means the meeting took place – someone was there or minutes were written – not that its
 * time has come: minutes written before the planned time are listed with the meetings whose time
 * has come (whose minutes may be late), and the term report counts only meetings that took place.
 */
class HeldMeetingTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void aMeetingIsHeldWhenItTookPlaceNotWhenItsTimeCame() {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String enabler = server.token(nets.own.enabler());
    String status = "/api/theme-networks/" + nets.own.theme().id() + "/minutes";
    assertEquals(3, rest.ok("GET", status, enabler, null).size(), "meetings 1–3: their time has come, their minutes are awaited");

    // Meeting 4 lies a week ahead; its group met early and wrote and submitted the minutes.
    String fourth = null;
    for (JsonNode meeting : rest.ok("GET", "/api/meetings", server.token(nets.own.leader()), null)) {
      if (meeting.get("round").asInt() == 4 && "local".equals(meeting.get("kind").asText())) {
        fourth = meeting.get("id").asText();
      }
    }
    SubmittedMinutes.submitFirstQuestion(server, nets.own.leader(), java.util.UUID.fromString(fourth), "Vi träffades tidigare.");
    JsonNode rows = rest.ok("GET", status, enabler, null);
    assertEquals(4, rows.size(), rows.toString());
    assertEquals(fourth, rows.get(3).get("meetingId").asText(), "meeting 4, still ahead, took place");
    assertEquals("submitted", rows.get(3).get("status").asText());
    assertEquals(1, rest.ok("GET", "/api/theme-networks/" + nets.own.theme().id() + "/compilations", enabler, null)
        .get(3).get("submitted").asInt(), "the compilation table agrees: round 4 has its minutes");
    String report = rest.call("GET", "/api/theme-networks/" + nets.own.theme().id() + "/report.md", enabler, null).text();
    assertTrue(report.contains("### Möte 2 – Det som fungerar i dag\n\nMöten hållna: 0 av 1."), "its time passed, nobody came: " + report);
    assertTrue(report.contains("### Möte 4 – Prioritera\n\nMöten hållna: 1 av 1. Inlämnade minnesanteckningar: 1."), report);
  }
}

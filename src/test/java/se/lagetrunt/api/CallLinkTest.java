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
 * A group that keeps its own call tool: the leader puts its link on a meeting or the whole series,
 * it is in the meeting and the calendar file, and the built-in voice can be switched off (a page
 * still trying gets a clear refusal).
 */
class CallLinkTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  private final RestClient rest = new RestClient(server);

  @Test
  void theGroupsOwnCallIsOnTheMeetingTheSeriesAndTheCalendar() {
    TwoNetworks nets = new TwoNetworks(server);
    String leader = server.token(nets.own.leader());
    String meeting = "/api/meetings/" + nets.own.localMeeting();
    assertEquals(422, rest.call("PATCH", meeting, leader, "{\"callLink\":\"javascript:alert(1)\"}").status(),
        "a web address starting https:// or a phone number, nothing else");
    assertEquals(422, rest.call("PATCH", meeting, leader, "{\"callLink\":\"http://zoom.example/j/1\"}").status());
    assertEquals(403, rest.call("PATCH", meeting, server.token(nets.own.participant()),
        "{\"callLink\":\"https://meet.jit.si/umea\"}").status(), "the leader decides");

    JsonNode changed = rest.ok("PATCH", meeting, leader,
        "{\"callLink\":\"https://meet.jit.si/umea-bln\",\"builtInVoice\":false,\"wholeSeries\":true}");
    assertEquals("https://meet.jit.si/umea-bln", changed.get("callLink").asText());
    assertEquals(false, changed.get("builtInVoice").asBoolean());
    assertEquals(6, server.count("SELECT count(*) FROM meeting WHERE series_id = '" + nets.own.series()
        + "' AND call_link = 'https://meet.jit.si/umea-bln' AND NOT built_in_voice"), "every meeting of the series");
    assertEquals(0, server.count("SELECT count(*) FROM meeting WHERE call_link IS NOT NULL AND series_id = '"
        + nets.other.series() + "'"), "and no other series");
    String ics = rest.call("GET", meeting + "/calendar.ics", server.token(nets.own.participant()), null).text().replace("\r\n ", "");
    assertTrue(ics.contains("\r\nLOCATION:https://meet.jit.si/umea-bln\r\n"), ics);
    assertTrue(ics.contains("\r\nURL:https://meet.jit.si/umea-bln\r\n"), ics);

    try (TestClient client = server.join(server.token(nets.own.participant()), nets.own.localMeeting(), -1)) {
      client.send("{\"type\":\"voiceJoin\",\"id\":\"v1\"}");
      assertEquals("voice_off", client.until(m -> "v1".equals(m.path("re").asText())).get("code").asText());
    }

    JsonNode phone = rest.ok("PATCH", meeting, leader, "{\"callLink\":\"+46 8 123 456 78\",\"builtInVoice\":true}");
    assertEquals("+46 8 123 456 78", phone.get("callLink").asText(), "a phone number to dial in");
    assertTrue(rest.call("GET", meeting + "/calendar.ics", leader, null).text().replace("\r\n ", "")
        .contains("\r\nLOCATION:+46 8 123 456 78\r\n"));
    assertEquals(true, rest.ok("PATCH", meeting, leader, "{\"callLink\":\"\"}").get("callLink").isNull(), "removed");
  }
}

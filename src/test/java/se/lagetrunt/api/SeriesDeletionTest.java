package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * A series created by mistake is deleted with its local meetings while none has been held; the
 * theme's leader meetings stay; once a meeting of it took place, its meetings are cancelled
 * instead. Only those who manage the network delete.
 */
class SeriesDeletionTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void aMistakenSeriesGoesWithItsMeetingsButNotOnceOneWasHeld() {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String leader = server.token(nets.own.leader());
    long leaderMeetings = server.count("SELECT count(*) FROM meeting WHERE kind IN ('pre', 'after')");
    JsonNode mistake = rest.ok("POST", "/api/local-networks/" + nets.own.local().id() + "/series", leader,
        "{\"templateKey\":\"samsjuklighet\",\"weeksBetween\":2,\"firstMeetingAt\":\""
            + server.clock().instant().plus(Duration.ofDays(30)) + "\"}");
    String seriesId = mistake.get("id").asText();
    List<String> itsMeetings = new ArrayList<>();
    for (JsonNode meeting : rest.ok("GET", "/api/meetings", leader, null)) {
      if (seriesId.equals(meeting.path("seriesId").asText())) {
        itsMeetings.add(meeting.get("id").asText());
      }
    }
    assertTrue(itsMeetings.size() >= 5, "the mistaken series made its meetings: " + itsMeetings);
    // Someone had one of them open when it went.
    try (TestClient open = server.join(nets.own.leader(), itsMeetings.get(0), -1)) {
      open.next("snapshot");
      assertEquals(403, rest.call("DELETE", "/api/series/" + seriesId, server.token(nets.own.participant()), null).status());
      assertEquals(403, rest.call("DELETE", "/api/series/" + seriesId, server.token(nets.other.leader()), null).status());
      assertEquals(403, rest.call("DELETE", "/api/series/" + seriesId, server.token(nets.other.enabler()), null).status());
      assertEquals(204, rest.call("DELETE", "/api/series/" + seriesId, leader, null).status());
    }
    for (String id : itsMeetings) {
      assertEquals(404, rest.call("GET", "/api/meetings/" + id, leader, null).status(), "gone: " + id);
    }
    assertEquals(0, server.count("SELECT count(*) FROM meeting_series WHERE id = '" + seriesId + "'"));
    assertEquals(0, server.count("SELECT count(*) FROM meeting_event WHERE meeting_id = '" + itsMeetings.get(0) + "'"));
    assertEquals(leaderMeetings, server.count("SELECT count(*) FROM meeting WHERE kind IN ('pre', 'after')"),
        "the theme's leader meetings are everyone's and stay");
    assertEquals(404, rest.call("DELETE", "/api/series/" + seriesId, leader, null).status(), "deleted once");

    // The first series: its first meeting took place (someone came), so it stays.
    try (TestClient client = server.join(nets.own.participant(), nets.own.localMeeting(), -1)) {
      client.next("snapshot");
    }
    RestClient.Reply held = rest.call("DELETE", "/api/series/" + nets.own.series(), server.token(nets.own.enabler()), null);
    assertEquals(409, held.status());
    assertEquals("series_held", held.body().get("code").asText());
    assertEquals(200, rest.call("GET", "/api/meetings/" + nets.own.localMeeting(), leader, null).status());
  }
}

package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * Creating a series happens once per request key: a retry, a double click and two requests at the
 * same moment make one series with its meetings, never two; without a key each call is new.
 */
class SeriesCreationTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void oneKeyMakesOneSeriesEvenAtTheSameMoment() {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String leader = server.token(nets.own.leader());
    String path = "/api/local-networks/" + nets.own.local().id() + "/series";
    String body = "{\"templateKey\":\"samsjuklighet\",\"firstMeetingAt\":\"" + server.clock().instant().plusSeconds(86_400 * 30)
        + "\",\"requestKey\":\"a1b2c3d4e5f60718\"}";
    long before = countSeries(nets);

    List<CompletableFuture<RestClient.Reply>> together = List.of(
        CompletableFuture.supplyAsync(() -> rest.call("POST", path, leader, body)),
        CompletableFuture.supplyAsync(() -> rest.call("POST", path, leader, body)),
        CompletableFuture.supplyAsync(() -> rest.call("POST", path, leader, body)));
    List<RestClient.Reply> replies = together.stream().map(CompletableFuture::join).toList();
    assertEquals(1, replies.stream().filter(reply -> reply.status() == 201).count(), "one made it: " + replies);
    assertEquals(2, replies.stream().filter(reply -> reply.status() == 200 && reply.body().get("again").asBoolean()).count());
    assertEquals(1, replies.stream().map(reply -> reply.body().get("id").asText()).distinct().count(), "all name the same series");
    assertEquals(before + 1, countSeries(nets));

    RestClient.Reply retry = rest.call("POST", path, leader, body);
    assertEquals(200, retry.status(), "a retry after a timeout");
    assertEquals(replies.get(0).body().get("id").asText(), retry.body().get("id").asText());
    assertEquals(before + 1, countSeries(nets));
    assertEquals(6, server.count("SELECT count(*) FROM meeting WHERE series_id = '" + retry.body().get("id").asText() + "'"),
        "its six local meetings, once");

    String other = body.replace("a1b2c3d4e5f60718", "ffeeddccbbaa9988");
    assertEquals(201, rest.call("POST", path, leader, other).status(), "another key, another series");
    assertEquals("invalid_field", rest.call("POST", path, leader, body.replace("a1b2c3d4e5f60718", "kort")).body().get("code").asText());
    assertTrue(countSeries(nets) == before + 2);
  }

  private static long countSeries(TwoNetworks nets) {
    return server.count("SELECT count(*) FROM meeting_series WHERE local_network_id = '" + nets.own.local().id() + "'");
  }

  @Test
  void thePlannerIsWarnedOfHolidaysBreaksAndPreMeetingsInThePast() {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String leader = server.token(nets.own.leader());
    String preview = "/api/local-networks/" + nets.own.local().id() + "/series/preview";
    int year = java.time.LocalDate.ofInstant(server.clock().instant(), java.time.ZoneId.of("Europe/Stockholm")).getYear() + 2;
    JsonNode june = rest.ok("POST", preview, leader, "{\"templateKey\":\"nara-vard\",\"weeksBetween\":3,"
        + "\"firstMeetingAt\":\"" + year + "-06-06T18:00:00+02:00\"}");
    assertEquals(18, june.get("meetings").size(), "six local meetings with a pre- and after-meeting each");
    List<String> warnings = new java.util.ArrayList<>();
    june.get("warnings").forEach(w -> warnings.add(w.get("kind").asText() + " " + w.get("round").asInt() + " "
        + w.get("meetingKind").asText() + " " + w.get("day").asText() + " " + w.get("why").asText()));
    assertTrue(warnings.contains("holiday 1 local " + year + "-06-06 Sveriges nationaldag"), warnings.toString());
    assertTrue(warnings.contains("break 2 local " + year + "-06-27 sommaruppehållet"), warnings.toString());
    assertEquals(1, countSeries(nets), "a preview creates nothing: the one series is the network's first");

    JsonNode late = rest.ok("POST", preview, leader, "{\"templateKey\":\"nara-vard\",\"firstMeetingAt\":\""
        + server.clock().instant().plusSeconds(3 * 86_400) + "\"}");
    assertEquals("past", late.at("/warnings/0/kind").asText(), "meeting 1's pre-meeting would be four days ago: " + late.get("warnings"));
    assertEquals("pre", late.at("/warnings/0/meetingKind").asText());
    assertEquals(403, rest.call("POST", preview, server.token(nets.own.participant()), "{\"templateKey\":\"nara-vard\","
        + "\"firstMeetingAt\":\"" + year + "-06-06T18:00:00+02:00\"}").status());
  }
}

package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * A theme's own series template, as Sörmland's network had its own questions (seed 004): its
 * enablers write it, its leaders make a series from it at the time of day and length they choose,
 * nobody else sees or uses it.
 */
class ThemeTemplateTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  private static final String SORMLAND = "{\"title\":\"Anhöriga som samverkanspart – Sörmland\",\"meetings\":["
      + "{\"title\":\"Träff 1 – Vad menar vi med anhörig?\",\"purpose\":\"Att alla har klart för sig vad som avses med "
      + "begreppen anhörig och närstående.\",\"questions\":[\"Vem är anhörig, och vem är närstående?\"]},"
      + "{\"title\":\"Träff 2 – Erfarenheter\",\"purpose\":\"\",\"questions\":[\"Vad fungerar i dag?\"]},"
      + "{\"title\":\"Träff 3 – Anhöriga som samverkanspart\",\"purpose\":\"Utifrån sammanställningen av de tidigare "
      + "träffarna.\",\"questions\":[\"Vad ser ni behövs på individnivå?\",\"Vad behövs på verksamhetsnivå?\"]}]}";

  @Test
  void aThemesOwnTemplateIsWrittenByItsEnablersAndUsedByItsLeaders() {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String enabler = server.token(nets.own.enabler());
    String leader = server.token(nets.own.leader());
    String templates = "/api/theme-networks/" + nets.own.theme().id() + "/series-templates";

    assertEquals(403, rest.call("POST", templates, leader, SORMLAND).status(), "the enablers keep the theme's templates");
    assertEquals(403, rest.call("POST", templates, server.token(nets.other.enabler()), SORMLAND).status());
    RestClient.Reply made = rest.call("POST", templates, enabler, SORMLAND);
    assertEquals(201, made.status());
    String key = made.body().get("key").asText();
    assertTrue(key.startsWith("own-"), key);
    assertEquals(3, made.body().get("meetings").size());
    assertEquals(1, rest.ok("GET", templates, enabler, null).size());

    JsonNode offered = rest.ok("GET", "/api/local-networks/" + nets.own.local().id() + "/series-templates", leader, null);
    List<String> keys = new ArrayList<>();
    offered.forEach(t -> keys.add(t.get("key").asText()));
    assertEquals(List.of("nara-vard", "samsjuklighet", key), keys, "the built-in ones, then the theme's own");
    JsonNode otherOffered = rest.ok("GET", "/api/local-networks/" + nets.other.local().id() + "/series-templates",
        server.token(nets.other.leader()), null);
    assertEquals(2, otherOffered.size(), "another theme does not see it");

    // A series from it, in the evening, an hour and a half long.
    ZonedDateTime first = server.clock().inSweden().plusDays(20).withHour(17).withMinute(30).withSecond(0).withNano(0);
    JsonNode series = rest.ok("POST", "/api/local-networks/" + nets.own.local().id() + "/series", leader,
        "{\"templateKey\":\"" + key + "\",\"firstMeetingAt\":\"" + first.toOffsetDateTime() + "\",\"durationMinutes\":90}");
    assertEquals(3, series.get("meetings").asInt());
    JsonNode third = null;
    for (JsonNode meeting : rest.ok("GET", "/api/meetings", leader, null)) {
      if (series.get("id").asText().equals(meeting.path("seriesId").asText()) && meeting.get("round").asInt() == 3) {
        third = rest.ok("GET", "/api/meetings/" + meeting.get("id").asText(), leader, null);
      }
    }
    assertEquals("Träff 3 – Anhöriga som samverkanspart", third.get("title").asText());
    assertEquals(90, third.get("durationMinutes").asInt());
    assertEquals("Vad behövs på verksamhetsnivå?", third.at("/board/questions/1/text").asText());
    assertEquals(422, rest.call("POST", "/api/local-networks/" + nets.other.local().id() + "/series", server.token(nets.other.leader()),
        "{\"templateKey\":\"" + key + "\",\"firstMeetingAt\":\"" + first.toOffsetDateTime() + "\"}").status(),
        "another theme's leaders cannot use it");

    // Changed, then deleted; twelve meetings at most, one at least.
    JsonNode changed = rest.ok("PUT", templates + "/" + key, enabler, SORMLAND.replace("Träff 2 – Erfarenheter", "Träff 2 – Det som fungerar"));
    assertEquals("Träff 2 – Det som fungerar", changed.at("/meetings/1/title").asText());
    StringBuilder thirteen = new StringBuilder("{\"title\":\"För lång\",\"meetings\":[");
    for (int i = 0; i < 13; i++) {
      thirteen.append(i == 0 ? "" : ",").append("{\"title\":\"Träff ").append(i + 1).append("\",\"questions\":[\"Fråga?\"]}");
    }
    assertEquals("invalid_field", rest.call("POST", templates, enabler, thirteen + "]}").body().get("code").asText());
    assertEquals("invalid_field", rest.call("POST", templates, enabler, "{\"title\":\"Tom\",\"meetings\":[]}").body().get("code").asText());
    assertEquals(404, rest.call("PUT", templates + "/own-finns-inte", enabler, SORMLAND).status());
    assertEquals(204, rest.call("DELETE", templates + "/" + key, enabler, null).status());
    assertEquals(404, rest.call("DELETE", templates + "/" + key, enabler, null).status());
  }
}

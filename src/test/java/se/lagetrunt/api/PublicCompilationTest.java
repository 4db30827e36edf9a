package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.SubmittedMinutes;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * A published compilation shared as an open page: read without signing in by whoever has the
 * link, only its published text, never while that text names one of the theme's people; only the
 * theme's enablers share it, and turning sharing off ends the link.
 */
class PublicCompilationTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  private static String body(String text, int version) {
    return "{\"text\":" + Json.write(Json.MAPPER.valueToTree(text)) + ",\"version\":" + version + "}";
  }

  private static String token(String url) {
    return url.substring(url.indexOf('#') + 1);
  }

  @Test
  void aPublishedCompilationIsSharedOpenlyWithoutNames() {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String enabler = server.token(nets.own.enabler());
    String leader = server.token(nets.own.leader());
    SubmittedMinutes.submitFirstQuestion(server, nets.own.leader(), nets.own.localMeeting(), "Anhöriga vill bli tillfrågade.");
    String round = "/api/theme-networks/" + nets.own.theme().id() + "/compilations/1";
    String name = nets.own.participant().displayName();

    assertEquals("not_published", rest.call("POST", round + "/share", enabler, "{\"shared\":true}").body().get("code").asText());
    rest.ok("PUT", round, enabler, body("## Vad vi hörde\n\n> Vi vill bli tillfrågade, sa " + name + ".", 0));
    rest.ok("POST", round + "/publish", enabler, "{\"version\":1}");
    RestClient.Reply named = rest.call("POST", round + "/share", enabler, "{\"shared\":true}");
    assertEquals(409, named.status());
    assertEquals("names_in_text", named.body().get("code").asText());
    assertTrue(named.body().get("title").asText().contains(name), named.body().toString());

    String text = "## Vad vi hörde\n\n> Vi vill bli tillfrågade, sa en anhörig.";
    rest.ok("PUT", round, enabler, body(text, 1));
    rest.ok("POST", round + "/publish", enabler, "{\"version\":2}");
    rest.ok("PUT", round, enabler, body(text + "\n\nUtkast: inte för alla ännu.", 2));
    assertEquals(403, rest.call("POST", round + "/share", leader, "{\"shared\":true}").status(), "only the theme's enablers share");
    String url = rest.ok("POST", round + "/share", enabler, "{\"shared\":true}").get("url").asText();
    assertTrue(url.startsWith(server.url() + "/public.html#") && token(url).length() >= 32, url);
    assertEquals(url, rest.ok("GET", round + "/share", enabler, null).get("url").asText());
    assertEquals(url, rest.ok("POST", round + "/share", enabler, "{\"shared\":true}").get("url").asText(), "the same link again");

    RestClient.Reply open = rest.call("GET", "/api/public/compilations/" + token(url), null, null);
    assertEquals(200, open.status());
    JsonNode page = open.body();
    assertEquals(text, page.get("text").asText(), "the published text, not the draft");
    assertEquals(nets.own.theme().name(), page.get("themeNetwork").asText());
    assertFalse(page.toString().contains(nets.own.enabler().displayName()), "not who wrote or published it");
    assertEquals("%PDF", new String(rest.bytes("/api/public/compilations/" + token(url) + "/export.pdf", null), 0, 4,
        java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals(404, rest.call("GET", "/api/public/compilations/" + "A".repeat(32), null, null).status());

    // Republished with a name, the open page stops showing it.
    rest.ok("PUT", round, enabler, body(text + " Tack, " + name + ".", 3));
    rest.ok("POST", round + "/publish", enabler, "{\"version\":4}");
    assertEquals(404, rest.call("GET", "/api/public/compilations/" + token(url), null, null).status());
    rest.ok("PUT", round, enabler, body(text, 4));
    rest.ok("POST", round + "/publish", enabler, "{\"version\":5}");
    assertEquals(200, rest.call("GET", "/api/public/compilations/" + token(url), null, null).status());

    assertTrue(rest.ok("POST", round + "/share", enabler, "{\"shared\":false}").get("url").isNull());
    assertEquals(404, rest.call("GET", "/api/public/compilations/" + token(url), null, null).status(), "the link is ended");
    String again = rest.ok("POST", round + "/share", enabler, "{\"shared\":true}").get("url").asText();
    assertNotEquals(url, again, "sharing again makes a new link");
  }
}

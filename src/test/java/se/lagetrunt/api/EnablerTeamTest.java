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
 * A theme network led by a researcher and a practitioner: an enabler invites another, who signs
 * in with their own link; enablers remove each other or leave, never the last – not even when
 * two remove each other at the same moment – and whoever is taken off loses their access at once.
 */
class EnablerTeamTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void enablersInviteEachOtherAndNeverLeaveTheThemeAlone() {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String first = server.token(nets.own.enabler());
    String team = "/api/theme-networks/" + nets.own.theme().id() + "/enablers";
    String theme = "/api/theme-networks/" + nets.own.theme().id();

    assertEquals(403, rest.call("POST", team, server.token(nets.own.leader()), "{\"name\":\"x\"}").status());
    assertEquals(403, rest.call("POST", team, server.token(nets.other.enabler()), "{\"name\":\"x\"}").status());
    JsonNode invited = rest.ok("POST", team, first, "{\"name\":\"Pia Praktiker\",\"email\":\"pia@example.se\",\"group\":\"care-staff\"}");
    assertEquals("Pia Praktiker", invited.get("name").asText());
    assertTrue(invited.get("link").asText().startsWith(server.url() + "/login.html#"));
    String pia = rest.signIn(invited.get("link").asText());
    assertEquals(nets.own.theme().name(), rest.ok("GET", theme, pia, null).get("name").asText(), "in with her own link");
    JsonNode list = rest.ok("GET", team, pia, null);
    assertEquals(2, list.size());
    assertTrue(list.get(1).get("you").asBoolean());
    assertEquals(200, rest.call("GET", theme + "/compilations", pia, null).status());

    // Pia takes over; the first enabler is removed and loses access at once.
    String firstId = nets.own.enabler().id().toString();
    assertEquals(204, rest.call("DELETE", team + "/" + firstId, pia, null).status());
    assertEquals(401, rest.call("GET", theme, first, null).status(), "belonging nowhere now, signed out everywhere");
    RestClient.Reply last = rest.call("DELETE", team + "/" + invited.get("id").asText(), pia, null);
    assertEquals(409, last.status());
    assertEquals("last_enabler", last.body().get("code").asText());

    // Two enablers removing each other at the same moment: one of them stays.
    JsonNode third = rest.ok("POST", team, pia, "{\"name\":\"Rolf Forskare\"}");
    String rolf = rest.signIn(third.get("link").asText());
    List<RestClient.Reply> both = List.of(
            CompletableFuture.supplyAsync(() -> rest.call("DELETE", team + "/" + third.get("id").asText(), pia, null)),
            CompletableFuture.supplyAsync(() -> rest.call("DELETE", team + "/" + invited.get("id").asText(), rolf, null)))
        .stream().map(CompletableFuture::join).toList();
    assertEquals(1, both.stream().filter(reply -> reply.status() == 204).count(), both.toString());
    assertEquals(1, server.count("SELECT count(*) FROM theme_network_enabler WHERE theme_network_id = '" + nets.own.theme().id() + "'"));
  }
}

package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * A sign-in is a device session on the server: it can be ended from the device, from another
 * device or everywhere, and ends when the link that made it is replaced or revoked – every
 * token and open socket it gave with it. Used now and then, it lasts the whole term.
 */
class SessionsTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  private final RestClient rest = new RestClient(server);

  /** A new participant of the own network, added by its leader: their personal link. */
  private String newMember(TwoNetworks nets, String name) {
    return rest.ok("POST", "/api/local-networks/" + nets.own.local().id() + "/members", server.token(nets.own.leader()),
        "{\"name\":\"" + name + "\",\"group\":\"family-carer\"}").get("link").asText();
  }

  private int status(String token) {
    return rest.call("GET", "/api/me", token, null).status();
  }

  @Test
  void aDeviceSignsOutAndAnotherIsSignedOutFromIt() {
    TwoNetworks nets = new TwoNetworks(server);
    String link = newMember(nets, "Anna Anhörig");
    String laptop = rest.signIn(link);
    String phone = rest.signIn(link);

    JsonNode seen = rest.ok("GET", "/api/sessions", laptop, null);
    assertEquals(2, seen.size());
    JsonNode current = seen.get(0).get("current").asBoolean() ? seen.get(0) : seen.get(1);
    JsonNode other = current == seen.get(0) ? seen.get(1) : seen.get(0);
    assertTrue(current.get("current").asBoolean());
    assertFalse(other.get("current").asBoolean());
    assertEquals("Ledare Umeå", other.get("linkMadeBy").asText(), "where the link came from is shown");
    assertEquals(server.clock().instant().toString(), other.get("signedInAt").asText());

    try (TestClient live = server.join(phone, nets.own.localMeeting(), -1)) {
      assertEquals(204, rest.call("DELETE", "/api/sessions/" + other.get("id").asText(), laptop, null).status());
      assertEquals(4001, live.awaitClose(), "the phone's open socket ends with its session");
    }
    assertEquals(401, status(phone));
    assertEquals(200, status(laptop));
    assertEquals(404, rest.call("DELETE", "/api/sessions/" + other.get("id").asText(), laptop, null).status(),
        "it is gone");

    assertEquals(204, rest.call("DELETE", "/api/session", laptop, null).status());
    assertEquals(401, status(laptop), "signed out here: the token is worth nothing, even if copied");
    assertEquals(200, status(rest.signIn(link)), "the link itself still works");
  }

  @Test
  void signingOutEverywhereEndsEverySessionAndSocket() {
    TwoNetworks nets = new TwoNetworks(server);
    String link = newMember(nets, "Bo Bror");
    String one = rest.signIn(link);
    String two = rest.signIn(link);
    try (TestClient live = server.connect("sockjs")) {
      live.hello(two, nets.own.localMeeting(), -1);
      live.next("welcome");
      assertEquals(204, rest.call("DELETE", "/api/sessions", one, null).status());
      assertEquals(4001, live.awaitClose());
    }
    assertEquals(401, status(one));
    assertEquals(401, status(two));
  }

  @Test
  void aReplacedOrRevokedLinkEndsWhatItSignedIn() {
    TwoNetworks nets = new TwoNetworks(server);
    String link = newMember(nets, "Cia Chef");
    String token = rest.signIn(link);
    String personId = rest.ok("GET", "/api/me", token, null).get("id").asText();
    String leader = server.token(nets.own.leader());
    String member = "/api/local-networks/" + nets.own.local().id() + "/members/" + personId;
    try (TestClient live = server.join(token, nets.own.localMeeting(), -1)) {
      String fresh = rest.ok("POST", member + "/link", leader, null).get("link").asText();
      assertEquals(4001, live.awaitClose(), "a link replaced because the old one went astray");
      assertEquals(401, status(token));
      token = rest.signIn(fresh);
    }
    assertEquals(200, status(token));
    assertEquals(204, rest.call("DELETE", member + "/link", leader, null).status());
    assertEquals(401, status(token), "revoked links end their sessions too");
  }

  @Test
  void aSessionInUseLastsTheTermAndOneLeftUnusedEnds() {
    TwoNetworks nets = new TwoNetworks(server);
    String link = newMember(nets, "Dag Deltagare");
    String regular = rest.signIn(link);
    String forgotten = rest.signIn(link);
    Duration idle = Duration.ofSeconds(server.server().config().sessionSeconds());
    // A meeting every three weeks for a term: each visit moves the end on.
    for (int visit = 0; visit < 6; visit++) {
      server.clock().advance(Duration.ofDays(21));
      assertEquals(200, status(regular), "visit " + visit);
    }
    assertEquals(401, status(forgotten), "unused for " + idle.toDays() + " days, it ended");
    server.clock().advance(idle.minusMinutes(1));
    assertEquals(200, status(regular), "a minute before it would end");
    server.clock().advance(idle.plusMinutes(1));
    assertEquals(401, status(regular));
  }
}

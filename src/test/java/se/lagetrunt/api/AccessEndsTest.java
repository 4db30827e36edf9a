package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lagetrunt.domain.NetworkRole;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * A right that came through the network ends with it: a note-taker removed from the network, or
 * whose role is taken away, keeps nothing – not over REST with an old session, not on a socket
 * that was open. And nobody makes themselves a way into a local group's minutes.
 */
class AccessEndsTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  private static final String PUSH = "{\"type\":\"minutesPush\",\"id\":\"%s\",\"section\":\"other\",\"version\":%d,"
      + "\"updates\":[{\"clientID\":\"nt\",\"changes\":[[%d,\"x\"]]}]}";

  private final RestClient rest = new RestClient(server);

  private static JsonNode reply(TestClient client, String id) {
    return client.until(m -> id.equals(m.path("re").asText()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"websocket", "sockjs"})
  void aNoteTakerRemovedFromTheNetworkKeepsNothing(String transport) {
    TwoNetworks nets = new TwoNetworks(server);
    Person nora = nets.freshMember(server, NetworkRole.PARTICIPANT);
    // Nora is in another network too, so her sign-in stays: only what came through this one ends.
    TestServer.await(server.server().services().networks().addMember(nets.other.local().id(), nora.id(), NetworkRole.PARTICIPANT));
    String leader = server.token(nets.own.leader());
    String meeting = "/api/meetings/" + nets.own.localMeeting();
    assertEquals(204, rest.call("PUT", meeting + "/note-takers/" + nora.id(), leader, null).status());
    String old = server.token(nora);
    try (TestClient live = server.connect(transport)) {
      live.hello(old, nets.own.localMeeting(), -1);
      assertEquals("note-taker", live.next("welcome").get("role").asText());
      live.send(String.format(PUSH, "n1", 0, 0));
      assertEquals("ok", reply(live, "n1").get("type").asText());

      assertEquals(204, rest.call("DELETE", "/api/local-networks/" + nets.own.local().id() + "/members/" + nora.id(),
          leader, null).status());
      assertEquals(4003, live.awaitClose(), "the open socket ends at once");
    }
    assertEquals(403, rest.call("GET", meeting + "/minutes.md", old, null).status(), "the group's copy");
    assertEquals(403, rest.call("GET", meeting + "/minutes/history?section=other", old, null).status());
    assertEquals(403, rest.call("POST", meeting + "/minutes/restore", old, "{\"section\":\"other\",\"version\":1}").status());
    assertEquals(403, rest.call("GET", meeting, old, null).status());
    try (TestClient again = server.connect(transport)) {
      again.hello(old, nets.own.localMeeting(), -1);
      assertEquals(4003, again.awaitClose(), "and cannot join again");
    }
    assertEquals(1, server.eventCount(nets.own.localMeeting()), "only the push made while a note-taker");
    assertEquals(200, rest.call("GET", "/api/meetings/" + nets.other.localMeeting(), old, null).status(),
        "her other network's meetings are still hers");
  }

  @Test
  void someoneRemovedFromTheirLastNetworkIsSignedOutEverywhere() {
    TwoNetworks nets = new TwoNetworks(server);
    Person ola = nets.freshMember(server, NetworkRole.PARTICIPANT);
    String phone = server.token(ola);
    String laptop = server.token(ola);
    assertEquals(200, rest.call("GET", "/api/me", phone, null).status());
    assertEquals(204, rest.call("DELETE", "/api/local-networks/" + nets.own.local().id() + "/members/" + ola.id(),
        server.token(nets.own.leader()), null).status());
    for (String device : new String[] {phone, laptop}) {
      assertEquals(401, rest.call("GET", "/api/me", device, null).status(), "every device's session has ended");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"websocket", "sockjs"})
  void aRoleTakenAwayEndsTheConnectionThatHadIt(String transport) {
    TwoNetworks nets = new TwoNetworks(server);
    Person nora = nets.freshMember(server, NetworkRole.PARTICIPANT);
    String leader = server.token(nets.own.leader());
    String noteTakers = "/api/meetings/" + nets.own.localMeeting() + "/note-takers/" + nora.id();
    try (TestClient live = server.connect(transport)) {
      live.hello(server.token(nora), nets.own.localMeeting(), -1);
      assertEquals("participant", live.next("welcome").get("role").asText());
      assertEquals(204, rest.call("PUT", noteTakers, leader, null).status());
      assertEquals(4009, live.awaitClose(), "made a note-taker: open the meeting again to write");
    }
    try (TestClient live = server.connect(transport)) {
      live.hello(server.token(nora), nets.own.localMeeting(), -1);
      assertEquals("note-taker", live.next("welcome").get("role").asText());
      live.send(String.format(PUSH, "w1", 0, 0));
      assertEquals("ok", reply(live, "w1").get("type").asText());

      assertEquals(204, rest.call("DELETE", noteTakers, leader, null).status());
      assertEquals(4009, live.awaitClose(), "the role taken away: the connection that had it ends");
    }
    try (TestClient live = server.connect(transport)) {
      live.hello(server.token(nora), nets.own.localMeeting(), -1);
      assertEquals("participant", live.next("welcome").get("role").asText());
      live.send(String.format(PUSH, "w2", 1, 1));
      assertEquals("not_allowed", reply(live, "w2").get("code").asText());
    }
  }

  @Test
  void aLeaderRemovedFromTheirNetworkNoLongerActsAsALeader() {
    TwoNetworks nets = new TwoNetworks(server);
    Person leo = nets.freshMember(server, NetworkRole.LEADER);
    // Leo takes part in another network, so he stays signed in – as a participant from now on.
    TestServer.await(server.server().services().networks().addMember(nets.other.local().id(), leo.id(), NetworkRole.PARTICIPANT));
    String old = server.token(leo);
    assertEquals(201, rest.call("POST", "/api/meetings", old, "{\"title\":\"Ledarnas egna möte\"}").status());
    assertEquals(204, rest.call("DELETE", "/api/local-networks/" + nets.own.local().id() + "/members/" + leo.id(),
        server.token(nets.own.enabler()), null).status());
    assertEquals(403, rest.call("POST", "/api/meetings", old, "{\"title\":\"Ett till\"}").status(),
        "the account role follows the memberships");
    assertEquals("leader", rest.ok("GET", "/api/me", server.token(nets.own.leader()), null).get("accountRole").asText(),
        "the network's other leader still leads");
  }

  @Test
  void nobodyInvitesThemselvesALinkIntoALocalGroup() {
    TwoNetworks nets = new TwoNetworks(server);
    String invite = "{\"name\":\"Ny person\",\"group\":\"other\"}";
    for (Person steering : new Person[] {nets.own.enabler(), nets.own.leader()}) {
      RestClient.Reply refused = rest.call("POST", "/api/meetings/" + nets.own.localMeeting() + "/invitations",
          server.token(steering), invite);
      assertEquals(403, refused.status(), steering.displayName());
      assertEquals("network_meeting", refused.body().get("code").asText());
    }
    assertEquals(201, rest.call("POST", "/api/meetings/" + nets.own.preMeeting() + "/invitations",
        server.token(nets.own.enabler()), invite).status(), "the enablers' own meetings with the leaders");
  }
}

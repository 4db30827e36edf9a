package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.NetworkRole;
import se.lagetrunt.networks.LocalNetwork;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * A care worker who is a family carer in her home municipality's network: each network's leaders
 * set the group she stands for there, her own group stays hers, and attendance, the group mix and
 * the meeting count her as what she is in that network.
 */
class GroupPerNetworkTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void aPersonStandsForAnotherGroupInAnotherNetwork() {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    // Lena leads Umeå; at home, in Västerås, she is a family carer among others.
    Person lena = nets.own.leader();
    LocalNetwork home = nets.other.local();
    TestServer.await(server.server().services().networks().addMember(home.id(), lena.id(), NetworkRole.PARTICIPANT));
    String homeLeader = server.token(nets.other.leader());
    JsonNode edited = rest.ok("PATCH", "/api/local-networks/" + home.id() + "/members/" + lena.id(), homeLeader,
        "{\"group\":\"family-carer\"}");
    assertEquals("family-carer", edited.get("group").asText(), "what she stands for in Västerås");
    assertEquals("official", rest.ok("GET", "/api/me", server.token(lena), null).get("group").asText(), "her own group stays");
    assertEquals("official", group(rest.ok("GET", "/api/local-networks/" + nets.own.local().id(), server.token(lena), null), lena));
    JsonNode homeNetwork = rest.ok("GET", "/api/local-networks/" + home.id(), homeLeader, null);
    assertEquals("family-carer", group(homeNetwork, lena));
    assertEquals(2, homeNetwork.at("/mix/counts/family-carer").asInt(), "she and Västerås's own family carer: "
        + homeNetwork.get("mix"));

    // At Västerås's meeting she is counted as a family carer, at Umeå's as an official.
    try (TestClient there = server.join(lena, nets.other.localMeeting(), -1)) {
      there.next("snapshot");
    }
    try (TestClient here = server.join(lena, nets.own.localMeeting(), -1)) {
      here.next("snapshot");
    }
    JsonNode homeAttendance = rest.ok("GET", "/api/meetings/" + nets.other.localMeeting() + "/attendance", homeLeader, null);
    assertEquals(1, homeAttendance.at("/byGroup/family-carer").asInt(), homeAttendance.toString());
    assertEquals(0, homeAttendance.at("/byGroup/official").asInt());
    JsonNode ownAttendance = rest.ok("GET", "/api/meetings/" + nets.own.localMeeting() + "/attendance", server.token(lena), null);
    assertEquals(1, ownAttendance.at("/byGroup/official").asInt(), ownAttendance.toString());

    // Set back to her own group, the network follows her own again.
    rest.ok("PATCH", "/api/local-networks/" + home.id() + "/members/" + lena.id(), homeLeader, "{\"group\":\"official\"}");
    rest.ok("PATCH", "/api/me", server.token(lena), "{\"group\":\"manager\"}");
    assertEquals("manager", group(rest.ok("GET", "/api/local-networks/" + home.id(), homeLeader, null), lena));
  }

  private static String group(JsonNode network, Person person) {
    for (JsonNode member : network.get("members")) {
      if (member.get("id").asText().equals(person.id().toString())) {
        return member.get("group").asText();
      }
    }
    throw new AssertionError("not a member: " + person.displayName());
  }
}

package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * People and networks are corrected as organisations change: anyone edits their own details, a
 * leader their participants', an enabler leaders' too; networks are renamed by those who look
 * after them – and nobody else does any of it.
 */
class PeopleEditTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void peopleAndNetworksAreEditedByThoseWhoMay() {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String participant = server.token(nets.own.participant());
    String leader = server.token(nets.own.leader());
    String enabler = server.token(nets.own.enabler());
    String local = "/api/local-networks/" + nets.own.local().id();

    JsonNode me = rest.ok("PATCH", "/api/me", participant, "{\"name\":\"Margareta Ek\",\"email\":\"margareta@example.se\",\"phone\":\"070-123 45 67\"}");
    assertEquals("Margareta Ek", me.get("name").asText());
    assertEquals("margareta@example.se", me.get("email").asText());
    assertEquals("070-123 45 67", rest.ok("GET", "/api/me", participant, null).get("phone").asText());
    assertTrue(rest.ok("PATCH", "/api/me", participant, "{\"phone\":\"\"}").get("phone").isNull(), "emptied, not kept");
    assertEquals("invalid_field", rest.call("PATCH", "/api/me", participant, "{\"email\":\"inte en adress\"}").body().get("code").asText());
    assertEquals("invalid_field", rest.call("PATCH", "/api/me", participant, "{\"group\":\"king\"}").body().get("code").asText());

    String participantPath = local + "/members/" + nets.own.participant().id();
    assertEquals("care-staff", rest.ok("PATCH", participantPath, leader, "{\"group\":\"care-staff\"}").get("group").asText());
    assertEquals("Margareta Ek", rest.ok("GET", local, leader, null).at("/members").findValuesAsText("name").stream()
        .filter(name -> name.startsWith("Margareta")).findFirst().orElseThrow(), "the network's list shows the new name");
    String leaderPath = local + "/members/" + nets.own.leader().id();
    assertEquals(403, rest.call("PATCH", participantPath, server.token(nets.other.leader()), "{\"name\":\"x\"}").status());
    assertEquals(403, rest.call("PATCH", leaderPath, participant, "{\"name\":\"x\"}").status());
    assertEquals("Lena Ledare", rest.ok("PATCH", leaderPath, enabler, "{\"name\":\"Lena Ledare\"}").get("name").asText());
    assertEquals(404, rest.call("PATCH", local + "/members/" + nets.other.participant().id(), leader, "{\"name\":\"x\"}").status());

    String theme = "/api/theme-networks/" + nets.own.theme().id();
    assertEquals(403, rest.call("PATCH", theme, leader, "{\"name\":\"Nytt namn\"}").status());
    rest.ok("PATCH", theme, enabler, "{\"name\":\"Nära vård och anhöriga\"}");
    assertEquals("Nära vård och anhöriga", rest.ok("GET", theme, enabler, null).get("name").asText());
    assertEquals(403, rest.call("PATCH", local, participant, "{\"name\":\"x\"}").status());
    rest.ok("PATCH", local, leader, "{\"name\":\"Umeå kommun\"}");
    assertEquals("Umeå kommun", rest.ok("GET", local, participant, null).get("name").asText());
  }

  @Test
  void aParticipantChoosesToShareTheirContactDetailsWithTheGroup() {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String local = "/api/local-networks/" + nets.own.local().id();
    String participant = server.token(nets.own.participant());
    Person other = nets.freshMember(server, se.lagetrunt.domain.NetworkRole.PARTICIPANT);
    String colleague = server.token(other);
    JsonNode me = rest.ok("PATCH", "/api/me", participant, "{\"email\":\"delar@example.se\",\"phone\":\"070-111 22 33\"}");
    assertFalse(me.get("sharesContact").asBoolean(), "off until the person turns it on");
    assertFalse(member(rest.ok("GET", local, colleague, null), nets.own.participant()).has("email"), "the group does not see it");
    assertEquals("delar@example.se", member(rest.ok("GET", local, server.token(nets.own.leader()), null), nets.own.participant())
        .get("email").asText(), "the leader does, to reach people");

    assertTrue(rest.ok("PATCH", "/api/me", participant, "{\"sharesContact\":true}").get("sharesContact").asBoolean());
    JsonNode shown = member(rest.ok("GET", local, colleague, null), nets.own.participant());
    assertEquals("delar@example.se", shown.get("email").asText());
    assertEquals("070-111 22 33", shown.get("phone").asText());
    assertFalse(member(rest.ok("GET", local, participant, null), other).has("email"), "only what each chose");
    assertEquals("invalid_field", rest.call("PATCH", local + "/members/" + other.id(), server.token(nets.own.leader()),
        "{\"sharesContact\":true}").body().get("code").asText(), "nobody chooses it for someone else");
    assertEquals("invalid_field", rest.call("PATCH", "/api/me", participant, "{\"sharesContact\":\"ja\"}").body().get("code").asText());
    rest.ok("PATCH", "/api/me", participant, "{\"sharesContact\":false}");
    assertFalse(member(rest.ok("GET", local, colleague, null), nets.own.participant()).has("email"), "turned off again");
  }

  private static JsonNode member(JsonNode network, Person person) {
    for (JsonNode member : network.get("members")) {
      if (member.get("id").asText().equals(person.id().toString())) {
        return member;
      }
    }
    throw new AssertionError("no member " + person.displayName());
  }
}

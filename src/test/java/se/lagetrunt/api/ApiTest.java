package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.RestClient.Reply;
import se.lagetrunt.testing.TestServer;

/** The REST API against the real server: sign-in links, meetings, invitations, and refusals. */
class ApiTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  private static Reply call(String method, String path, String token, String body) {
    return new RestClient(server).call(method, path, token, body);
  }

  private static void assertProblem(Reply reply, int status, String code) {
    assertEquals(status, reply.status(), reply.body().toString());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    assertEquals(code, reply.body().get("code").asText());
    assertTrue(reply.body().get("title").asText().length() > 5);
  }

  @Test
  void healthSaysTheDatabaseIsUpAndNothingAboutWhoIsHere() {
    Reply health = call("GET", "/health", null, null);
    assertEquals(200, health.status());
    assertEquals("UP", health.body().get("outcome").asText());
    assertEquals(java.util.Set.of("status", "checks", "outcome"), fieldNames(health.body()), "no counts for strangers");
    String enabler = server.token(server.person("Maria Möjliggörare", AccountRole.ENABLER, StakeholderGroup.RESEARCHER));
    String participant = server.token(server.person("Anna Anhörig", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER));
    assertTrue(call("GET", "/api/server-status", enabler, null).body().has("liveMeetings"));
    assertEquals(403, call("GET", "/api/server-status", participant, null).status());
    assertEquals(401, call("GET", "/api/server-status", null, null).status());
  }

  @Test
  void apiAnswersAreNeverCached() {
    String enabler = server.token(server.person("Maria Möjliggörare", AccountRole.ENABLER, StakeholderGroup.RESEARCHER));
    for (Reply reply : new Reply[] {call("GET", "/api/me", enabler, null), call("GET", "/api/meetings", enabler, null),
        call("GET", "/api/me", null, null), call("GET", "/api/nothing-here", enabler, null)}) {
      assertEquals("no-store", reply.headers().firstValue("Cache-Control").orElse(""), reply.text());
    }
  }

  @Test
  void aTokenWithAnExpiryThatIsNoNumberIsUnauthenticatedNotAServerError() {
    Person person = server.person("Eva", AccountRole.PARTICIPANT, StakeholderGroup.OTHER);
    String token = se.lagetrunt.testing.JwtForge.hs256(TestServer.SECRET, "{\"sub\":\"" + person.id()
        + "\",\"iss\":\"laget-runt\",\"aud\":\"laget-runt-session\",\"exp\":\"snart\"}");
    assertEquals(401, call("GET", "/api/me", token, null).status());
  }

  private static java.util.Set<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
    java.util.Set<String> names = new java.util.HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void aPersonalLinkBecomesASessionAndABadOneDoesNot() {
    Person enabler = server.person("Maria Möjliggörare", AccountRole.ENABLER, StakeholderGroup.RESEARCHER);
    String link = TestServer.await(server.server().services().links().create(enabler.id()));
    String secret = link.substring(link.indexOf('#') + 1);
    Reply session = call("POST", "/api/session", null, "{\"loginToken\":\"" + secret + "\"}");
    assertEquals(200, session.status(), session.body().toString());
    assertEquals("Maria Möjliggörare", session.body().at("/person/name").asText());
    Reply me = call("GET", "/api/me", session.body().get("token").asText(), null);
    assertEquals(enabler.id().toString(), me.body().get("id").asText());

    assertProblem(call("POST", "/api/session", null, "{\"loginToken\":\"" + "A".repeat(43) + "\"}"), 401, "invalid_link");
    server.clock().advance(java.time.Duration.ofDays(400));
    assertEquals(200, call("POST", "/api/session", null, "{\"loginToken\":\"" + secret + "\"}").status(),
        "a personal link lasts as long as the person's place, not a number of days");
    assertProblem(call("POST", "/api/session", null, "{oops"), 400, "bad_json");
    assertProblem(call("POST", "/api/session", null, "{\"loginToken\":\"x\",\"note\":[\"a\\u0000b\"]}"), 422, "invalid_text");
  }

  @Test
  void meetingsAreCreatedByEnablersAndLeadersAndSeenOnlyByMembers() {
    Person leader = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    Person participant = server.person("Anna Anhörig", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
    Reply created = call("POST", "/api/meetings", server.token(leader), "{\"title\":\"  Träff 2: Vad fungerar idag? \"}");
    assertEquals(201, created.status());
    assertEquals("Träff 2: Vad fungerar idag?", created.body().get("title").asText());
    assertEquals("leader", created.body().get("yourRole").asText());
    String id = created.body().get("id").asText();

    assertProblem(call("POST", "/api/meetings", server.token(participant), "{\"title\":\"Mitt möte\"}"), 403, "forbidden");
    assertProblem(call("POST", "/api/meetings", server.token(leader), "{\"title\":\"\"}"), 422, "invalid_field");
    assertProblem(call("POST", "/api/meetings", server.token(leader), "{\"title\":\"" + "x".repeat(201) + "\"}"), 422, "invalid_field");
    assertProblem(call("POST", "/api/meetings", server.token(leader), "{\"title\":\"" + "x".repeat(20_000) + "\"}"), 413, "too_large");
    assertProblem(call("GET", "/api/meetings/" + id, server.token(participant), null), 403, "forbidden");
    assertProblem(call("GET", "/api/meetings/not-an-id", server.token(leader), null), 404, "not_found");
    assertProblem(call("GET", "/api/meetings", null, null), 401, "unauthenticated");
    assertProblem(call("GET", "/api/meetings", "forged.token.here", null), 401, "unauthenticated");
    assertEquals(1, call("GET", "/api/meetings", server.token(leader), null).body().size());
    assertEquals(0, call("GET", "/api/meetings", server.token(participant), null).body().size());
  }

  @Test
  void onlyThoseWhoSteerInviteAndTheInviteeGetsIn() {
    Person leader = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    MeetingInfo meeting = server.meeting(leader, MeetingRole.LEADER);
    String path = "/api/meetings/" + meeting.id() + "/invitations";
    Reply invited = call("POST", path, server.token(leader), "{\"name\":\"Per Politiker\",\"group\":\"politician\"}");
    assertEquals(201, invited.status(), invited.body().toString());
    assertEquals("politician", invited.body().at("/person/group").asText());
    String link = invited.body().get("link").asText();
    assertTrue(link.startsWith(server.url() + "/login.html#"), link);

    Reply session = call("POST", "/api/session", null, "{\"loginToken\":\"" + link.substring(link.indexOf('#') + 1) + "\"}");
    String participantToken = session.body().get("token").asText();
    Reply seen = call("GET", "/api/meetings/" + meeting.id(), participantToken, null);
    assertEquals("participant", seen.body().get("yourRole").asText());
    assertProblem(call("POST", path, participantToken, "{\"name\":\"Någon\",\"group\":\"other\"}"), 403, "forbidden");
    assertProblem(call("POST", path, server.token(leader), "{\"name\":\"Någon\",\"group\":\"astronaut\"}"), 422, "invalid_field");
  }
}

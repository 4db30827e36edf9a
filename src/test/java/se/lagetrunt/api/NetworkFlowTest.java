package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.RestTerm;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.WebSocketTestClient;

/** A term set up over REST the way enablers and leaders do it, and personal links through their life. */
class NetworkFlowTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  private final RestClient rest = new RestClient(server);

  private String signIn(String link) {
    return rest.signIn(link);
  }

  private int signInStatus(String link) {
    return rest.call("POST", "/api/session", null, "{\"loginToken\":\"" + RestClient.secretOf(link) + "\"}").status();
  }

  @Test
  void anEnablerSetsUpATermAndEveryoneSeesJustTheirOwnMeetings() {
    Person enabler = server.person("Maria Möjliggörare", AccountRole.ENABLER, StakeholderGroup.RESEARCHER);
    String enablerToken = server.token(enabler);
    String theme = rest.ok("POST", "/api/theme-networks", enablerToken,
        "{\"name\":\"Nära vård – när vården flyttas hem\"}").get("id").asText();
    String umea = rest.ok("POST", "/api/theme-networks/" + theme + "/local-networks", enablerToken,
        "{\"name\":\"Umeå kommun\"}").get("id").asText();
    String lulea = rest.ok("POST", "/api/theme-networks/" + theme + "/local-networks", enablerToken,
        "{\"name\":\"Region Norrbotten\"}").get("id").asText();
    JsonNode leaderInvite = rest.ok("POST", "/api/local-networks/" + umea + "/members", enablerToken,
        "{\"name\":\"Lena Ledare\",\"email\":\"lena@example.se\",\"group\":\"official\",\"role\":\"leader\"}");
    String leaderToken = signIn(leaderInvite.get("link").asText());

    List<String> participantLinks = new ArrayList<>();
    String[][] people = {{"Anna Anhörig", "family-carer"}, {"Pelle Politiker", "politician"}, {"Sara Sjuksköterska", "care-staff"}};
    for (String[] p : people) {
      participantLinks.add(rest.ok("POST", "/api/local-networks/" + umea + "/members", leaderToken,
          "{\"name\":\"" + p[0] + "\",\"group\":\"" + p[1] + "\",\"phone\":\"070-123 45 67\"}").get("link").asText());
    }
    rest.ok("POST", "/api/local-networks/" + umea + "/series", leaderToken,
        "{\"templateKey\":\"nara-vard\",\"firstMeetingAt\":\"2026-09-01T18:00:00+02:00\",\"weeksBetween\":3,\"mode\":\"hybrid\"}");
    JsonNode luleaLeader = rest.ok("POST", "/api/local-networks/" + lulea + "/members", enablerToken,
        "{\"name\":\"Lars Ledare\",\"group\":\"manager\",\"role\":\"leader\"}");
    rest.ok("POST", "/api/local-networks/" + lulea + "/series", signIn(luleaLeader.get("link").asText()),
        "{\"templateKey\":\"nara-vard\",\"firstMeetingAt\":\"2026-09-03T18:00:00+02:00\"}");

    String carerToken = signIn(participantLinks.get(0));
    assertEquals("Anna Anhörig", rest.ok("GET", "/api/me", carerToken, null).get("name").asText(),
        "a link signs in exactly the person it was made for");
    JsonNode carerMeetings = rest.ok("GET", "/api/meetings", carerToken, null);
    assertEquals(6, carerMeetings.size(), "a participant sees their own network's six meetings");
    carerMeetings.forEach(m -> assertEquals("local", m.get("kind").asText()));
    JsonNode first = carerMeetings.get(0);
    assertEquals("Möte 1 – Introduktion", first.get("title").asText());
    assertEquals("hybrid", first.get("mode").asText());
    JsonNode details = rest.ok("GET", "/api/meetings/" + first.get("id").asText(), carerToken, null);
    assertTrue(details.get("questions").get(0).asText().startsWith("Utifrån anhörigas situation"));
    assertEquals("participant", details.get("yourRole").asText());

    JsonNode leaderMeetings = rest.ok("GET", "/api/meetings", leaderToken, null);
    assertEquals(6 + 12, leaderMeetings.size(), "six local meetings and a pre- and after-meeting per round");
    JsonNode enablerMeetings = rest.ok("GET", "/api/meetings", enablerToken, null);
    assertEquals(6 + 6 + 12, enablerMeetings.size(), "both local networks, and the leader meetings once");

    JsonNode umeaForCarer = rest.ok("GET", "/api/local-networks/" + umea, carerToken, null);
    assertEquals(4, umeaForCarer.get("members").size());
    assertTrue(umeaForCarer.get("members").get(0).path("phone").isMissingNode(), "no contact details for participants");
    JsonNode umeaForLeader = rest.ok("GET", "/api/local-networks/" + umea, leaderToken, null);
    assertTrue(umeaForLeader.toString().contains("070-123 45 67"));
    assertEquals(403, rest.call("GET", "/api/local-networks/" + lulea, carerToken, null).status());
  }

  @Test
  void aLocalNetworkHasAtMostTwoLeaders() {
    RestTerm term = RestTerm.create(server, "Kiruna");
    String enablerToken = term.enablerToken();
    String members = term.members();
    String first = term.add(enablerToken, "{\"name\":\"Lena Ledare\",\"group\":\"official\",\"role\":\"leader\"}")
        .at("/person/id").asText();
    term.leader("Leo Ledare", null);

    RestClient.Reply third = rest.call("POST", members, enablerToken,
        "{\"name\":\"Lisa Ledare\",\"group\":\"official\",\"role\":\"leader\"}");
    assertEquals(409, third.status());
    assertEquals("too_many_leaders", third.body().get("code").asText());
    assertEquals(0L, server.count("SELECT count(*) FROM person WHERE display_name = 'Lisa Ledare'"),
        "a refused leader leaves no person behind");
    rest.ok("POST", members, enablerToken, "{\"name\":\"Anna Anhörig\",\"group\":\"family-carer\"}");

    assertEquals(204, rest.call("DELETE", members + "/" + first, enablerToken, null).status());
    rest.ok("POST", members, enablerToken, "{\"name\":\"Lisa Ledare\",\"group\":\"official\",\"role\":\"leader\"}");
    assertEquals(3, rest.ok("GET", "/api/local-networks/" + term.local(), enablerToken, null).get("members").size());
  }

  @Test
  void personalLinksLastCanBeRevokedAndReplacedAndRemovalEndsAccessAtOnce() {
    Person enabler = server.person("Maria Möjliggörare", AccountRole.ENABLER, StakeholderGroup.RESEARCHER);
    String enablerToken = server.token(enabler);
    String theme = rest.ok("POST", "/api/theme-networks", enablerToken, "{\"name\":\"Tema\"}").get("id").asText();
    String local = rest.ok("POST", "/api/theme-networks/" + theme + "/local-networks", enablerToken,
        "{\"name\":\"Sundsvall\"}").get("id").asText();
    rest.ok("POST", "/api/local-networks/" + local + "/series", enablerToken,
        "{\"templateKey\":\"samsjuklighet\",\"firstMeetingAt\":\"2026-10-01T10:00:00+02:00\"}");
    JsonNode byEnabler = rest.ok("POST", "/api/local-networks/" + local + "/members", enablerToken,
        "{\"name\":\"Bo Bror\",\"group\":\"family-carer\"}");
    assertFalse(byEnabler.has("link"), "enablers are outside the group: they are shown no member's link");
    assertEquals("leader", byEnabler.get("handOver").asText(), "a leader of the network hands it over");
    String leaderToken = signIn(rest.ok("POST", "/api/local-networks/" + local + "/members", enablerToken,
        "{\"name\":\"Lina Ledare\",\"group\":\"official\",\"role\":\"leader\"}").get("link").asText());
    JsonNode invited = rest.ok("POST", "/api/local-networks/" + local + "/members", leaderToken,
        "{\"name\":\"Anna Anhörig\",\"group\":\"family-carer\"}");
    String personId = invited.at("/person/id").asText();
    String firstLink = invited.get("link").asText();

    assertEquals(200, signInStatus(firstLink), "a link works more than once, on more than one device");
    String tampered = firstLink.substring(0, firstLink.length() - 2) + (firstLink.endsWith("A") ? "BB" : "AA");
    assertEquals(401, signInStatus(tampered));

    String secondLink = rest.ok("POST", "/api/local-networks/" + local + "/members/" + personId + "/link",
        leaderToken, null).get("link").asText();
    assertEquals(401, signInStatus(firstLink), "a replaced link stops working");
    assertEquals(200, signInStatus(secondLink));
    assertEquals(204, rest.call("DELETE", "/api/local-networks/" + local + "/members/" + personId + "/link",
        leaderToken, null).status());
    assertEquals(401, signInStatus(secondLink), "a revoked link stops working");

    String thirdLink = rest.ok("POST", "/api/local-networks/" + local + "/members/" + personId + "/link",
        leaderToken, null).get("link").asText();
    server.clock().advance(java.time.Duration.ofDays(20));
    assertEquals(200, signInStatus(thirdLink), "a link works as long as the person's place in the network (not 14 days)");

    String fourthLink = rest.ok("POST", "/api/local-networks/" + local + "/members/" + personId + "/link",
        leaderToken, null).get("link").asText();
    String carerToken = signIn(fourthLink);
    String meetingId = rest.ok("GET", "/api/meetings", carerToken, null).get(0).get("id").asText();
    try (TestClient live = WebSocketTestClient.connect(server.port(), server.url())) {
      live.hello(carerToken, meetingId, -1);
      live.next("welcome");
      assertEquals(204, rest.call("DELETE", "/api/local-networks/" + local + "/members/" + personId,
          enablerToken, null).status());
      assertEquals(4003, live.awaitClose(), "removal closes the open socket");
    }
    assertEquals(401, rest.call("GET", "/api/meetings/" + meetingId, carerToken, null).status(),
        "removed from their only network: signed out everywhere");
    assertEquals(401, signInStatus(fourthLink), "a removed person's links are revoked");
    try (TestClient again = WebSocketTestClient.connect(server.port(), server.url())) {
      again.hello(carerToken, meetingId, -1);
      assertEquals(4001, again.awaitClose());
    }
  }

  @Test
  void leadersEditMeetingsAheadHandOutTheNoteTakerRoleAndShareCalendars() {
    Person enabler = server.person("Maria Möjliggörare", AccountRole.ENABLER, StakeholderGroup.RESEARCHER);
    String enablerToken = server.token(enabler);
    String theme = rest.ok("POST", "/api/theme-networks", enablerToken, "{\"name\":\"Tema\"}").get("id").asText();
    String local = rest.ok("POST", "/api/theme-networks/" + theme + "/local-networks", enablerToken,
        "{\"name\":\"Gävle\"}").get("id").asText();
    String leaderToken = signIn(rest.ok("POST", "/api/local-networks/" + local + "/members", enablerToken,
        "{\"name\":\"Lena\",\"group\":\"official\",\"role\":\"leader\"}").get("link").asText());
    List<String> ids = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    for (String name : List.of("Anna", "Bo", "Cia")) {
      JsonNode added = rest.ok("POST", "/api/local-networks/" + local + "/members", leaderToken,
          "{\"name\":\"" + name + "\",\"group\":\"family-carer\"}");
      ids.add(added.at("/person/id").asText());
      tokens.add(signIn(added.get("link").asText()));
    }
    rest.ok("POST", "/api/local-networks/" + local + "/series", leaderToken,
        "{\"templateKey\":\"nara-vard\",\"firstMeetingAt\":\"2026-09-01T18:00:00+02:00\"}");
    JsonNode first = rest.ok("GET", "/api/meetings", tokens.get(0), null).get(0);
    String meeting = "/api/meetings/" + first.get("id").asText();

    JsonNode edited = rest.ok("PATCH", meeting, leaderToken,
        "{\"startsAt\":\"2026-09-08T17:30:00+02:00\",\"mode\":\"physical\",\"questions\":[\"Vad behöver anhöriga mest?\",\"Vem kan hjälpa till?\"]}");
    assertEquals("physical", edited.get("mode").asText());
    JsonNode seen = rest.ok("GET", meeting, tokens.get(1), null);
    assertEquals(2, seen.get("questions").size());
    assertEquals("Vad behöver anhöriga mest?", seen.get("questions").get(0).asText());
    assertTrue(seen.get("startsAt").asText().startsWith("2026-09-08T15:30"));
    assertEquals(422, rest.call("PATCH", meeting, leaderToken, "{\"mode\":\"teleport\"}").status());
    for (String far : List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "2100-01-01T00:00:00Z", "1999-12-31T23:59:59Z")) {
      RestClient.Reply refused = rest.call("PATCH", meeting, leaderToken, "{\"startsAt\":\"" + far + "\"}");
      assertEquals(422, refused.status(), far);
      assertEquals("invalid_field", refused.body().get("code").asText());
    }
    assertEquals(200, rest.call("GET", meeting + "/calendar.ics", leaderToken, null).status(), "the calendar still answers");
    assertEquals(422, rest.call("PATCH", meeting, leaderToken, "{\"questions\":[\"\"]}").status());

    assertEquals(204, rest.call("PUT", meeting + "/note-takers/" + ids.get(0), leaderToken, null).status());
    assertEquals(204, rest.call("PUT", meeting + "/note-takers/" + ids.get(1), leaderToken, null).status());
    assertEquals(409, rest.call("PUT", meeting + "/note-takers/" + ids.get(2), leaderToken, null).status());
    assertEquals("note-taker", rest.ok("GET", meeting, tokens.get(0), null).get("yourRole").asText());
    try (TestClient live = WebSocketTestClient.connect(server.port(), server.url())) {
      live.hello(tokens.get(0), first.get("id").asText(), -1);
      assertEquals("note-taker", live.next("welcome").get("role").asText());
    }
    assertEquals(204, rest.call("DELETE", meeting + "/note-takers/" + ids.get(0), leaderToken, null).status());
    assertEquals("participant", rest.ok("GET", meeting, tokens.get(0), null).get("yourRole").asText());

    RestClient.Reply one = rest.call("GET", meeting + "/calendar.ics", tokens.get(2), null);
    assertEquals(200, one.status());
    assertTrue(one.contentType().startsWith("text/calendar"));
    RestClient.Reply series = rest.call("GET", "/api/series/" + first.get("seriesId").asText() + "/calendar.ics", tokens.get(2), null);
    assertEquals(6, series.text().split("BEGIN:VEVENT", -1).length - 1);
    assertTrue(series.text().contains("DTSTART:20260908T153000Z"));
  }
}

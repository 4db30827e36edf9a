package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.networks.LocalNetwork;
import se.lagetrunt.domain.NetworkRole;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.SubmittedMinutes;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * The enablers compile a round from every local network's submitted minutes and publish it back:
 * the material puts the networks side by side per question, never holds what stays in a group,
 * two enablers cannot overwrite each other unseen, and members read only what was published.
 */
class CompilationApiTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  private static final String SECRET = "Berit berättade om sin son.";

  @Test
  void aRoundIsCompiledFromSubmittedMinutesAndPublishedBackToTheNetworks() throws Exception {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String theme = "/api/theme-networks/" + nets.own.theme().id() + "/compilations";
    String enabler = server.token(nets.own.enabler());
    String leader = server.token(nets.own.leader());
    String participant = server.token(nets.own.participant());

    // A second local network in the theme, with its own leader and series.
    LocalNetwork skelleftea = TestServer.await(server.server().services().networks()
        .createLocal(nets.own.theme().id(), "Skellefteå"));
    Person secondLeader = server.person("Ledare Skellefteå", AccountRole.LEADER, StakeholderGroup.MANAGER);
    TestServer.await(server.server().services().networks().addMember(skelleftea.id(), secondLeader.id(), NetworkRole.LEADER));
    rest.ok("POST", "/api/local-networks/" + skelleftea.id() + "/series", server.token(secondLeader),
        "{\"templateKey\":\"nara-vard\",\"firstMeetingAt\":\"2026-09-02T18:00:00+02:00\"}");
    UUID secondMeeting = null;
    for (JsonNode m : rest.ok("GET", "/api/meetings", server.token(secondLeader), null)) {
      if (m.get("round").asInt() == 1 && "local".equals(m.get("kind").asText())) {
        secondMeeting = UUID.fromString(m.get("id").asText());
      }
    }

    String firstQuestion = rest.ok("GET", "/api/meetings/" + nets.own.localMeeting(), leader, null)
        .at("/board/questions/0/text").asText();
    SubmittedMinutes.writeOpening(server, nets.own.leader(), nets.own.localMeeting(), "Alla hade läst inbjudan.");
    SubmittedMinutes.submitFirstQuestion(server, nets.own.leader(), nets.own.localMeeting(),
        "Umeå: anhöriga vill bli tillfrågade – åäö.\n:::gruppen\n" + SECRET + "\n:::");
    SubmittedMinutes.submitFirstQuestion(server, secondLeader, secondMeeting, "Skellefteå: samverkan saknas <b>ofta</b>.");

    RestClient.Reply tooEarly = rest.call("GET", theme + "/1", leader, null);
    assertEquals(200, tooEarly.status());
    assertTrue(tooEarly.body().get("published").isNull(), "nothing published yet");
    assertFalse(tooEarly.body().has("draft") || tooEarly.body().has("material") || tooEarly.body().has("suggestion"),
        "members never see the enablers' working material: " + tooEarly.body());
    assertEquals("not_published", rest.call("GET", theme + "/1/export.md", participant, null).body().get("code").asText());

    JsonNode round = rest.ok("GET", theme + "/1", enabler, null);
    assertFalse(round.toString().contains(SECRET), "what stays in the group is not in the material");
    assertEquals(2, round.get("sources").size());
    round.get("sources").forEach(source -> assertEquals("submitted", source.get("status").asText(), source.toString()));
    assertTrue(round.at("/material/0/title").asText().startsWith("Inledning"), "the opening reflections come first");
    assertEquals(1, round.at("/material/0/entries").size());
    assertEquals("Umeå", round.at("/material/0/entries/0/localNetwork").asText());
    JsonNode question = round.at("/material/1");
    assertEquals(firstQuestion, question.get("title").asText());
    assertEquals(2, question.get("entries").size(), "one topic for the same question in both networks: " + question);
    assertEquals("Skellefteå", question.at("/entries/0/localNetwork").asText(), "networks in name order");
    assertEquals("Umeå", question.at("/entries/1/localNetwork").asText());
    String suggestion = round.get("suggestion").asText();
    assertTrue(suggestion.contains("## " + firstQuestion) && !suggestion.contains("### Umeå")
        && suggestion.contains("Skellefteå: samverkan saknas <b>ofta</b>."), "quotes, no network headings: " + suggestion);
    assertFalse(suggestion.contains(SECRET));
    assertTrue(rest.ok("GET", theme + "/1?networks=true", enabler, null).get("suggestion").asText().contains("### Umeå"),
        "network names when the enabler chooses them");

    // Saving names the version it was written on.
    String first = "## Vad vi hörde\n\n> Anhöriga vill bli tillfrågade.\n\nÅäö – gemensamma teman.";
    assertEquals(1, rest.ok("PUT", theme + "/1", enabler, body(first, 0)).get("version").asInt());
    RestClient.Reply stale = rest.call("PUT", theme + "/1", server.token(nets.own.enabler()), body("En annan text", 0));
    assertEquals(409, stale.status());
    assertEquals("version_conflict", stale.body().get("code").asText());
    assertEquals(first, rest.ok("GET", theme + "/1", enabler, null).at("/draft/text").asText(), "the first text stands");
    String second = first + "\n\n- Samverkan saknas ofta.";
    JsonNode saved = rest.ok("PUT", theme + "/1", enabler, body(second, 1));
    assertEquals(2, saved.get("version").asInt());
    assertEquals(0, saved.get("namesFound").size(), "no one of the networks is named");
    assertEquals(nets.own.enabler().displayName(), saved.get("updatedBy").asText());

    // Refusals: not an enabler, another theme's, no such round, bad fields.
    assertEquals(403, rest.call("PUT", theme + "/1", leader, body("x", 2)).status());
    assertEquals(403, rest.call("GET", theme + "/1", server.token(nets.other.enabler()), null).status());
    assertEquals(403, rest.call("GET", theme + "/1", server.token(nets.other.participant()), null).status());
    assertEquals(404, rest.call("GET", theme + "/9", enabler, null).status());
    assertEquals(404, rest.call("GET", theme + "/x", enabler, null).status());
    assertEquals("invalid_field", rest.call("PUT", theme + "/1", enabler, "{\"text\":\"x\"}").body().get("code").asText());
    assertEquals(422, rest.call("PUT", theme + "/1", enabler, body("a".repeat(CompilationRoutes.MAX_TEXT + 1), 2)).status());
    assertEquals(422, rest.call("PUT", theme + "/1", enabler, "{\"text\":\"bell\\u0007\",\"version\":2}").status());
    assertEquals("nothing_to_publish", rest.call("POST", theme + "/2/publish", enabler, "{\"version\":0}")
        .body().get("code").asText());
    assertEquals(second, rest.ok("GET", theme + "/1", enabler, null).at("/draft/text").asText(), "refusals changed nothing");

    // Publishing what one sees: a stale version is refused.
    assertEquals("version_conflict", rest.call("POST", theme + "/1/publish", enabler, "{\"version\":1}").body().get("code").asText());
    assertEquals(2, rest.ok("POST", theme + "/1/publish", enabler, "{\"version\":2}").at("/published/version").asInt());

    JsonNode forMember = rest.ok("GET", theme + "/1", participant, null);
    assertEquals(second, forMember.at("/published/text").asText());
    String markdown = rest.call("GET", theme + "/1/export.md", participant, null).text();
    assertTrue(markdown.startsWith("# Sammanställning – Möte 1"), markdown);
    assertTrue(markdown.contains("Underlag: minnesanteckningar från Skellefteå, Umeå") && markdown.contains("Publicerad:"), markdown);
    String html = rest.call("GET", theme + "/1/export.html", participant, null).text();
    assertTrue(html.contains("<blockquote><p>Anhöriga vill bli tillfrågade.</p></blockquote>"), html);
    try (PDDocument pdf = Loader.loadPDF(rest.bytes(theme + "/1/export.pdf", leader))) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("Åäö – gemensamma teman."), text);
    }

    // Later edits stay with the enablers until published again; a name of the networks' people in them is found.
    String participantName = nets.own.participant().displayName();
    JsonNode named = rest.ok("PUT", theme + "/1", enabler, body(second + "\n\nUtkast till nästa version. Som " + participantName + " sa.", 2));
    assertEquals(List.of(participantName), List.of(named.at("/namesFound/0").asText()), "found before publishing: " + named);
    assertEquals(participantName, rest.ok("GET", theme + "/1", enabler, null).at("/namesFound/0").asText());
    assertEquals(second, rest.ok("GET", theme + "/1", participant, null).at("/published/text").asText());
    assertTrue(rest.call("GET", theme + "/1/export.md", enabler, null).text().contains("Utkast – inte publicerat"));
    JsonNode list = rest.ok("GET", theme, enabler, null);
    assertEquals(6, list.size(), "every round of the series: " + list);
    assertEquals("changed", list.at("/0/status").asText());
    assertEquals(2, list.at("/0/submitted").asInt());
    assertEquals("none", list.at("/1/status").asText());
    JsonNode published = rest.ok("GET", theme, participant, null);
    assertEquals(1, published.size(), "members see the published ones: " + published);
    assertFalse(published.get(0).has("status"));

    // The next local meeting and the round's after-meeting point to it; the round's own meeting not.
    for (JsonNode meeting : rest.ok("GET", "/api/meetings", leader, null)) {
      JsonNode details = rest.ok("GET", "/api/meetings/" + meeting.get("id").asText(), leader, null);
      boolean builds = ("local".equals(meeting.get("kind").asText()) && meeting.get("round").asInt() == 2)
          || ("after".equals(meeting.get("kind").asText()) && meeting.get("round").asInt() == 1)
          || ("pre".equals(meeting.get("kind").asText()) && meeting.get("round").asInt() == 2);
      assertEquals(builds, !details.get("compilation").isNull(), meeting.toString());
      if (builds) {
        assertEquals(1, details.at("/compilation/round").asInt());
      }
    }
  }

  private static String body(String text, int version) {
    return "{\"text\":" + Json.write(Json.MAPPER.valueToTree(text)) + ",\"version\":" + version + "}";
  }
}

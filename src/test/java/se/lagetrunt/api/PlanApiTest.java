package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * A local network's plan through all its statuses over REST: written by its leaders from what the
 * group raised in meeting 4, measures changed without overwriting each other, proposed, sent,
 * adopted and followed up measure by measure; read by its participants, refused to other themes,
 * handed on as a PDF without anyone's name, and seen with its status by the theme's enablers and
 * in the term report.
 */
class PlanApiTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  private final RestClient rest = new RestClient(server);

  @Test
  void aPlanGoesFromDraftToFollowedUp() throws IOException {
    TwoNetworks nets = new TwoNetworks(server);
    String leader = server.token(nets.own.leader());
    String participant = server.token(nets.own.participant());
    String enabler = server.token(nets.own.enabler());

    // Meeting 4: the group puts its own priority on the board beside the theme's question.
    String fourth = meetingOfRound(nets, 4);
    try (TestClient client = server.join(nets.own.leader(), fourth, -1)) {
      client.send("{\"type\":\"addQuestion\",\"id\":\"c1\",\"text\":\"Avlösning i hemmet\"}");
      client.until(reply -> "c1".equals(reply.path("re").asText()) && "ok".equals(reply.path("type").asText()));
    }

    JsonNode plan = rest.ok("POST", "/api/local-networks/" + nets.own.local().id() + "/plans", leader, "{}");
    String id = plan.get("id").asText();
    String path = "/api/plans/" + id;
    assertEquals("Lokal plan – " + nets.own.local().name(), plan.get("title").asText());
    assertEquals("draft", plan.get("status").asText());
    assertEquals(List.of("Avlösning i hemmet"), strings(plan.get("suggestedAreas")), "the group's own, not the theme's question");
    assertEquals(403, rest.call("POST", "/api/local-networks/" + nets.own.local().id() + "/plans", participant, "{}").status());
    JsonNode read = rest.ok("GET", path, participant, null);
    assertFalse(read.get("mayWrite").asBoolean());
    assertEquals(403, rest.call("GET", path, server.token(nets.other.leader()), null).status(), "another theme's leader");
    assertEquals(403, rest.call("POST", path + "/areas", participant, "{\"title\":\"x\"}").status());

    // A page asks every few seconds whether anything changed since the revision it has.
    int revision = plan.get("revision").asInt();
    assertEquals(204, rest.call("GET", path + "?known=" + revision, participant, null).status());
    assertEquals(403, rest.call("GET", path + "?known=" + revision, server.token(nets.other.leader()), null).status());
    plan = rest.ok("POST", path + "/areas", leader, "{\"title\":\"Avlösning i hemmet\"}");
    assertEquals("Avlösning i hemmet", rest.ok("GET", path + "?known=" + revision, participant, null).at("/areas/0/title").asText());

    // The meeting's note-taker writes the plan with the leaders.
    rest.ok("PUT", "/api/meetings/" + nets.own.localMeeting() + "/note-takers/" + nets.own.participant().id(), leader, null);
    String noted = rest.ok("POST", path + "/areas", participant, "{\"title\":\"Information\"}").at("/areas/1/id").asText();
    plan = rest.ok("DELETE", "/api/plan-areas/" + noted, participant, null);
    rest.ok("DELETE", "/api/meetings/" + nets.own.localMeeting() + "/note-takers/" + nets.own.participant().id(), leader, null);
    assertEquals(403, rest.call("POST", path + "/areas", participant, "{\"title\":\"x\"}").status(), "the role taken back");
    assertTrue(plan.get("suggestedAreas").isEmpty(), "taken in");
    String area = plan.at("/areas/0/id").asText();
    plan = rest.ok("POST", "/api/plan-areas/" + area + "/measures", leader, "{\"what\":\"Kartlägg behovet av avlösning\","
        + "\"responsible\":[\"municipality\",\"civil-society\"],\"responsibleNote\":\"Anhörigkonsulenten\",\"due\":\"Våren 2027\","
        + "\"needs\":\"Tid och en enkät\"}");
    JsonNode measure = plan.at("/areas/0/measures/0");
    String measurePath = "/api/plan-measures/" + measure.get("id").asText();
    assertEquals(List.of("municipality", "civil-society"), strings(measure.get("responsible")));
    assertEquals("invalid_field", rest.call("POST", "/api/plan-areas/" + area + "/measures", leader,
        "{\"what\":\"x\",\"responsible\":[\"the-king\"]}").body().get("code").asText());

    // Two people change the same measure: the second, on the old version, is told and nothing is lost.
    rest.ok("PUT", measurePath, enabler, "{\"what\":\"Kartlägg behovet av avlösning i hemmet\",\"version\":1}");
    RestClient.Reply stale = rest.call("PUT", measurePath, leader, "{\"what\":\"Kartlägg behovet\",\"version\":1}");
    assertEquals(409, stale.status());
    assertEquals("version_conflict", stale.body().get("code").asText());
    assertEquals("Kartlägg behovet av avlösning i hemmet", rest.ok("GET", path, leader, null).at("/areas/0/measures/0/what").asText());
    rest.ok("PUT", measurePath, leader, "{\"what\":\"Kartlägg behovet av avlösning i hemmet\",\"responsible\":[\"municipality\","
        + "\"civil-society\"],\"responsibleNote\":\"Anhörigkonsulenten\",\"due\":\"Våren 2027\",\"needs\":\"Tid och en enkät\",\"version\":2}");

    assertEquals("plan_status", status(path, leader, "{\"status\":\"sent\",\"sentTo\":\"KS\",\"sentOn\":\"2027-01-10\"}")
        .body().get("code").asText(), "proposed first");
    assertEquals(List.of("proposed"), strings(rest.ok("GET", path, leader, null).get("next")));
    assertEquals("plan_status", rest.call("POST", path + "/comments", participant, "{\"text\":\"Bra!\"}").body().get("code").asText(),
        "comments come once it is proposed");
    rest.ok("POST", path + "/status", leader, "{\"status\":\"proposed\"}");

    // Proposed, the plan goes round the group for comments, like the minutes.
    JsonNode commented = rest.ok("POST", path + "/comments", participant,
        "{\"areaId\":\"" + area + "\",\"text\":\"Glöm inte de anhöriga som arbetar dagtid.\"}");
    JsonNode comment = commented.get("comments").get(0);
    assertEquals(area, comment.get("areaId").asText());
    assertEquals(nets.own.participant().displayName(), comment.get("by").asText());
    assertEquals("invalid_field", rest.call("POST", path + "/comments", participant,
        "{\"areaId\":\"" + java.util.UUID.randomUUID() + "\",\"text\":\"x\"}").body().get("code").asText());
    assertEquals(403, rest.call("POST", path + "/comments", server.token(nets.other.participant()), "{\"text\":\"x\"}").status());
    String resolve = "/api/plan-comments/" + comment.get("id").asText() + "/resolve";
    assertEquals(403, rest.call("POST", resolve, participant, "{}").status());
    assertEquals(nets.own.leader().displayName(), rest.ok("POST", resolve, leader, "{}").at("/comments/0/resolvedBy").asText());
    assertEquals("Glöm inte de anhöriga som arbetar dagtid.",
        rest.ok("GET", "/api/me/data", participant, null).at("/planComments/0/text").asText(), "in the writer's copy of their data");
    assertEquals("invalid_field", status(path, leader, "{\"status\":\"sent\"}").body().get("code").asText(), "sent to whom?");
    plan = rest.ok("POST", path + "/status", leader, "{\"status\":\"sent\",\"sentTo\":\"Kommunstyrelsen i Umeå\",\"sentOn\":\"2027-01-10\"}");
    assertEquals("sent", plan.get("status").asText());
    assertFalse(plan.get("mayEdit").asBoolean());
    assertEquals("plan_locked", rest.call("POST", path + "/areas", leader, "{\"title\":\"Sent\"}").body().get("code").asText());
    assertEquals("plan_locked", rest.call("PUT", measurePath + "/progress", leader, "{\"progress\":\"started\"}").body().get("code").asText(),
        "followed up once decided");
    rest.ok("POST", path + "/status", leader, "{\"status\":\"adopted\",\"decidedOn\":\"2027-02-14\",\"decisionRef\":\"KS 2027/12\"}");
    rest.ok("PUT", measurePath + "/progress", leader, "{\"progress\":\"started\"}");
    plan = rest.ok("POST", path + "/status", leader, "{\"status\":\"followed-up\"}");
    assertEquals("followed-up", plan.get("status").asText());
    assertEquals(LocalDate.ofInstant(server.clock().instant(), ZoneId.of("Europe/Stockholm")).toString(), plan.get("followedUpOn").asText());
    assertTrue(plan.get("next").isEmpty());

    String text;
    try (PDDocument pdf = Loader.loadPDF(rest.bytes(path + "/export.pdf", participant))) {
      text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
    assertTrue(text.contains("Lokal plan – " + nets.own.local().name()), text);
    assertTrue(text.contains("Status: Uppföljd – skickad till Kommunstyrelsen i Umeå den 2027-01-10; beslut den 2027-02-14 (KS 2027/12)"), text);
    assertTrue(text.contains("1. Avlösning i hemmet"), text);
    assertTrue(text.contains("Kartlägg behovet av avlösning i hemmet"), text);
    assertTrue(text.contains("Ansvar: Kommunen, Civilsamhället, Anhörigkonsulenten"), text);
    assertTrue(text.contains("När: Våren 2027") && text.contains("Behöver: Tid och en enkät") && text.contains("Läge: Påbörjad"), text);
    assertFalse(text.contains(nets.own.leader().displayName()), "nobody's name");

    JsonNode ofTheme = rest.ok("GET", "/api/theme-networks/" + nets.own.theme().id() + "/plans", enabler, null);
    assertEquals(1, ofTheme.size());
    assertEquals("followed-up", ofTheme.get(0).get("status").asText());
    assertEquals(1, ofTheme.get(0).get("measures").asInt());
    assertEquals(403, rest.call("GET", "/api/theme-networks/" + nets.own.theme().id() + "/plans", leader, null).status());
    String report = rest.call("GET", "/api/theme-networks/" + nets.own.theme().id() + "/report.md", enabler, null).text();
    assertTrue(report.contains("- **" + nets.own.local().name() + "**: Uppföljd – skickad till Kommunstyrelsen i Umeå"), report);
    assertTrue(report.contains("  - Avlösning i hemmet"), report);
  }

  private RestClient.Reply status(String path, String token, String body) {
    return rest.call("POST", path + "/status", token, body);
  }

  private String meetingOfRound(TwoNetworks nets, int round) {
    for (JsonNode meeting : rest.ok("GET", "/api/meetings", server.token(nets.own.leader()), null)) {
      if (meeting.get("round").asInt() == round && "local".equals(meeting.get("kind").asText())) {
        return meeting.get("id").asText();
      }
    }
    throw new AssertionError("no local meeting in round " + round);
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(item -> list.add(item.asText()));
    return list;
  }
}

package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
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
 * The minutes leave the meeting as Markdown, HTML and PDF: the group's own copy keeps what stays
 * in the group, every other copy leaves it out, and the enablers get nothing before submission.
 */
class MinutesExportTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  private static final String SECRET = "Anna berättade om sin mamma.";

  private static JsonNode reply(TestClient client, String id) {
    return client.until(m -> id.equals(m.path("re").asText()));
  }

  private static void command(TestClient client, String id, String json) {
    client.send("{\"id\":\"" + id + "\"," + json.substring(1));
    assertEquals("ok", reply(client, id).path("type").asText(), json);
  }

  @Test
  void theGroupKeepsItsPassagesOthersNeverSeeThemAndEnablersWaitForSubmission() throws Exception {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    UUID meeting = nets.own.localMeeting();
    String path = "/api/meetings/" + meeting + "/minutes";
    String participant = server.token(nets.own.participant());
    String enabler = server.token(nets.own.enabler());
    String text = "Vi pratade om stöd i vardagen – åäö ÅÄÖ.\n:::gruppen\n" + SECRET + "\n:::\n- fler träffar\n- <script>x</script>";
    try (TestClient leader = server.join(nets.own.leader(), meeting, -1)) {
      String json = se.lagetrunt.protocol.Json.write(se.lagetrunt.protocol.MinutesCodec.changes(
          se.lagetrunt.domain.ChangeSet.replaceAll(0, text)));
      command(leader, "m1", "{\"type\":\"minutesPush\",\"section\":\"opening\",\"version\":0,"
          + "\"updates\":[{\"clientID\":\"lena\",\"changes\":" + json + "}]}");

      String group = rest.call("GET", path + ".md", participant, null).text();
      assertTrue(group.contains("# Möte 1 – Introduktion"), group);
      assertTrue(group.contains("Inledning – presentationsrunda") && !group.contains("förra mötets"),
          "a first meeting opens with introductions, not a summary that does not exist: " + group);
      assertTrue(group.contains("Nätverk: Umeå"), group);
      assertTrue(group.contains("Närvarande: 1 (Tjänstepersoner/handläggare 1)"), group);
      assertTrue(group.contains(SECRET), "the group's own copy keeps it");
      assertFalse(rest.call("GET", path + ".md?audience=others", participant, null).text().contains(SECRET));
      RestClient.Reply early = rest.call("GET", path + ".md", enabler, null);
      assertEquals(409, early.status(), "enablers get the minutes once submitted");
      assertEquals("not_submitted", early.body().get("code").asText());
      assertEquals(403, rest.call("GET", path + ".md", server.token(nets.other.enabler()), null).status());

      command(leader, "s1", "{\"type\":\"signOff\"}");
      command(leader, "s2", "{\"type\":\"submitMinutes\"}");
    }
    String forEnabler = rest.call("GET", path + ".md", enabler, null).text();
    assertTrue(forEnabler.contains("Vi pratade om stöd i vardagen"));
    assertFalse(forEnabler.contains(SECRET), "what stays in the group never reaches the enabler");
    assertFalse(rest.call("GET", path + ".md?audience=group", enabler, null).text().contains(SECRET),
        "not even when asked for the group's copy");

    RestClient.Reply html = rest.call("GET", path + ".html", enabler, null);
    assertTrue(html.contentType().startsWith("text/html"));
    assertTrue(html.text().contains("&lt;script&gt;x&lt;/script&gt;"), "text is escaped");
    assertFalse(html.text().contains(SECRET));

    try (PDDocument pdf = Loader.loadPDF(rest.bytes(path + ".pdf", enabler))) {
      String pdfText = new PDFTextStripper().getText(pdf);
      assertTrue(pdfText.contains("åäö ÅÄÖ"), "Swedish letters survive: " + pdfText);
      assertTrue(pdfText.contains("Möte 1 – Introduktion") || pdfText.contains("Möte 1"), pdfText);
      assertFalse(pdfText.contains(SECRET));
    }
    try (PDDocument pdf = Loader.loadPDF(rest.bytes(path + ".pdf", participant))) {
      assertTrue(new PDFTextStripper().getText(pdf).contains(SECRET), "the group's PDF keeps it");
    }

    String second = null;
    for (JsonNode m : rest.ok("GET", "/api/meetings", participant, null)) {
      if (m.get("round").asInt() == 2 && "local".equals(m.get("kind").asText())) {
        second = m.get("id").asText();
      }
    }
    JsonNode next = rest.ok("GET", "/api/meetings/" + second, participant, null).get("previousSummary");
    assertEquals("Möte 1 – Introduktion", next.get("title").asText(), "the next meeting opens with the last one's summary");
    assertTrue(next.get("markdown").asText().contains(SECRET), "the group's own copy");
    // Section by section too, for the page to show as formatted text (not raw Markdown).
    assertTrue(next.get("sections").size() >= 3, next.toString());
    assertTrue(java.util.stream.StreamSupport.stream(next.get("sections").spliterator(), false)
        .anyMatch(section -> section.get("text").asText().contains("Vi pratade om stöd i vardagen")), next.toString());
    assertFalse(rest.ok("GET", "/api/meetings/" + second, enabler, null).at("/previousSummary/markdown").asText().contains(SECRET));

    // By the server's clock: meeting 1 is on now, 2 was five weeks ago, 3 thirteen days ago, 4-6 are ahead.
    String status = "/api/theme-networks/" + nets.own.theme().id() + "/minutes";
    Map<Integer, JsonNode> rows = byRound(rest.ok("GET", status, enabler, null));
    assertEquals(Set.of(1, 2, 3), rows.keySet(), "only meetings that have begun: " + rows);
    rows.values().forEach(row -> assertEquals("Umeå", row.get("localNetwork").asText()));
    assertEquals("submitted", rows.get(1).get("status").asText());
    assertFalse(rows.get(1).get("late").asBoolean());
    assertEquals("draft", rows.get(2).get("status").asText());
    assertTrue(rows.get(2).get("late").asBoolean(), "over two weeks since it ended: " + rows.get(2));
    assertEquals("draft", rows.get(3).get("status").asText());
    assertFalse(rows.get(3).get("late").asBoolean(), "it ended under two weeks ago: " + rows.get(3));

    // Meeting 3's minutes become late 14 days after it ended (it lasted two hours): a day and two hours from now.
    Duration untilLate = MinutesStatusRoutes.LATE_AFTER.minus(TwoNetworks.THIRD_MEETING_AGO).plusHours(2);
    server.clock().advance(untilLate.minusMinutes(1));
    assertFalse(byRound(rest.ok("GET", status, enabler, null)).get(3).get("late").asBoolean(), "a minute before");
    server.clock().advance(Duration.ofMinutes(2));
    assertTrue(byRound(rest.ok("GET", status, enabler, null)).get(3).get("late").asBoolean(), "a minute after");
    JsonNode own = rest.ok("GET", "/api/local-networks/" + nets.own.local().id() + "/minutes",
        server.token(nets.own.leader()), null);
    assertEquals("submitted", own.at("/0/status").asText());
    assertEquals(403, rest.call("GET", "/api/local-networks/" + nets.own.local().id() + "/minutes", participant, null).status());
  }

  private static Map<Integer, JsonNode> byRound(JsonNode statusRows) {
    Map<Integer, JsonNode> rows = new TreeMap<>();
    statusRows.forEach(row -> rows.put(row.get("round").asInt(), row));
    return rows;
  }

  @Test
  void theHistoryShowsWhoWroteWhatAndAnEarlierVersionComesBackLive() {
    se.lagetrunt.store.Person lena = server.person("Lena Ledare", se.lagetrunt.domain.AccountRole.LEADER,
        se.lagetrunt.domain.StakeholderGroup.OFFICIAL);
    se.lagetrunt.store.Person nora = server.person("Nora Antecknare", se.lagetrunt.domain.AccountRole.PARTICIPANT,
        se.lagetrunt.domain.StakeholderGroup.CARE_STAFF);
    se.lagetrunt.store.Person anna = server.person("Anna Anhörig", se.lagetrunt.domain.AccountRole.PARTICIPANT,
        se.lagetrunt.domain.StakeholderGroup.FAMILY_CARER);
    se.lagetrunt.store.MeetingInfo meeting = server.meeting(lena, se.lagetrunt.domain.MeetingRole.LEADER);
    server.addMember(meeting, nora, se.lagetrunt.domain.MeetingRole.NOTE_TAKER);
    server.addMember(meeting, anna, se.lagetrunt.domain.MeetingRole.PARTICIPANT);
    RestClient rest = new RestClient(server);
    String base = "/api/meetings/" + meeting.id() + "/minutes";
    try (TestClient lenaClient = server.join(lena, meeting.id(), -1);
        TestClient noraClient = server.join(nora, meeting.id(), -1)) {
      command(lenaClient, "v1", "{\"type\":\"minutesPush\",\"section\":\"other\",\"version\":0,"
          + "\"updates\":[{\"clientID\":\"lena\",\"changes\":[[0,\"Första utkastet.\"]]}]}");
      command(noraClient, "v2", "{\"type\":\"minutesPush\",\"section\":\"other\",\"version\":1,"
          + "\"updates\":[{\"clientID\":\"nora\",\"changes\":[[16,\"Omskrivet av Nora.\"]]}]}");

      JsonNode history = rest.ok("GET", base + "/history?section=other", server.token(anna), null);
      assertEquals(2, history.size(), history.toString());
      assertEquals("Lena Ledare", history.at("/0/authorName").asText());
      assertEquals("Första utkastet.", history.at("/0/text").asText());
      assertEquals("Nora Antecknare", history.at("/1/authorName").asText());
      assertEquals(2, history.at("/1/version").asInt());
      assertEquals("[{\"op\":\"removed\",\"text\":\"Första utkastet.\"},{\"op\":\"added\",\"text\":\"Omskrivet av Nora.\"}]",
          history.at("/1/changes").toString(), "what the session changed, to read");

      assertEquals(403, rest.call("POST", base + "/restore", server.token(anna), "{\"section\":\"other\",\"version\":1}").status(),
          "participants read, the writers restore");
      assertEquals(422, rest.call("POST", base + "/restore", server.token(lena), "{\"section\":\"other\",\"version\":9}").status());
      assertEquals(204, rest.call("POST", base + "/restore", server.token(lena), "{\"section\":\"other\",\"version\":1}").status());
      JsonNode restored = noraClient.until(m -> "restore".equals(m.at("/event/clientID").asText()));
      assertEquals("[[18,\"Första utkastet.\"]]", restored.at("/event/changes").toString(), "one edit, seen live");
    }
    assertEquals("Första utkastet.", TestServer.await(server.server().services().eventLog().currentState(meeting.id()))
        .minutes().section("other").text());
  }
}

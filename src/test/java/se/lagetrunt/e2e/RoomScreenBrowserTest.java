package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;

/**
 * The room screen on a 720p projector and a 1080p TV: everything on one screen, nothing cut off,
 * nothing to scroll – a long question with the group's interpretation, who speaks and who is
 * next, raised hands (more than fit), the leader's message and the questions to come.
 * Screenshots are kept in target/screenshots/room.
 */
class RoomScreenBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();
  private static final LocatorAssertions.IsInViewportOptions WHOLLY = new LocatorAssertions.IsInViewportOptions().setRatio(1);
  private static final String QUESTION = "Utifrån anhörigas situation, vad kan vara betydelsefullt stöd för anhöriga när "
      + "vården förflyttas till hemmet, och vad behöver kommunen, regionen och civilsamhället göra tillsammans för att "
      + "det stödet ska nå även dem som inte själva ser sig som anhöriga?";

  private static void command(TestClient client, String id, String json) {
    client.send("{\"id\":\"" + id + "\"," + json.substring(1));
    assertEquals("ok", client.until(m -> id.equals(m.path("re").asText())).path("type").asText(), json);
  }

  @Test
  void everythingFitsOnAProjectorAndATv() throws java.io.IOException {
    Person lena = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    MeetingInfo meeting = server.meeting(lena, MeetingRole.LEADER);
    new RestClient(server).ok("PATCH", "/api/meetings/" + meeting.id(), server.token(lena),
        "{\"questions\":[\"" + QUESTION + "\",\"Vad fungerar bra i dag?\",\"Vad behöver förändras först?\","
            + "\"Vem gör vad, och när?\"]}");
    JsonNode questions = new RestClient(server).ok("GET", "/api/meetings/" + meeting.id(), server.token(lena), null)
        .path("board").path("questions");

    TestClient lead = server.join(lena, meeting.id(), -1);
    List<TestClient> people = new ArrayList<>();
    String[] names = {"Anna-Karin Andersson", "Bo Berglund", "Cecilia Dahlström", "David Eriksson", "Eva Fransson",
        "Fredrik Gustafsson", "Gunilla Holmberg"};
    for (String name : names) {
      Person person = server.person(name, AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
      server.addMember(meeting, person, MeetingRole.PARTICIPANT);
      people.add(server.join(person, meeting.id(), -1));
    }
    command(lead, "c1", "{\"type\":\"setQuestionStatus\",\"questionId\":\"" + questions.get(0).path("id").asText()
        + "\",\"status\":\"current\"}");
    command(lead, "c2", "{\"type\":\"setInterpretation\",\"questionId\":\"" + questions.get(0).path("id").asText()
        + "\",\"text\":\"Vi menar stöd i vardagen: avlösning, information och någon att prata med.\"}");
    command(lead, "c3", "{\"type\":\"setTopic\",\"text\":\"Paus klockan 10.30 – kaffe finns i köket.\"}");
    command(lead, "c4", "{\"type\":\"startRound\",\"kind\":\"discussion\",\"order\":\"join\"}");
    for (int i = 1; i < people.size(); i++) {
      command(people.get(i), "h" + i, "{\"type\":\"raiseHand\"}");
    }

    String link = TestServer.await(server.server().services().links().create(lena.id()));
    for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
      Page room = browser.newScreen(size[0], size[1]).newPage();
      room.navigate(link);
      room.waitForURL(url -> !url.contains("login"));
      room.navigate(server.url() + "/room.html?id=" + meeting.id());
      assertThat(room.locator("#status")).hasText("Ansluten");
      assertThat(room.locator("#room-hands li")).hasCount(6);
      assertThat(room.locator("#room-hands li").last()).hasText("och 1 till");
      assertThat(room.locator("#room-round")).hasText("Nu talar Lena Ledare.");
      assertThat(room.locator("#room-next")).hasText("Näst på tur: Anna-Karin Andersson.");
      room.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/room/" + size[0] + "x" + size[1] + ".png")));
      for (String part : List.of("#room-question", "#room-interpretation", "#room-kind", "#room-round", "#room-next",
          "#room-hands-box", "#room-message", "#room-upcoming")) {
        assertThat(room.locator(part)).isInViewport(WHOLLY);
      }
      assertTrue((Boolean) room.evaluate("() => document.documentElement.scrollHeight <= window.innerHeight"), "nothing to scroll");
      assertTrue((Boolean) room.evaluate("() => { const q = document.getElementById('room-question'); return q.scrollHeight <= q.clientHeight + 1; }"),
          "the whole question shows");
      assertThat(room.locator("#room-upcoming")).containsText("Vad fungerar bra i dag?");
      assertEquals(List.of(), Accessibility.violations(room));
      assertEquals(List.of(), Accessibility.policyViolations(room));
      room.context().close();
    }
    people.forEach(TestClient::close);
    lead.close();
  }
}

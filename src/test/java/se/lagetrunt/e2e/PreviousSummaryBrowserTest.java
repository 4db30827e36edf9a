package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.SubmittedMinutes;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/** The next meeting opens with the last one's summary, shown as formatted text, not as Markdown. */
class PreviousSummaryBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  @Test
  void theLastMeetingsSummaryReadsAsTextWithHeadingsAndLists() {
    TwoNetworks nets = new TwoNetworks(server);
    SubmittedMinutes.writeOpening(server, nets.own.leader(), nets.own.localMeeting(), "- alla hade läst\n- *två* var sjuka");
    SubmittedMinutes.submitFirstQuestion(server, nets.own.leader(), nets.own.localMeeting(), "Vi pratade om väntetider.");
    String second = null;
    for (JsonNode m : new RestClient(server).ok("GET", "/api/meetings", server.token(nets.own.participant()), null)) {
      if (m.get("round").asInt() == 2 && "local".equals(m.get("kind").asText())) {
        second = m.get("id").asText();
      }
    }
    Page page = browser.newPerson().newPage();
    page.navigate(TestServer.await(server.server().services().links().create(nets.own.participant().id())));
    page.waitForURL(server.url() + "/"); // signed in: the link page has moved on to the start page
    page.navigate(server.url() + "/meeting.html?id=" + second);
    Locator summary = page.locator("#previous-summary");
    summary.locator("summary").click();
    Locator text = page.locator("#previous-summary-text");
    assertThat(text.locator("h3").first()).isVisible();
    assertThat(text.locator("li")).hasText(new String[] {"alla hade läst", "*två* var sjuka"});
    assertThat(text.locator("p.empty").first()).hasText("Inget antecknat.");
    assertThat(text).containsText("Vi pratade om väntetider.");
    assertEquals(0, text.getByText("*Inget antecknat.*").count(), "no raw Markdown");
    assertEquals(0, text.getByText("# ").count());
  }
}

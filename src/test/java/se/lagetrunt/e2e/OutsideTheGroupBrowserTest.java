package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * The page shows what the server decided a person may do: a theme's enabler in a local network's
 * meeting steers it but is outside the group – no minutes – while its note-taker-less participant
 * reads them and its leader writes them.
 */
class OutsideTheGroupBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  private static Page open(Person person, TwoNetworks nets) {
    Page page = browser.newPerson().newPage();
    page.navigate(TestServer.await(server.server().services().links().create(person.id())));
    page.waitForURL(server.url() + "/");
    page.navigate(server.url() + "/meeting.html?id=" + nets.own.localMeeting());
    assertThat(page.locator("#status")).hasText("Ansluten");
    return page;
  }

  @Test
  void theEnablerSeesNoMinutesOfALocalMeetingTheGroupDoes() {
    TwoNetworks nets = new TwoNetworks(server);
    Page enabler = open(nets.own.enabler(), nets);
    assertThat(enabler.locator("#minutes-help")).hasText("Minnesanteckningarna stannar i nätverket. Du får dem när ledaren lämnar in dem.");
    assertThat(enabler.locator("#minutes-sections")).isHidden();
    assertThat(enabler.locator("#topic-form")).isVisible(); // but steers the meeting
    Page participant = open(nets.own.participant(), nets);
    assertThat(participant.locator("#minutes-sections")).isVisible();
    assertThat(participant.locator("#topic-form")).isHidden();
  }
}

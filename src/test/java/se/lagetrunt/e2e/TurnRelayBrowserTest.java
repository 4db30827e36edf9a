package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.Coturn;
import se.lagetrunt.testing.TestPostgres;
import se.lagetrunt.testing.TestServer;

/**
 * Calls through a relay only (as through a firewall that lets nothing else by): a real coturn on
 * loopback over TCP, the server handing out short-lived credentials in its shared-secret scheme.
 * With the right secret the audio flows (also to a page on the SockJS fallback); with a wrong one
 * each person is told plainly.
 */
class TurnRelayBrowserTest {
  @RegisterExtension
  static final Browser browser = Browser.perClass();
  @RegisterExtension
  static final Coturn.PerClass coturn = Coturn.perClass();

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void audioGoesThroughTheRelayOnlyWithTheRightSecret(boolean rightSecret) {
    try (TestServer server = TestServer.start(TestPostgres.newDatabase(), root -> root.putObject("voice")
        .put("relayOnly", true).put("turnSecret", rightSecret ? Coturn.SECRET : "not-the-relay-secret")
        .putArray("turnUrls").add(coturn.url()))) {
      Person lena = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
      Person anna = server.person("Anna Anhörig", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
      MeetingInfo meeting = server.meeting(lena, MeetingRole.LEADER);
      server.addMember(meeting, anna, MeetingRole.PARTICIPANT);
      // Anna's page is on the SockJS fallback too: signalling over SockJS, media through the relay over TCP.
      com.microsoft.playwright.BrowserContext fallback = browser.newPerson();
      fallback.addInitScript("sessionStorage.setItem('laget-runt.transport', 'sockjs')");
      List<Page> pages = List.of(Browser.openMeeting(browser.newPerson(), server, lena, meeting),
          Browser.openMeeting(fallback, server, anna, meeting, "Ansluten (reservläge)"));
      for (Page page : pages) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anslut med ljud")).click();
      }
      for (Page page : pages) {
        if (rightSecret) {
          page.waitForFunction("""
              () => [...document.querySelectorAll('#voice-peers li')].some((li) => li.dataset.state === 'connected'
                && Number(li.dataset.bytes) > 2000)""", null, new Page.WaitForFunctionOptions().setTimeout(20_000));
        } else {
          assertThat(page.locator("#voice-status")).containsText("reläservern för ljud tog inte emot inloggningen",
              new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        }
      }
    }
  }
}

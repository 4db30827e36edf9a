package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestServer;

/**
 * Three people in one meeting join with audio (Chromium's fake microphone, a beep): every page
 * receives audio from both others, as its connections' own statistics say; one leaves and the
 * others stop expecting them; a page that reloads is in the call again by itself; the microphone
 * is switched off with M. One page speaks over the SockJS fallback.
 */
class VoiceBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  /** Every peer listed is connected, its audio arriving (bytes) and, at some moment, loud (level). */
  private static final String HEARS_ALL = """
      (count) => {
        const peers = [...document.querySelectorAll('#voice-peers li')];
        return peers.length === count && peers.every((li) => li.dataset.state === 'connected'
          && Number(li.dataset.bytes) > 2000 && Number(li.dataset.level) > 0);
      }""";

  @Test
  void everyoneHearsEveryoneElse() {
    ThreeAtTheTable table = ThreeAtTheTable.in(server);
    Person lena = table.lena();
    Person anna = table.anna();
    Person johan = table.johan();
    MeetingInfo meeting = table.meeting();
    com.microsoft.playwright.BrowserContext fallback = browser.newPerson();
    fallback.addInitScript("sessionStorage.setItem('laget-runt.transport', 'sockjs')");
    List<Page> pages = List.of(Browser.openMeeting(browser.newPerson(), server, lena, meeting),
        Browser.openMeeting(fallback, server, anna, meeting, "Ansluten (reservläge)"),
        Browser.openMeeting(browser.newPhone(), server, johan, meeting));
    for (Page page : pages) {
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anslut med ljud")).click();
      assertThat(page.locator("#voice-status")).hasText("Du hörs.");
    }
    for (Page page : pages) {
      page.waitForFunction(HEARS_ALL, 2, new Page.WaitForFunctionOptions().setTimeout(20_000));
    }
    for (Page page : pages) {
      assertThat(page.locator("#voice-status")).hasText("Du hörs.", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
          .setTimeout(1000)); // no trouble was reported on the way
    }
    assertThat(pages.get(0).locator("#voice-peers")).containsText("Anna Anhörig");
    assertThat(pages.get(0).locator("#voice-peers")).containsText("Johan Omsorg");

    pages.get(1).getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lämna ljudet")).click();
    for (Page page : List.of(pages.get(0), pages.get(2))) {
      assertThat(page.locator("#voice-peers li")).hasCount(1);
      assertThat(page.locator("#voice-peers")).not().containsText("Anna Anhörig");
    }

    // A reload, or a connection lost and back: the page is in the call again by itself.
    Page johanPage = pages.get(2);
    johanPage.reload();
    assertThat(johanPage.locator("#voice-status")).hasText("Du hörs.");
    johanPage.waitForFunction(HEARS_ALL, 1, new Page.WaitForFunctionOptions().setTimeout(20_000));
    pages.get(0).waitForFunction(HEARS_ALL, 1, new Page.WaitForFunctionOptions().setTimeout(20_000));

    Page lead = pages.get(0);
    lead.locator("body").press("m");
    assertThat(lead.locator("#voice-status")).hasText("Din mikrofon är av.");
    assertThat(lead.locator("#voice-mute")).hasAttribute("aria-pressed", "true");
  }
}

package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestServer;

/**
 * Video is optional and light: cameras are off until a person turns theirs on, and then it is
 * seen only while they have the floor – or always, for the leader who wants to be seen.
 */
class VoiceVideoBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  /** Connections and media take their time on a loaded machine: allow them what a real link would need. */
  private static final com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions MEDIA =
      new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000);

  /** The picture of {@code person} on {@code page}, playing (frames arriving). */
  private static Locator playing(Page page, Person person) {
    return page.locator("#voice-videos figure[data-person='" + person.id() + "'] video");
  }

  private static void seesVideoOf(Page page, Person person) {
    assertThat(playing(page, person)).isVisible(MEDIA);
    page.waitForFunction("(who) => document.querySelector(`#voice-videos figure[data-person='${who}'] video`)?.videoWidth > 0",
        person.id().toString());
  }

  @Test
  void aCameraIsSeenOnlyWhileItsPersonHasTheFloor() {
    ThreeAtTheTable table = ThreeAtTheTable.in(server);
    Person lena = table.lena();
    Person anna = table.anna();
    Person johan = table.johan();
    MeetingInfo meeting = table.meeting();
    Page lead = Browser.openMeeting(browser.newPerson(), server, lena, meeting);
    Page annasPage = Browser.openMeeting(browser.newPerson(), server, anna, meeting);
    Page johansPage = Browser.openMeeting(browser.newPhone(), server, johan, meeting);
    for (Page page : List.of(lead, annasPage, johansPage)) {
      page.getByRole(AriaRole.BUTTON, Browser.named("Anslut med ljud")).click();
    }
    for (Page page : List.of(lead, annasPage, johansPage)) {
      assertThat(page.locator("#voice-peers li[data-state=connected]")).hasCount(2,
          new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(20_000));
      assertThat(page.locator("#voice-videos")).isHidden(); // off by default
    }

    // Anna turns her camera on outside her turn: nobody sees her yet.
    annasPage.getByRole(AriaRole.BUTTON, Browser.named("Slå på kameran")).click();
    assertThat(annasPage.locator("#voice-camera")).hasAttribute("aria-pressed", "true");
    // The leader wants to be seen: always.
    lead.getByRole(AriaRole.BUTTON, Browser.named("Slå på kameran")).click();
    seesVideoOf(johansPage, lena);
    seesVideoOf(annasPage, lena);
    assertThat(playing(johansPage, anna)).hasCount(0);

    // Lena's turn, then Anna's: now Anna is seen; when her turn ends, she is not.
    lead.getByRole(AriaRole.BUTTON, Browser.named("Starta en runda")).click();
    assertThat(playing(johansPage, anna)).hasCount(0);
    lead.getByRole(AriaRole.BUTTON, Browser.named("Avsluta turen")).click();
    seesVideoOf(johansPage, anna);
    seesVideoOf(lead, anna);
    lead.getByRole(AriaRole.BUTTON, Browser.named("Avsluta turen")).click();
    assertThat(playing(johansPage, anna)).hasCount(0);
    assertThat(playing(lead, anna)).hasCount(0);
    assertThat(playing(annasPage, johan)).hasCount(0); // Johan's camera was never on
  }
}

package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestServer;

/**
 * The round gives the floor, in three real pages in one call: the one whose turn it is is heard
 * and the others' microphones close at each turn; strict mode refuses an unmute with a clear
 * message; the leader mutes and asks to unmute (never forces); a reply hand given the floor opens
 * that microphone and closes it again when done; in open mode anyone may unmute.
 */
class VoiceFloorBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  private static final String HEARD = "Du hörs.";
  private static final String OFF = "Din mikrofon är av.";
  /** A turn moves the microphones within a second. */
  private static final LocatorAssertions.HasTextOptions WITHIN_A_SECOND = new LocatorAssertions.HasTextOptions().setTimeout(1000);

  private static Locator status(Page page) {
    return page.locator("#voice-status");
  }

  /** How {@code page} sees {@code name}'s microphone in the call: "open" or "closed". */
  private static Locator micOf(Page page, String name) {
    return page.locator("#voice-peers li").filter(new Locator.FilterOptions().setHasText(name));
  }

  @Test
  void theRoundDecidesWhoIsHeard() throws java.io.IOException {
    ThreeAtTheTable table = ThreeAtTheTable.in(server);
    Person lena = table.lena();
    Person anna = table.anna();
    Person johan = table.johan();
    MeetingInfo meeting = table.meeting();
    Page lead = Browser.openMeeting(browser.newPerson(), server, lena, meeting);
    Page annasPage = Browser.openMeeting(browser.newPerson(), server, anna, meeting);
    Page johansPage = Browser.openMeeting(browser.newPhone(), server, johan, meeting);
    List<Page> pages = List.of(lead, annasPage, johansPage);
    for (Page page : pages) {
      page.getByRole(AriaRole.BUTTON, Browser.named("Anslut med ljud")).click();
      assertThat(status(page)).hasText(HEARD); // outside a round: open discussion
    }
    for (Page page : pages) {
      assertThat(page.locator("#voice-peers li[data-mic=open]")).hasCount(2);
    }

    // The round starts with Lena (first to join): the others are muted by default.
    lead.getByRole(AriaRole.BUTTON, Browser.named("Starta en runda")).click();
    assertThat(lead.locator("#your-turn")).isVisible();
    assertThat(status(annasPage)).hasText(OFF, WITHIN_A_SECOND);
    assertThat(status(johansPage)).hasText(OFF, WITHIN_A_SECOND);
    assertThat(status(lead)).hasText(HEARD);
    assertThat(micOf(lead, "Anna Anhörig")).hasAttribute("data-mic", "closed");
    assertThat(annasPage.locator("#announcer")).hasText("Ordet gick vidare – din mikrofon är av.");

    // Strict: Anna cannot open her microphone in Lena's turn, and is told why.
    annasPage.locator("body").press("m");
    assertThat(status(annasPage)).hasText(java.util.regex.Pattern.compile("^Någon annan har ordet"));
    assertThat(micOf(lead, "Anna Anhörig")).hasAttribute("data-mic", "closed");

    // Anna's turn: her microphone opens by itself; Lena's stays (she steers); Johan's stays closed.
    lead.getByRole(AriaRole.BUTTON, Browser.named("Avsluta turen")).click();
    assertThat(status(annasPage)).hasText(HEARD, WITHIN_A_SECOND);
    assertThat(annasPage.locator("#announcer")).hasText("Du hörs.");
    assertThat(micOf(johansPage, "Anna Anhörig")).hasAttribute("data-mic", "open");
    assertThat(status(johansPage)).hasText(OFF);
    assertThat(status(lead)).hasText(HEARD);

    // The audio controls, as the leader and as a participant asked to unmute see them: no WCAG 2.1 A/AA violation.
    org.junit.jupiter.api.Assertions.assertEquals(List.of(), Accessibility.violations(lead));

    // The leader mutes Anna, then asks her to unmute: only she can, and does.
    lead.getByRole(AriaRole.BUTTON, Browser.named("Stäng av mikrofonen: Anna Anhörig")).click();
    assertThat(status(annasPage)).hasText(OFF);
    assertThat(annasPage.locator("#announcer")).hasText("Ledaren stängde av din mikrofon.");
    lead.getByRole(AriaRole.BUTTON, Browser.named("Be slå på mikrofonen: Anna Anhörig")).click();
    assertThat(annasPage.locator("#voice-asked")).containsText("Lena Ledare ber dig slå på mikrofonen.");
    assertThat(status(annasPage)).hasText(OFF);
    org.junit.jupiter.api.Assertions.assertEquals(List.of(), Accessibility.violations(annasPage));
    annasPage.locator("#voice-asked").getByRole(AriaRole.BUTTON).click();
    assertThat(status(annasPage)).hasText(HEARD);

    // Johan replies; the leader gives his hand the floor: his microphone opens, and closes when he is done.
    johansPage.getByRole(AriaRole.BUTTON, Browser.named("Svara talaren")).click();
    lead.getByRole(AriaRole.BUTTON, Browser.named("Ge ordet: Johan Omsorg")).click();
    assertThat(status(johansPage)).hasText(HEARD, WITHIN_A_SECOND);
    assertThat(johansPage.locator("#floor-text")).hasText("Du har ordet. Säg Klar när du är färdig.");
    assertThat(status(annasPage)).hasText(HEARD);
    johansPage.locator("#floor-done").click();
    assertThat(status(johansPage)).hasText(OFF, WITHIN_A_SECOND);
    assertThat(johansPage.locator("#floor")).isHidden();

    // Open mode: anyone may unmute during a turn (the round only suggests).
    lead.locator("#voice-mode").selectOption("open");
    johansPage.locator("body").press("m");
    assertThat(status(johansPage)).hasText(HEARD);
    assertThat(micOf(annasPage, "Johan Omsorg")).hasAttribute("data-mic", "open");
    // ... and back to strict mid-turn: everyone but the floor (and the leader) is closed again.
    lead.locator("#voice-mode").selectOption("strict");
    assertThat(status(johansPage)).hasText(OFF);
    assertThat(status(annasPage)).hasText(HEARD);

    // The round ends: open discussion, nobody else is closed; the last speaker's microphone closes.
    lead.getByRole(AriaRole.BUTTON, Browser.named("Avsluta rundan")).click();
    assertThat(status(annasPage)).hasText(OFF);
    johansPage.locator("body").press("m");
    assertThat(status(johansPage)).hasText(HEARD);
  }
}

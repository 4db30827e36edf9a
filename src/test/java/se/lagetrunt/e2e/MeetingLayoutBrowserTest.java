package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.lagetrunt.e2e.Browser.named;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestTerm;
import se.lagetrunt.testing.TestServer;

/**
 * What matters now is always in view, wherever someone has scrolled to: the current question,
 * the turn, their own controls and the hand – on a phone (390×844), where the rest of the meeting
 * is in tabs, and on an old laptop (1366×768), where the round and the leader's steering sit in a
 * column beside the rest. Checked at every turn state: before the round, someone else speaking,
 * one's own turn, and the floor given to a raised hand. Screenshots of each state are kept in
 * target/screenshots/layout.
 */
class MeetingLayoutBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();
  private static final Path SHOTS = Path.of("target/screenshots/layout");
  private static final LocatorAssertions.IsInViewportOptions WHOLLY = new LocatorAssertions.IsInViewportOptions().setRatio(1);

  private static Page open(BrowserContext context, String link) {
    Page page = context.newPage();
    page.navigate(link);
    page.getByRole(AriaRole.LINK, named("Möte 1 – Introduktion")).first().click();
    assertThat(page.locator("#status")).hasText("Ansluten");
    return page;
  }

  /** As far down as the page goes – on a phone in the minutes, the longest part. */
  private static void scrollAway(Page page) {
    Page.GetByRoleOptions minutes = named("Anteckningar");
    if (page.getByRole(AriaRole.TAB, minutes).isVisible()) {
      page.getByRole(AriaRole.TAB, minutes).click();
    }
    page.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight)");
  }

  /** What axe-core and the pages' policy found on the way, by state and page. */
  private final List<String> found = new ArrayList<>();

  private void inView(Page page, String state, String who, String... controls) {
    scrollAway(page);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(state + "-" + who + ".png")));
    assertThat(page.locator("#now-question")).isInViewport(WHOLLY);
    assertThat(page.locator("#raise-hand")).isInViewport(WHOLLY);
    for (String control : controls) {
      assertThat(page.locator(control)).isVisible();
      assertThat(page.locator(control)).isInViewport(WHOLLY);
    }
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(state + "-" + who + ".png")));
    try {
      Accessibility.violations(page).forEach(violation -> found.add(state + ", " + who + ": " + violation));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Accessibility.policyViolations(page).forEach(violation -> found.add(state + ", " + who + ": " + violation));
  }

  @Test
  void whatMattersNowIsInViewOnAPhoneAndAnOldLaptopAtEveryTurnState() {
    RestTerm term = RestTerm.create(server, "Umeå kommun");
    String leaderLink = term.add(term.enablerToken(),
        "{\"name\":\"Lena Ledare\",\"group\":\"official\",\"role\":\"leader\"}").get("link").asText();
    String leaderToken = term.rest().signIn(leaderLink);
    String annaLink = term.add(leaderToken, "{\"name\":\"Anna Anhörig\",\"group\":\"family-carer\"}").get("link").asText();
    String boLink = term.add(leaderToken, "{\"name\":\"Bo Vårdare\",\"group\":\"care-staff\"}").get("link").asText();
    term.series(leaderToken, server.clock().instant().minus(Duration.ofMinutes(10)), 3);

    Page lena = open(browser.newScreen(1366, 768), leaderLink);
    Page anna = open(browser.newPhone(), annaLink);
    Page bo = open(browser.newScreen(1366, 768), boLink);
    lena.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Gör aktuell: "))).first().click();
    assertThat(anna.locator("#now-question")).not().hasText("Ingen fråga är vald ännu.");

    inView(anna, "1-before-the-round", "anna-phone");
    inView(bo, "1-before-the-round", "bo-laptop");
    inView(lena, "1-before-the-round", "lena-laptop", "#start-round-form button[type=submit]");

    lena.getByRole(AriaRole.BUTTON, named("Starta en runda")).click();
    assertThat(anna.locator("#round-status")).containsText("Nu talar Lena Ledare.");
    inView(anna, "2-lena-speaks", "anna-phone", "#round-status");
    inView(bo, "2-lena-speaks", "bo-laptop", "#round-status");
    inView(lena, "2-lena-speaks", "lena-laptop", "#your-turn", "#done", "#leader-skip", "#end-round");

    lena.locator("#done").click();
    assertThat(anna.locator("#your-turn")).isVisible();
    inView(anna, "3-annas-turn", "anna-phone", "#your-turn", "#done", "#pass");
    inView(lena, "3-annas-turn", "lena-laptop", "#leader-done", "#leader-skip", "#end-round");
    anna.locator("#done").click();

    assertThat(bo.locator("#your-turn")).isVisible();
    inView(bo, "4-bos-turn", "bo-laptop", "#your-turn", "#done", "#pass");
    inView(anna, "4-bos-turn", "anna-phone", "#round-status");
    anna.locator("#raise-hand").click();
    assertThat(lena.locator("#hand-list")).containsText("Anna Anhörig");
    bo.locator("#pass").click();
    lena.getByRole(AriaRole.BUTTON, named("Ge ordet: Anna Anhörig")).click();

    assertThat(anna.locator("#floor-done")).isVisible();
    inView(anna, "5-the-floor-to-annas-hand", "anna-phone", "#floor-text", "#floor-done");
    inView(lena, "5-the-floor-to-annas-hand", "lena-laptop", "#leader-floor-done");
    inView(bo, "5-the-floor-to-annas-hand", "bo-laptop", "#floor-text");

    // Every tab on the phone, for the participant and for the leader.
    Page lenasPhone = open(browser.newPhone(), leaderLink);
    for (Page phone : List.of(anna, lenasPhone)) {
      for (String part : List.of("Frågan", "Rundan", "Anteckningar", "Deltagare")) {
        Browser.showPart(phone, part);
        assertThat(phone.getByRole(AriaRole.TAB, named(part))).hasAttribute("aria-selected", "true");
        try {
          Accessibility.violations(phone).forEach(violation -> found.add(part + " on a phone: " + violation));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
    assertEquals(List.of(), found, String.join("\n", found));
  }
}

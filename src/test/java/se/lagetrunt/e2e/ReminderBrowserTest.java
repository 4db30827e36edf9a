package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.MailedServer;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.RestTerm;
import se.lagetrunt.testing.TestServer;

/** An enabler sees late minutes on the theme page and reminds the leaders from there. */
class ReminderBrowserTest {
  @RegisterExtension
  static final Browser browser = Browser.perClass();
  @RegisterExtension
  static final MailedServer mailed = new MailedServer();

  @Test
  void anEnablerRemindsTheLeadersOfLateMinutesFromTheThemePage() {
    TestServer server = mailed.server();
    RestTerm term = RestTerm.create(server, "Sollefteå");
    RestClient rest = term.rest();
    String token = term.enablerToken();
    String theme = term.theme();
    term.leader("Lena Ledare", "lena@example.se");
    term.leader("Leo Ledare", null);
    term.series(token, server.clock().instant().minus(java.time.Duration.ofDays(5 * 7)), 4);
    JsonNode late = rest.ok("GET", "/api/theme-networks/" + theme + "/minutes", token, null).get(0);
    assertTrue(late.get("late").asBoolean(), late.toString());

    Page page = browser.newPerson().newPage();
    page.navigate(TestServer.await(server.server().services().links().create(term.enabler().id())));
    page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dina möten")).waitFor();
    page.navigate(server.url() + "/theme.html?id=" + theme);
    Locator row = page.locator("#theme-minutes tbody tr").filter(new Locator.FilterOptions().setHasText(late.get("title").asText()));
    assertThat(row).containsText("Sen");
    page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/theme-late-minutes.png")).setFullPage(true));
    row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
        .setName("Påminn ledarna om minnesanteckningarna från " + late.get("title").asText())).click();
    assertThat(page.locator("#message")).hasText(
        "Påminnelsen gick till Lena Ledare. Den nådde inte Leo Ledare – hör av dig till dem på annat sätt.");
    assertThat(row).containsText("påmint");
    assertThat(row.getByRole(AriaRole.BUTTON)).hasCount(0);
    assertTrue(mailed.smtp().waitForIncomingEmail(5000, 1), "the e-mail went out");
  }
}

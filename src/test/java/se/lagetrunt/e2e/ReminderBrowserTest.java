package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.AccountRole;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestPostgres;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TestSmtp;

/** An enabler sees late minutes on the theme page and reminds the leaders from there. */
class ReminderBrowserTest {
  @RegisterExtension
  static final Browser browser = Browser.perClass();
  private static GreenMail smtp;
  private static TestServer server;

  @BeforeAll
  static void start() {
    smtp = TestSmtp.start();
    server = TestServer.start(TestPostgres.newDatabase(), root -> TestSmtp.configure(root, smtp));
  }

  @AfterAll
  static void stop() {
    server.close();
    smtp.stop();
  }

  @Test
  void anEnablerRemindsTheLeadersOfLateMinutesFromTheThemePage() {
    RestClient rest = new RestClient(server);
    Person enabler = server.person("Maria Möjliggörare", AccountRole.ENABLER, StakeholderGroup.RESEARCHER);
    String token = server.token(enabler);
    String theme = rest.ok("POST", "/api/theme-networks", token, "{\"name\":\"Nära vård\"}").get("id").asText();
    String local = rest.ok("POST", "/api/theme-networks/" + theme + "/local-networks", token,
        "{\"name\":\"Sollefteå\"}").get("id").asText();
    String members = "/api/local-networks/" + local + "/members";
    rest.ok("POST", members, token,
        "{\"name\":\"Lena Ledare\",\"email\":\"lena@example.se\",\"group\":\"official\",\"role\":\"leader\"}");
    rest.ok("POST", members, token, "{\"name\":\"Leo Ledare\",\"group\":\"manager\",\"role\":\"leader\"}");
    String first = OffsetDateTime.now().minusWeeks(5).withNano(0).toString();
    rest.ok("POST", "/api/local-networks/" + local + "/series", token,
        "{\"templateKey\":\"nara-vard\",\"firstMeetingAt\":\"" + first + "\",\"weeksBetween\":4}");
    JsonNode late = rest.ok("GET", "/api/theme-networks/" + theme + "/minutes", token, null).get(0);
    assertTrue(late.get("late").asBoolean(), late.toString());

    Page page = browser.newPerson().newPage();
    page.navigate(TestServer.await(server.server().services().links().create(enabler.id())));
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
    assertTrue(smtp.waitForIncomingEmail(5000, 1), "the e-mail went out");
  }
}

package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/** A participant makes a calendar link on the start page, a calendar program reads it, and she ends it. */
class CalendarFeedBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  @Test
  void aParticipantMakesACalendarLinkAndEndsIt() throws Exception {
    TwoNetworks nets = new TwoNetworks(server);
    Page page = browser.newPerson().newPage();
    page.navigate(TestServer.await(server.server().services().links().create(nets.own.participant().id())));
    page.getByRole(AriaRole.HEADING, Browser.named("Dina möten")).waitFor();
    assertThat(page.locator("#feed-state")).hasText("Du har ingen kalenderlänk.");
    page.getByRole(AriaRole.BUTTON, Browser.named("Skapa en kalenderlänk")).click();
    assertThat(page.locator("#feed-url")).isFocused();
    String url = page.locator("#feed-url").inputValue();
    assertEquals(List.of(), Accessibility.violations(page), "the start page with a calendar link");
    RestClient rest = new RestClient(server);
    String ics = new String(rest.fetch(url.substring(server.url().length()), null).body(), StandardCharsets.UTF_8);
    assertTrue(ics.contains("UID:" + nets.own.localMeeting() + "@laget-runt"), "a calendar program reads her meetings");

    page.reload();
    assertThat(page.locator("#feed-state")).containsText("Du har en kalenderlänk sedan");
    page.onceDialog(dialog -> dialog.accept());
    page.getByRole(AriaRole.BUTTON, Browser.named("Sluta dela kalendern")).click();
    assertThat(page.locator("#message")).hasText("Kalenderlänken fungerar inte längre.");
    assertEquals(404, rest.fetch(url.substring(server.url().length()), null).statusCode());
  }
}

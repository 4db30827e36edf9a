package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * An enabler writes the theme's own template from a built-in one (three meetings, her own first
 * title); a leader chooses it, adapts a meeting's questions, picks the length and creates the series.
 */
class SeriesTemplateBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  @Test
  void anEnablerWritesATemplateAndALeaderAdaptsItIntoASeries() throws Exception {
    TwoNetworks nets = new TwoNetworks(server);
    Page enabler = browser.newPerson().newPage();
    enabler.navigate(TestServer.await(server.server().services().links().create(nets.own.enabler().id())));
    enabler.getByRole(AriaRole.HEADING, Browser.named("Dina möten")).waitFor();
    enabler.navigate(server.url() + "/theme.html?id=" + nets.own.theme().id());
    assertThat(enabler.locator("#no-own-templates")).isVisible();
    enabler.locator("#template-edit summary").click();
    enabler.getByLabel("Utgå från").selectOption("nara-vard");
    enabler.getByLabel("Mallens namn").fill("Sörmland – anhöriga som samverkanspart");
    for (int i = 0; i < 3; i++) {
      enabler.getByRole(AriaRole.BUTTON, Browser.named("Ta bort det sista mötet")).click();
    }
    Locator first = enabler.locator("#template-meetings fieldset").first();
    first.getByLabel("Titel").fill("Träff 1 – Vad menar vi med anhörig?");
    assertEquals(List.of(), Accessibility.violations(enabler), "the theme page writing a template");
    enabler.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/theme-template.png")).setFullPage(true));
    enabler.getByRole(AriaRole.BUTTON, Browser.named("Spara mallen")).click();
    assertThat(enabler.locator("#message")).hasText("Mallen \"Sörmland – anhöriga som samverkanspart\" är sparad.");
    assertThat(enabler.locator("#own-template-list li")).hasCount(1);
    assertThat(enabler.locator("#own-template-list li")).containsText("3 möten");

    Page leader = browser.newPerson().newPage();
    leader.navigate(TestServer.await(server.server().services().links().create(nets.own.leader().id())));
    leader.getByRole(AriaRole.HEADING, Browser.named("Dina möten")).waitFor();
    leader.navigate(server.url() + "/network.html?id=" + nets.own.local().id());
    leader.getByLabel("Mall").selectOption(new com.microsoft.playwright.options.SelectOption()
        .setLabel("Sörmland – anhöriga som samverkanspart"));
    leader.getByLabel("Första mötet").fill(server.clock().inSweden().plusDays(30).withHour(17).withMinute(30)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
    leader.getByLabel("Mötenas längd i minuter").fill("90");
    leader.locator("#series-customise summary").click();
    Locator second = leader.locator("#series-meetings fieldset").nth(1);
    second.getByLabel("Frågor, en per rad").fill("Vad ser ni behövs på individnivå?\nVad behövs på verksamhetsnivå?");
    assertEquals(List.of(), Accessibility.violations(leader), "the network page adapting a series");
    leader.getByRole(AriaRole.BUTTON, Browser.named("Skapa en mötesserie")).click();
    assertThat(leader.locator("#meeting-list")).containsText("Träff 1 – Vad menar vi med anhörig?");

    RestClient rest = new RestClient(server);
    String token = server.token(nets.own.leader());
    int checked = 0;
    for (JsonNode meeting : rest.ok("GET", "/api/meetings", token, null)) {
      if (meeting.get("title").asText().equals("Träff 1 – Vad menar vi med anhörig?")) {
        assertEquals(90, rest.ok("GET", "/api/meetings/" + meeting.get("id").asText(), token, null).get("durationMinutes").asInt());
        checked++;
      }
      if (meeting.get("round").asInt() == 2 && "local".equals(meeting.get("kind").asText())
          && !meeting.get("seriesId").asText().equals(nets.own.series().toString())) {
        JsonNode shown = rest.ok("GET", "/api/meetings/" + meeting.get("id").asText(), token, null);
        assertEquals("Vad behövs på verksamhetsnivå?", shown.at("/board/questions/1/text").asText());
        checked++;
      }
    }
    assertEquals(2, checked, "the new series' first and second meetings were found");
  }
}

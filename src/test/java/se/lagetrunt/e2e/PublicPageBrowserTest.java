package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.SubmittedMinutes;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * An enabler shares a published compilation as an open page from the compilation page; someone
 * who never signed in opens the link and reads it, in Swedish or English; both pages pass axe.
 */
class PublicPageBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  @Test
  void anEnablerSharesACompilationAndAStrangerReadsIt() throws java.io.IOException {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String enablerToken = server.token(nets.own.enabler());
    SubmittedMinutes.submitFirstQuestion(server, nets.own.leader(), nets.own.localMeeting(), "Anhöriga vill bli tillfrågade.");
    String round = "/api/theme-networks/" + nets.own.theme().id() + "/compilations/1";
    rest.ok("PUT", round, enablerToken, "{\"text\":" + Json.write(Json.MAPPER.valueToTree(
        "## Vad vi hörde\n\n> Vi vill bli tillfrågade, sa en anhörig.")) + ",\"version\":0}");
    rest.ok("POST", round + "/publish", enablerToken, "{\"version\":1}");

    Page enabler = browser.newPerson().newPage();
    enabler.navigate(TestServer.await(server.server().services().links().create(nets.own.enabler().id())));
    assertThat(enabler.getByRole(AriaRole.HEADING, Browser.named("Dina möten"))).isVisible();
    enabler.navigate(server.url() + "/compilation.html?theme=" + nets.own.theme().id() + "&round=1");
    enabler.getByRole(AriaRole.BUTTON, Browser.named("Dela som öppen sida")).click();
    assertThat(enabler.locator("#message")).hasText("Sammanställningen kan nu läsas av alla som har länken.");
    String url = enabler.getByLabel("Länk till den öppna sidan").inputValue();
    assertTrue(url.startsWith(server.url() + "/public.html#"), url);
    assertEquals(List.of(), Accessibility.violations(enabler));

    Page stranger = browser.newPhone().newPage();
    stranger.navigate(url);
    assertThat(stranger.locator("h1")).hasText("Sammanställning, omgång 1 – " + nets.own.theme().name());
    assertThat(stranger.locator("#published-text blockquote")).hasText("Vi vill bli tillfrågade, sa en anhörig.");
    assertThat(stranger.getByRole(AriaRole.LINK, Browser.named("Ladda ner som PDF"))).isVisible();
    assertEquals(List.of(), Accessibility.violations(stranger));
    stranger.locator("#language").click();
    assertThat(stranger.locator("h1")).hasText("Compilation, round 1 – " + nets.own.theme().name());
    assertEquals(List.of(), Accessibility.policyViolations(stranger));

    enabler.getByRole(AriaRole.BUTTON, Browser.named("Sluta dela")).click();
    assertThat(enabler.locator("#message")).hasText("Länken fungerar inte längre.");
    stranger.reload();
    assertThat(stranger.locator("#message")).hasText("This compilation is not shared (any more).");
  }
}

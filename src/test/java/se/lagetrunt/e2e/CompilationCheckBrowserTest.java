package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * The enabler sends the draft to the leaders; publishing early asks first and waits when told
 * to; the leader reads the version sent, says they are done and still comments on a section; the
 * enabler sees the answer, marks the comment dealt with and publishes. Both pages pass axe.
 */
class CompilationCheckBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  @Test
  void leadersCheckTheDraftInThePage() throws java.io.IOException {
    TwoNetworks nets = new TwoNetworks(server);
    String round = "/api/theme-networks/" + nets.own.theme().id() + "/compilations/1";
    new RestClient(server).ok("PUT", round, server.token(nets.own.enabler()), "{\"text\":" + Json.write(Json.MAPPER.valueToTree(
        "## Vad fungerar\n\nAnhöriga vill bli tillfrågade.\n\n## Vad saknas\n\nTid att ses.")) + ",\"version\":0}");
    String page = server.url() + "/compilation.html?theme=" + nets.own.theme().id() + "&round=1";

    Page enabler = signIn(nets.own.enabler());
    enabler.navigate(page);
    assertThat(enabler.getByRole(AriaRole.HEADING, Browser.named("Granskning av ledarna"))).isVisible();
    enabler.getByRole(AriaRole.BUTTON, Browser.named("Skicka till ledarna för granskning")).click();
    assertThat(enabler.locator("#message")).hasText("Utkastet är skickat till ledarna.");
    assertThat(enabler.locator("#check-status")).containsText("0 av 1 ledare har svarat.");
    assertThat(enabler.locator("#check")).containsText("Väntar på: " + nets.own.leader().displayName());

    // Publishing now asks twice: the usual question, then whether to go past the leaders. No: it waits.
    List<String> asked = new ArrayList<>();
    enabler.onDialog(dialog -> {
      asked.add(dialog.message());
      if (dialog.message().startsWith("Alla ledare har inte svarat")) {
        dialog.dismiss();
      } else {
        dialog.accept();
      }
    });
    enabler.getByRole(AriaRole.BUTTON, Browser.named("Publicera för de lokala nätverken")).click();
    assertThat(enabler.locator("#message")).hasText("Alla ledare har inte svarat på granskningen ännu, och svarstiden har inte gått ut.");
    assertEquals(2, asked.size(), asked.toString());
    assertThat(enabler.locator("#published-line")).hasText("Inte publicerad ännu.");

    // The leader's start page says there is a draft to check; its link opens it.
    Page leader = signIn(nets.own.leader());
    assertThat(leader.locator("#check-list")).containsText("Möjliggörarna vill ha dina synpunkter senast");
    leader.getByRole(AriaRole.LINK, Browser.named("Sammanställningen av Möte 1 – Introduktion i " + nets.own.theme().name())).click();
    assertThat(leader.getByRole(AriaRole.HEADING, Browser.named("Granska utkastet"))).isVisible();
    assertThat(leader.locator("#check-text")).containsText("Anhöriga vill bli tillfrågade.");
    leader.getByRole(AriaRole.BUTTON, Browser.named("Jag har läst – inga fler synpunkter")).click();
    assertThat(leader.locator("#message")).hasText("Tack! Möjliggörarna ser att du är klar.");
    assertThat(leader.locator("#check")).containsText("Du har svarat. Du kan fortfarande skicka synpunkter");
    leader.getByLabel("Avsnitt").selectOption("Vad saknas");
    leader.getByLabel("Din synpunkt").fill("Nämn också avlösning i hemmet.");
    leader.getByRole(AriaRole.BUTTON, Browser.named("Skicka synpunkten")).click();
    assertThat(leader.locator("#message")).hasText("Tack! Din synpunkt är skickad till möjliggörarna.");
    assertThat(leader.getByLabel("Din synpunkt")).hasValue("");
    assertEquals(List.of(), Accessibility.violations(leader));
    leader.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/compilation-check-leader.png")));

    enabler.reload();
    assertThat(enabler.locator("#check-status")).containsText("1 av 1 ledare har svarat.");
    assertThat(enabler.locator(".check-comments")).containsText("Vad saknas · " + nets.own.leader().displayName());
    enabler.getByRole(AriaRole.BUTTON, Browser.named("Markera synpunkten från " + nets.own.leader().displayName()
        + " om Vad saknas som åtgärdad")).click();
    assertThat(enabler.locator(".check-comments")).containsText("Åtgärdad av " + nets.own.enabler().displayName());
    assertEquals(List.of(), Accessibility.violations(enabler));
    asked.clear();
    enabler.getByRole(AriaRole.BUTTON, Browser.named("Publicera för de lokala nätverken")).click();
    assertThat(enabler.locator("#message")).hasText("Sammanställningen är publicerad för de lokala nätverken.");
    assertEquals(1, asked.size(), "everyone has answered: only the usual question " + asked);
    assertThat(enabler.locator("#check-status")).containsText("är avslutad");
    assertTrue(asked.get(0).startsWith("Publicera"), asked.toString());
  }

  private static Page signIn(Person person) {
    Page page = browser.newPerson().newPage();
    page.navigate(TestServer.await(server.server().services().links().create(person.id())));
    assertThat(page.getByRole(AriaRole.HEADING, Browser.named("Dina möten"))).isVisible();
    return page;
  }
}

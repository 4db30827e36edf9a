package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * The leader starts the network's plan from its page, writes an area and a measure, keeps what
 * they typed when the enabler changed the same measure first, and takes the plan to a decision
 * and a follow-up meeting of its own; a participant reads it on a phone; the enabler sees it on
 * the theme page; the network adds one more meeting for the same people.
 * Every page passes axe. Screenshots are kept in target/screenshots/plan.
 */
class PlanBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  @Test
  void aLeaderWritesThePlanAndTakesItToADecision() throws Exception {
    TwoNetworks nets = new TwoNetworks(server);
    Page leader = signIn(browser.newPerson().newPage(), nets.own.leader());
    leader.navigate(server.url() + "/network.html?id=" + nets.own.local().id());
    leader.getByRole(AriaRole.BUTTON, Browser.named("Starta en lokal plan")).click();
    assertThat(leader.locator("h1")).hasText("Lokal plan – " + nets.own.local().name());
    assertThat(leader.locator("#plan-status")).hasText("Läge: Utkast");

    // A participant follows the plan on a phone as it is written: no reload.
    String planUrl = leader.url();
    Page participant = signIn(browser.newPhone().newPage(), nets.own.participant());
    participant.navigate(planUrl);
    assertThat(participant.locator("#no-areas")).isVisible();

    leader.getByLabel("Nytt prioriterat område").fill("Avlösning i hemmet");
    leader.getByRole(AriaRole.BUTTON, Browser.named("Lägg till området")).click();
    assertThat(leader.locator(".plan-area h3")).hasText("1. Avlösning i hemmet");
    Locator area = leader.locator(".plan-area");
    area.locator("summary", new Locator.LocatorOptions().setHasText("Lägg till en åtgärd")).click();
    area.getByLabel("Åtgärd").fill("Kartlägg behovet av avlösning");
    area.getByLabel("Kommunen").check();
    area.getByLabel("När").fill("Våren 2027");
    area.getByLabel("Behöver").fill("Tid och en enkät");
    area.getByRole(AriaRole.BUTTON, Browser.namedIn("Spara")).click();
    assertThat(leader.locator("#message")).hasText("Åtgärden är tillagd.");
    Locator measure = leader.locator(".plan-measure");
    assertThat(measure).containsText("Ansvar: Kommunen · När: Våren 2027");
    assertThat(participant.locator(".plan-measure")).containsText("Kartlägg behovet av avlösning",
        new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));

    // The meeting page has the plan being written at hand.
    leader.navigate(server.url() + "/meeting.html?id=" + nets.own.localMeeting());
    assertThat(leader.locator("#plan-anchor")).hasText("Nätverkets plan skrivs: öppna Lokal plan – " + nets.own.local().name());
    leader.locator("#plan-anchor").click();

    // While the leader types, the enabler saves the same measure first; the leader's text is kept in the open form.
    measure.locator("summary", new Locator.LocatorOptions().setHasText("Ändra åtgärden")).click();
    measure.getByLabel("Åtgärd").fill("Kartlägg behovet av avlösning tillsammans med anhörigföreningen");
    RestClient rest = new RestClient(server);
    String planId = planUrl.substring(planUrl.indexOf("id=") + 3);
    JsonNode plan = rest.ok("GET", "/api/plans/" + planId, server.token(nets.own.enabler()), null);
    rest.ok("PUT", "/api/plan-measures/" + plan.at("/areas/0/measures/0/id").asText(), server.token(nets.own.enabler()),
        "{\"what\":\"Kartlägg behovet av avlösning, med enkät\",\"responsible\":[\"municipality\"],\"due\":\"Våren 2027\",\"version\":1}");
    measure.getByRole(AriaRole.BUTTON, Browser.namedIn("Spara")).click();
    assertThat(leader.locator("#message")).containsText("Någon annan ändrade åtgärden under tiden.");
    assertThat(measure.locator(".plan-what")).hasText("Kartlägg behovet av avlösning, med enkät");
    assertThat(measure.getByLabel("Åtgärd")).hasValue("Kartlägg behovet av avlösning tillsammans med anhörigföreningen");
    measure.getByRole(AriaRole.BUTTON, Browser.namedIn("Spara")).click();
    assertThat(leader.locator("#message")).hasText("Sparat.");
    assertThat(measure.locator(".plan-what")).hasText("Kartlägg behovet av avlösning tillsammans med anhörigföreningen");
    assertEquals(List.of(), Accessibility.violations(leader));

    leader.getByRole(AriaRole.BUTTON, Browser.named("Föreslå planen")).click();
    assertThat(leader.locator("#plan-status")).hasText("Läge: Förslag");

    // Proposed, it goes round the group: the participant comments on an area from the phone.
    LocatorAssertions.IsVisibleOptions soon = new LocatorAssertions.IsVisibleOptions().setTimeout(10_000);
    assertThat(participant.locator("#comment-form")).isVisible(soon);
    participant.getByLabel("Synpunkt på").selectOption(new SelectOption().setLabel("Avlösning i hemmet"));
    participant.getByLabel("Din synpunkt").fill("Glöm inte de anhöriga som arbetar dagtid.");
    participant.getByRole(AriaRole.BUTTON, Browser.named("Skicka synpunkten")).click();
    assertThat(participant.locator("#message")).hasText("Tack! Din synpunkt är skickad till ledarna.");
    assertEquals(List.of(), Accessibility.violations(participant));
    leader.getByRole(AriaRole.BUTTON, Browser.named("Markera synpunkten från " + nets.own.participant().displayName()
        + " om Avlösning i hemmet som åtgärdad")).click();
    assertThat(leader.locator("#comment-list")).containsText("Åtgärdad av " + nets.own.leader().displayName());
    leader.getByLabel("Skickad till (nämnd, styrelse eller annan)").fill("Kommunstyrelsen");
    leader.getByLabel("Datum").fill("2027-01-10");
    leader.getByRole(AriaRole.BUTTON, Browser.named("Markera som skickad")).click();
    assertThat(leader.locator("#plan-status")).hasText("Läge: Skickad för beslut – skickad till Kommunstyrelsen den 2027-01-10");
    assertThat(leader.locator("#area-form")).isHidden();
    leader.getByLabel("Beslutsdatum").fill("2027-02-14");
    leader.getByLabel("Diarienummer eller beslut (valfritt)").fill("KS 2027/12");
    leader.getByRole(AriaRole.BUTTON, Browser.named("Antagen")).click();
    assertThat(leader.locator("#plan-status")).containsText("Läge: Antagen");
    measure.getByLabel("Läge").selectOption("started");
    assertThat(leader.locator("#message")).hasText("Sparat.");
    // Months later the group follows the plan up in a meeting of its own, with the plan at hand.
    leader.getByLabel("När ska gruppen följa upp planen?").fill("2027-09-15T18:00");
    leader.getByRole(AriaRole.BUTTON, Browser.named("Planera uppföljningsmötet")).click();
    assertThat(leader.locator("#message")).containsText("är planerat.");
    leader.getByRole(AriaRole.LINK, Browser.named("Mötet där planen följs upp")).click();
    assertThat(leader.locator("#plan-anchor")).hasText("Mötet följer upp: Lokal plan – " + nets.own.local().name());
    leader.locator("#plan-anchor").click();
    leader.getByRole(AriaRole.BUTTON, Browser.named("Markera som uppföljd")).click();
    assertThat(leader.locator("#plan-status")).containsText("Läge: Uppföljd");
    assertEquals(List.of(), Accessibility.violations(leader));
    leader.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/plan/leader.png")));
    Download pdf = leader.waitForDownload(() -> leader.getByRole(AriaRole.BUTTON, Browser.named("Ladda ner som PDF")).click());
    assertEquals("lokal-plan.pdf", pdf.suggestedFilename());

    participant.navigate(server.url() + "/network.html?id=" + nets.own.local().id());
    participant.getByRole(AriaRole.LINK, Browser.named("Lokal plan – " + nets.own.local().name())).click();
    assertThat(participant.locator(".plan-measure")).containsText("Läge: Påbörjad");
    assertThat(participant.locator("#status-box")).isHidden();
    assertThat(participant.locator("summary")).hasCount(0);
    assertEquals(List.of(), Accessibility.violations(participant));
    participant.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/plan/participant.png")));

    leader.navigate(server.url() + "/network.html?id=" + nets.own.local().id());
    leader.getByLabel("Mötets namn").fill("Referensgruppen, hösten 2027");
    leader.getByLabel("När", new Page.GetByLabelOptions().setExact(true)).fill("2027-10-20T18:00");
    leader.getByRole(AriaRole.BUTTON, Browser.named("Lägg till mötet")).click();
    assertThat(leader.locator("#message")).hasText("Mötet är tillagt. Alla i nätverket ser det bland sina möten.");
    assertThat(leader.locator("#meeting-list")).containsText("Referensgruppen, hösten 2027");

    Page enabler = signIn(browser.newPerson().newPage(), nets.own.enabler());
    enabler.navigate(server.url() + "/theme.html?id=" + nets.own.theme().id());
    assertThat(enabler.locator("#theme-plan-list")).containsText(nets.own.local().name() + ": Lokal plan – " + nets.own.local().name());
    assertThat(enabler.locator("#theme-plan-list")).containsText("Uppföljd · 1 områden, 1 åtgärder");
  }

  private static Page signIn(Page page, Person person) {
    page.navigate(TestServer.await(server.server().services().links().create(person.id())));
    assertThat(page.getByRole(AriaRole.HEADING, Browser.named("Dina möten"))).isVisible();
    return page;
  }
}

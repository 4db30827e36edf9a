package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.api.MaterialApiTest;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * The researcher fills the report the template named, adds a link and shows both for the first
 * meeting; a participant finds them on the start page (the file downloads under its own name),
 * beside the question on the meeting page, and on the room screen. Too large and wrong files are
 * refused with a clear message and change nothing; the pages pass axe. Screenshots are kept in
 * target/screenshots/material.
 */
class MaterialBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  private static final String REPORT = "Rapport: Nära vård och ökad specialistvård i hemmet";

  @Test
  void theResearchersMaterialReachesTheParticipantsBeforeAndInTheMeeting() throws Exception {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    Page enabler = browser.newPerson().newPage();
    enabler.navigate(TestServer.await(server.server().services().links().create(nets.own.enabler().id())));
    assertThat(enabler.getByRole(AriaRole.HEADING, Browser.named("Dina möten"))).isVisible();
    enabler.navigate(server.url() + "/theme.html?id=" + nets.own.theme().id());

    // The report the template named waits for its file; the researcher uploads it from its card.
    assertThat(enabler.locator(".material-card")).hasCount(1);
    assertThat(enabler.locator(".material-card .waiting")).containsText("Väntar på filen");
    FileChooser chooser = enabler.waitForFileChooser(() ->
        enabler.getByRole(AriaRole.BUTTON, Browser.named("Ladda upp filen: " + REPORT)).click());
    chooser.setFiles(new FilePayload("Rapport nära vård.pdf", "application/pdf", MaterialApiTest.PDF));
    assertThat(enabler.locator("#message")).hasText("Rapport nära vård.pdf är uppladdad.");
    assertThat(enabler.getByRole(AriaRole.BUTTON, Browser.named("Byt fil: " + REPORT))).isVisible();

    // Refused before sending (too large) and by the server (not a document): a message, nothing added.
    enabler.locator("summary", new Page.LocatorOptions().setHasText("Lägg till en fil")).click();
    enabler.locator("#material-file").setInputFiles(new FilePayload("film.pdf", "application/pdf", new byte[25 * 1024 * 1024 + 1]));
    enabler.getByRole(AriaRole.BUTTON, Browser.named("Ladda upp")).click();
    assertThat(enabler.locator("#message")).hasText("Filen är för stor. Den får vara högst 25 MB.");
    enabler.locator("#material-file").setInputFiles(new FilePayload("sida.pdf", "application/pdf",
        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
    enabler.getByRole(AriaRole.BUTTON, Browser.named("Ladda upp")).click();
    assertThat(enabler.locator("#message")).containsText("Den sortens fil kan inte läggas i materialet.");
    assertThat(enabler.locator(".material-card")).hasCount(1);

    enabler.locator("summary", new Page.LocatorOptions().setHasText("Lägg till en länk")).click();
    var linkForm = enabler.locator("#material-link-form");
    linkForm.getByLabel("Rubrik").fill("Nationell anhörigstrategi");
    linkForm.getByLabel("Webbadress").fill("https://www.regeringen.se/anhorigstrategi");
    enabler.locator("#material-link-note").fill("Regeringens strategi från 2022. Läs sammanfattningen.");
    enabler.getByRole(AriaRole.BUTTON, Browser.named("Lägg till länken")).click();
    assertThat(enabler.locator("#message")).hasText("Länken är tillagd.");
    assertThat(enabler.locator(".material-card")).hasCount(2);

    // Shown for the first local meeting, and the report for the first question of that meeting.
    JsonNode local = rest.ok("GET", "/api/meetings/" + nets.own.localMeeting(), server.token(nets.own.enabler()), null);
    JsonNode firstQuestion = local.get("board").get("questions").get(0);
    showFor(enabler, "Nationell anhörigstrategi", "{\"meetingId\":\"" + nets.own.localMeeting() + "\"}");
    showFor(enabler, REPORT, "{\"meetingId\":\"" + nets.own.localMeeting() + "\",\"questionId\":\"" + firstQuestion.get("id").asText() + "\"}");
    assertThat(enabler.locator(".material-card", new Page.LocatorOptions().setHasText(REPORT)).locator(".places"))
        .containsText("Frågan ”" + firstQuestion.get("text").asText() + "” i " + local.get("title").asText() + " · " + nets.own.local().name());
    assertEquals(List.of(), Accessibility.violations(enabler));
    Download report = enabler.waitForDownload(() ->
        enabler.getByRole(AriaRole.BUTTON, Browser.named("Ladda ner terminsrapporten (PDF)")).click());
    assertEquals("terminsrapport.pdf", report.suggestedFilename(), "the theme page's term report");
    assertEquals("%PDF", new String(Files.readAllBytes(report.path()), 0, 4, StandardCharsets.US_ASCII));
    enabler.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/material/library.png")));

    Page participant = browser.newPhone().newPage();
    participant.navigate(TestServer.await(server.server().services().links().create(nets.own.participant().id())));
    assertThat(participant.locator("#next-material")).containsText("Nationell anhörigstrategi");
    assertThat(participant.locator("#next-material")).containsText("Regeringens strategi från 2022.");
    assertThat(participant.getByRole(AriaRole.LINK, Browser.named("Nationell anhörigstrategi (öppnas i en ny flik)")))
        .hasAttribute("href", "https://www.regeringen.se/anhorigstrategi");
    assertThat(participant.locator("#next-questions li").first().locator(".material-list")).containsText(REPORT);
    Download download = participant.waitForDownload(() ->
        participant.getByRole(AriaRole.BUTTON, Browser.named(REPORT + " (laddas ner)")).click());
    assertEquals("Rapport nära vård.pdf", download.suggestedFilename());
    assertArrayEquals(MaterialApiTest.PDF, Files.readAllBytes(download.path()));
    assertEquals(List.of(), Accessibility.violations(participant));
    participant.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/material/start-page.png")));

    participant.navigate(server.url() + "/meeting.html?id=" + nets.own.localMeeting());
    Browser.showPart(participant, "board");
    assertThat(participant.locator("#material")).containsText("Nationell anhörigstrategi");
    assertThat(participant.locator(".board-question").first().locator(".material-list")).containsText(REPORT);

    Page room = browser.newScreen(1280, 720).newPage();
    room.navigate(TestServer.await(server.server().services().links().create(nets.own.leader().id())));
    assertThat(room.getByRole(AriaRole.HEADING, Browser.named("Dina möten"))).isVisible();
    room.navigate(server.url() + "/room.html?id=" + nets.own.localMeeting());
    assertThat(room.locator("#room-material")).hasText("Underlag: Nationell anhörigstrategi");
    room.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/material/room.png")));
  }

  /** Chooses a place in the entry's "Visa för" list by what it stands for (the option's value), and shows the entry there. */
  private static void showFor(Page page, String title, String place) {
    var card = page.locator(".material-card", new Page.LocatorOptions().setHasText(title));
    card.getByLabel("Visa för").selectOption(new SelectOption().setValue(place));
    card.getByRole(AriaRole.BUTTON, Browser.namedIn("Visa")).click();
    assertThat(page.locator("#message")).hasText("Sparat. Materialet visas där du valt.");
  }
}

package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestTerm;
import se.lagetrunt.testing.TestServer;

/**
 * A participant on her phone finds "Dina uppgifter" on the start page, downloads everything stored
 * about her as a document she can read, and reads how her data is handled – in Swedish and in
 * English; both pages pass axe and break no policy.
 */
class PersonalDataBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  @Test
  void aParticipantDownloadsHerDataAndReadsHowItIsHandled() throws Exception {
    RestTerm term = RestTerm.create(server, "Ängby anhörignätverk");
    String leader = term.leader("Lena Ledare", null);
    String link = term.add(leader, "{\"name\":\"Anna Anhörig\",\"group\":\"family-carer\",\"email\":\"anna@example.se\"}")
        .get("link").asText();

    Page page = browser.newPhone().newPage();
    page.navigate(link);
    assertThat(page.getByRole(AriaRole.HEADING, Browser.named("Dina uppgifter"))).isVisible();
    Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON, Browser.named("Hämta allt vi har om dig")).click());
    assertEquals("laget-runt-mina-uppgifter.pdf", pdf.suggestedFilename());
    try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(text.contains("Dina uppgifter: Anna Anhörig") && text.contains("anna@example.se"), text);
    }
    assertEquals(List.of(), Accessibility.violations(page));

    page.getByRole(AriaRole.LINK, Browser.named("Så hanterar Laget Runt dina uppgifter")).click();
    assertThat(page.getByRole(AriaRole.HEADING, Browser.named("Så hanterar Laget Runt dina uppgifter"))).isVisible();
    assertThat(page.getByRole(AriaRole.HEADING, Browser.named("Dina rättigheter"))).isVisible();
    assertEquals(List.of(), Accessibility.violations(page));
    page.locator("#language").click();
    assertThat(page.getByRole(AriaRole.HEADING, Browser.named("How Laget Runt handles your data"))).isVisible();
    assertThat(page.getByRole(AriaRole.HEADING, Browser.named("Så hanterar Laget Runt dina uppgifter"))).isHidden();
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    assertEquals(List.of(), Accessibility.violations(page));
    assertEquals(List.of(), Accessibility.policyViolations(page));
  }

  /** An enabler erases a participant from the network page; her open meeting page is told at once. */
  @Test
  void anEnablerErasesAParticipantFromTheNetworkPage() throws java.io.IOException {
    RestTerm term = RestTerm.create(server, "Kramfors anhörignätverk");
    String leader = term.leader("Leif Ledare", null);
    String link = term.add(leader, "{\"name\":\"Berit Bergström\",\"group\":\"family-carer\"}").get("link").asText();
    Page berit = browser.newPhone().newPage();
    berit.navigate(link);
    assertThat(berit.getByRole(AriaRole.HEADING, Browser.named("Dina uppgifter"))).isVisible();

    Page enabler = browser.newPerson().newPage();
    enabler.navigate(TestServer.await(server.server().services().links().create(term.enabler().id())));
    assertThat(enabler.getByRole(AriaRole.HEADING, Browser.named("Dina möten"))).isVisible();
    enabler.navigate(server.url() + "/network.html?id=" + term.local());
    assertThat(enabler.locator("#member-list li")).hasCount(2);
    String[] asked = new String[1];
    enabler.onDialog(dialog -> {
      asked[0] = dialog.message();
      dialog.accept();
    });
    enabler.getByRole(AriaRole.BUTTON, Browser.named("Radera: Berit Bergström")).click();
    assertThat(enabler.locator("#member-list li")).hasCount(1);
    assertTrue(asked[0].contains("Det går inte att ångra"), asked[0]);
    assertEquals(List.of(), Accessibility.violations(enabler));

    berit.reload();
    assertThat(berit.getByRole(AriaRole.HEADING, Browser.named("Välkommen till Laget Runt"))).isVisible();
  }
}

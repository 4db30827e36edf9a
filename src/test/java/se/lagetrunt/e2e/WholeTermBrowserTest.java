package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.MailedServer;
import se.lagetrunt.testing.TestServer;

/**
 * A term as an organisation runs it, in the pages, with real mail: a researcher sets up the theme
 * and invites a practitioner as the second enabler; a series made by mistake is deleted and the
 * right one made; a person's details are corrected; a meeting is called off; the leader mails
 * the questions; everyone is reminded the day before – and the mails are read.
 */
class WholeTermBrowserTest {
  @RegisterExtension
  static final Browser browser = Browser.perClass();
  @RegisterExtension
  static final MailedServer mailed = new MailedServer();

  @Test
  void twoEnablersSetUpATermCorrectItAndEveryoneIsToldByMail() throws Exception {
    TestServer server = mailed.server();
    Person maria = TestServer.await(server.server().services().people()
        .create("Maria Forskare", "maria@example.se", null, AccountRole.ENABLER, StakeholderGroup.RESEARCHER));
    Page page = browser.newPerson().newPage();
    page.navigate(TestServer.await(server.server().services().links().create(maria.id())));
    page.getByLabel("Temanätverkets namn").fill("Nära vård");
    page.getByRole(AriaRole.BUTTON, Browser.named("Nytt temanätverk")).click();
    assertThat(page.locator("#title")).hasText("Nära vård");

    // The practitioner beside the researcher: her link goes by mail.
    page.locator("summary", new Page.LocatorOptions().setHasText("Bjud in en möjliggörare")).click();
    Locator enablerForm = page.locator("#enabler-form");
    enablerForm.getByLabel("Namn", new Locator.GetByLabelOptions().setExact(true)).fill("Pia Praktiker");
    enablerForm.getByLabel("E-post (frivilligt)").fill("pia@example.se");
    page.getByRole(AriaRole.BUTTON, Browser.named("Bjud in")).click();
    assertThat(page.locator("#enabler-list li")).hasCount(2);

    page.getByLabel("Kommun eller region").fill("Umeå kommun");
    page.getByRole(AriaRole.BUTTON, Browser.named("Nytt lokalt nätverk")).click();
    assertThat(page.locator("#title")).hasText("Umeå kommun");
    String lenasLink = addPerson(page, "Lena Ledare", "lena@example.se", "official", "leader");
    addPerson(page, "Anna Anhörig", "anna@example.se", "family-carer", null);

    // A series from the wrong template, deleted before anything happened; then the right one.
    String first = server.clock().inSweden().plusDays(10).withHour(18).withMinute(0)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    page.getByLabel("Mall").selectOption("samsjuklighet");
    page.getByLabel("Första mötet").fill(first);
    page.getByRole(AriaRole.BUTTON, Browser.named("Skapa en mötesserie")).click();
    assertThat(page.locator("#meeting-list li").first()).isVisible();
    page.onceDialog(dialog -> dialog.accept());
    page.getByRole(AriaRole.BUTTON, Browser.named("Ta bort serien …")).click();
    assertThat(page.locator("#message")).hasText("Serien är borttagen.");
    assertThat(page.locator("#meeting-list li")).hasCount(0);
    page.getByLabel("Mall").selectOption("nara-vard");
    page.getByLabel("Första mötet").fill(first);
    page.getByRole(AriaRole.BUTTON, Browser.named("Skapa en mötesserie")).click();
    assertThat(page.locator("#meeting-list li")).hasCount(6);

    // A person's details corrected.
    Locator anna = page.locator("#member-list li", new Page.LocatorOptions().setHasText("Anna Anhörig"));
    anna.locator("summary").click();
    anna.getByLabel("Telefon (frivilligt)").fill("070-765 43 21");
    anna.getByRole(AriaRole.BUTTON, Browser.namedIn("Spara")).click();
    assertThat(page.locator("#message")).hasText("Uppgifterna är sparade.");

    // Meeting 5 is called off.
    page.getByRole(AriaRole.LINK, Browser.named("Möte 5 – Genomförande")).click();
    Browser.showPart(page, "Deltagare");
    page.locator("#edit summary").click();
    page.getByLabel("Varför ställs mötet in?").fill("Krockar med budgetberedningen.");
    page.onceDialog(dialog -> dialog.accept());
    page.getByRole(AriaRole.BUTTON, Browser.named("Ställ in mötet")).click();
    assertThat(page.locator("#cancelled-note")).hasText("Mötet är inställt: Krockar med budgetberedningen.");

    // The leader sends meeting 1's questions to the group.
    Page lena = browser.newPerson().newPage();
    lena.navigate(lenasLink);
    lena.getByRole(AriaRole.LINK, Browser.named("Möte 1 – Introduktion")).first().click();
    lena.getByRole(AriaRole.BUTTON, Browser.named("Skicka frågorna till gruppen")).click();
    assertThat(lena.locator("#mail-questions-result")).hasText("Frågorna skickades till 2 personer.");

    // The day before meeting 1 – once the mail on its way has gone (a jump of days would end the
    // lease of a mail still being sent), the clock moves and the reminders are written.
    TestServer.await(server.server().services().outbox().settled());
    server.clock().advance(Duration.ofDays(9).plusHours(12));
    assertEquals(2, TestServer.await(server.server().services().notices().remindDayBefore()));

    List<String> read = new ArrayList<>();
    for (MimeMessage mail : mailed.delivered()) {
      read.add(mail.getRecipients(Message.RecipientType.TO)[0] + ": " + mail.getSubject());
    }
    assertTrue(read.contains("pia@example.se: Din personliga länk till Nära vård i Laget Runt"), read.toString());
    assertTrue(read.contains("lena@example.se: Din personliga länk till Umeå kommun i Laget Runt"), read.toString());
    assertTrue(read.contains("anna@example.se: Din personliga länk till Umeå kommun i Laget Runt"), read.toString());
    assertTrue(read.contains("anna@example.se: Frågorna inför Möte 1 – Introduktion"), read.toString());
    assertTrue(read.stream().anyMatch(line -> line.startsWith("anna@example.se: Påminnelse: Möte 1 – Introduktion")), read.toString());
    assertTrue(read.stream().noneMatch(line -> line.startsWith("maria@example.se")), "the enabler visits the local meeting: " + read);
    assertEquals(7, read.size(), read.toString());
  }

  private static String addPerson(Page page, String name, String email, String group, String role) {
    Locator form = page.locator("#person-form");
    form.getByLabel("Namn", new Locator.GetByLabelOptions().setExact(true)).fill(name);
    form.getByLabel("E-post (frivilligt)").fill(email);
    form.getByLabel("Intressentgrupp").selectOption(group);
    if (role != null) {
      form.getByLabel("Roll").selectOption(role);
    }
    page.getByRole(AriaRole.BUTTON, Browser.named("Lägg till")).click();
    assertThat(page.locator("#member-list")).containsText(name);
    return role == null ? null : page.locator("#link-value").inputValue();
  }
}

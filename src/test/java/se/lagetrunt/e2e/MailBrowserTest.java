package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.MailedServer;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * Mail in the pages: a participant turns the day-before reminder off on the start page (where
 * every mail's last line leads), and a leader sends the questions to the group from the meeting.
 */
class MailBrowserTest {
  @RegisterExtension
  static final Browser browser = Browser.perClass();
  @RegisterExtension
  static final MailedServer mailed = new MailedServer();

  @Test
  void aLinkThatNoLongerWorksOffersANewOneByMail() throws Exception {
    TestServer server = mailed.server();
    TwoNetworks nets = new TwoNetworks(server);
    server.execute("UPDATE person SET email = 'ny.lank@example.se' WHERE id = '" + nets.other.participant().id() + "'");
    String old = TestServer.await(server.server().services().links().create(nets.other.participant().id()));
    TestServer.await(server.server().services().links().revokeAll(nets.other.participant().id()));

    Page page = browser.newPerson().newPage();
    page.navigate(old);
    assertThat(page.locator("#status")).hasText("Länken gäller inte längre.");
    page.getByLabel("Din e-postadress, så skickar vi en ny länk").fill("ny.lank@example.se");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka mig en ny länk")).click();
    assertThat(page.locator("#new-link-status")).hasText("Om adressen finns hos oss kommer en länk strax. Titta i din e-post (och i skräpposten).");
    assertEquals(List.of(), Accessibility.violations(page), "the page of a link that no longer works");
    String body = mailed.delivered().stream().filter(m -> {
      try {
        return m.getAllRecipients()[0].toString().equals("ny.lank@example.se");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).map(m -> {
      try {
        return (String) m.getContent();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).findFirst().orElseThrow();
    String link = body.substring(body.indexOf("http"), body.indexOf("/login.html#") + "/login.html#".length() + 43);
    // Opened from the mail program: a fresh tab (on the same page only the #fragment would change, and nothing load).
    Page fromMail = page.context().newPage();
    fromMail.navigate(link);
    fromMail.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dina möten")).waitFor();
  }

  @Test
  void aParticipantTurnsRemindersOffAndALeaderMailsTheQuestions() throws Exception {
    TestServer server = mailed.server();
    TwoNetworks nets = new TwoNetworks(server);
    server.execute("UPDATE person SET email = 'anhorig@example.se' WHERE id = '" + nets.own.participant().id() + "'");
    server.execute("UPDATE person SET email = 'ledare@example.se' WHERE id = '" + nets.own.leader().id() + "'");

    Page page = browser.newPerson().newPage();
    page.navigate(TestServer.await(server.server().services().links().create(nets.own.participant().id())));
    page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dina möten")).waitFor();
    page.navigate(server.url() + "/#mail");
    Locator mail = page.locator("#mail");
    assertThat(mail.getByRole(AriaRole.HEADING)).hasText("Brev från Laget Runt");
    assertThat(mail).containsText("Breven går till anhorig@example.se.");
    assertThat(mail.getByRole(AriaRole.CHECKBOX)).hasCount(5);
    assertThat(mail).not().containsText("(ledare)");
    Locator reminder = mail.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions()
        .setName("det är dagen före ett möte (en påminnelse)"));
    assertThat(reminder).isChecked();
    reminder.uncheck();
    mail.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara")).click();
    assertThat(page.locator("#message")).hasText("Sparat. Du får de brev du har kryssat för.");
    assertEquals(List.of(), Accessibility.violations(page), "the start page with the mail settings");
    page.reload();
    assertThat(page.locator("#mail").getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions()
        .setName("det är dagen före ett möte (en påminnelse)"))).not().isChecked();
    assertEquals(1, server.count("SELECT count(*) FROM mail_opt_out WHERE kind = 'meeting-reminder' AND person_id = '"
        + nets.own.participant().id() + "'"));

    Page leader = browser.newPerson().newPage();
    leader.navigate(TestServer.await(server.server().services().links().create(nets.own.leader().id())));
    leader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dina möten")).waitFor();
    leader.navigate(server.url() + "/meeting.html?id=" + nets.own.localMeeting());
    leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka frågorna till gruppen")).click();
    assertThat(leader.locator("#mail-questions-result")).hasText("Frågorna skickades till 2 personer.");
    leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka frågorna till gruppen")).click();
    assertThat(leader.locator("#mail-questions-result")).hasText("De här frågorna är redan skickade.");
    assertTrue(mailed.delivered().stream().anyMatch(m -> {
      try {
        return m.getSubject().startsWith("Frågorna inför");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }));
  }
}

package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.MailedServer;
import se.lagetrunt.testing.TestServer;

/**
 * The first start: the link printed to the console opens "Vem är du?" for the first enabler, who
 * gives a name and an address; signed out later, they get back in by a link by e-mail – no
 * restart of the server.
 */
class FirstStartBrowserTest {
  @RegisterExtension
  static final Browser browser = Browser.perClass();
  @RegisterExtension
  static final MailedServer mailed = new MailedServer();

  @Test
  void theFirstEnablerSaysWhoTheyAreAndLaterGetsBackInByMail() throws Exception {
    TestServer server = mailed.server();
    // What the first start makes (app/FirstEnabler): an enabler with the placeholder name, no address.
    Person first = TestServer.await(server.server().services().people()
        .create(Person.FIRST_ENABLER, null, null, AccountRole.ENABLER, StakeholderGroup.OTHER));
    Page page = browser.newPerson().newPage();
    page.navigate(TestServer.await(server.server().services().links().create(first.id())));
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vem är du?"))).isFocused();
    assertEquals(List.of(), Accessibility.violations(page), "the start page asking who they are");
    page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/first-start.png")));
    page.getByLabel("Ditt namn").fill("Eva Ek");
    page.getByLabel("Din e-post", new Page.GetByLabelOptions().setExact(true)).fill("eva.ek@example.se");
    page.locator("#introduce").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
        .setName("Spara")).click();
    assertThat(page.locator("#message")).hasText("Välkommen, Eva Ek!");
    assertThat(page.locator("#introduce")).isHidden();
    page.reload();
    assertThat(page.locator("#who")).containsText("Eva Ek");
    assertThat(page.locator("#introduce")).isHidden();

    page.locator("#sign-out").click();
    page.getByLabel("Din e-postadress").fill("eva.ek@example.se");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka mig en inloggningslänk")).click();
    assertThat(page.locator("#mail-link-status")).containsText("Om adressen finns hos oss");
    List<MimeMessage> mails = mailed.delivered();
    assertEquals(1, mails.size());
    String body = (String) mails.get(0).getContent();
    Page fromMail = page.context().newPage();
    fromMail.navigate(body.substring(body.indexOf("http"), body.indexOf("/login.html#") + "/login.html#".length() + 43));
    fromMail.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dina möten")).waitFor();
    assertThat(fromMail.locator("#who")).containsText("Eva Ek");
  }
}

package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestServer;

/**
 * Two people in two browsers: an enabler signs in from the printed kind of link, creates a
 * meeting, invites a family carer, and both see each other and the topic live.
 */
class LiveMeetingBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  @Test
  void twoPeopleSeeEachOtherAndTheTopicLive() {
    Person enabler = server.person("Maria Möjliggörare", AccountRole.ENABLER, StakeholderGroup.RESEARCHER);
    String enablerLink = TestServer.await(server.server().services().links().create(enabler.id()));

    BrowserContext enablerBrowser = browser.newPerson();
    Page lead = enablerBrowser.newPage();
    lead.navigate(enablerLink);
    assertThat(lead.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dina möten"))).isVisible();
    assertTrue(lead.url().endsWith("/"), "the secret left the address bar: " + lead.url());
    lead.getByLabel("Mötets namn").fill("Träff 1: Introduktion – Nära vård");
    lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa mötet")).click();
    lead.waitForURL("**/meeting.html?id=*");
    assertThat(lead.locator("#title")).hasText("Träff 1: Introduktion – Nära vård");
    assertThat(lead.locator("#status")).hasText("Ansluten");

    var invite = lead.locator("#invite");
    invite.getByLabel("Namn", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).fill("Anna Anhörig");
    invite.getByLabel("Intressentgrupp").selectOption("family-carer");
    lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa personlig länk")).click();
    assertThat(lead.locator("#invite-for")).hasText("Personlig länk för Anna Anhörig:");
    String invitation = lead.locator("#invite-link").inputValue();
    assertTrue(invitation.startsWith(server.url() + "/login.html#"), invitation);

    BrowserContext carerBrowser = browser.newPhone();
    Page carer = carerBrowser.newPage();
    carer.navigate(invitation);
    carer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Träff 1: Introduktion – Nära vård")).click();
    assertThat(carer.locator("#status")).hasText("Ansluten");
    assertThat(carer.locator("#topic-form")).isHidden();

    assertThat(lead.locator("#people li")).hasCount(2);
    assertThat(lead.locator("#people")).containsText("Anna Anhörig");
    assertThat(lead.locator("#people")).containsText("Anhörig · Deltagare");
    assertThat(carer.locator("#people")).containsText("Maria Möjliggörare");
    assertThat(carer.locator("#people")).containsText("Forskare · Möjliggörare");

    lead.getByLabel("Nytt meddelande till alla").fill("Vad fungerar bra idag för anhöriga?");
    lead.keyboard().press("Enter");
    assertThat(carer.locator("#topic")).hasText("Vad fungerar bra idag för anhöriga?");
    assertThat(lead.locator("#topic")).hasText("Vad fungerar bra idag för anhöriga?");

    carer.reload();
    assertThat(carer.locator("#status")).hasText("Ansluten");
    assertThat(carer.locator("#topic")).hasText("Vad fungerar bra idag för anhöriga?");
    assertThat(carer.locator("#people li")).hasCount(2);

    String payload = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";
    lead.getByLabel("Nytt meddelande till alla").fill(payload);
    lead.keyboard().press("Enter");
    assertThat(carer.locator("#topic")).hasText(payload);
    assertEquals(0, carer.locator("#topic img").count(), "user text is never markup");
    assertEquals(true, carer.evaluate("() => window.__pwned === undefined"));

    carer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Byt språk till engelska")).click();
    assertThat(carer.locator("#topic-heading")).hasText("Message");
    assertThat(carer.locator("#current-heading")).hasText("Current question");
    assertThat(carer.locator("#people")).containsText("Enabler");

    carer.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/meeting-phone.png")).setFullPage(true));
    lead.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/meeting-leader.png")).setFullPage(true));
    carerBrowser.close();
    assertThat(lead.locator("#people li")).hasCount(1);

    lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← Alla möten")).click();
    lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut").setExact(true)).click();
    assertThat(lead.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Välkommen till Laget Runt"))).isVisible();
    assertEquals(true, lead.evaluate("() => Object.keys(localStorage).every((key) => !/token|session/i.test(key))"),
        "signing out forgets the session on this device");
    enablerBrowser.close();
  }
}

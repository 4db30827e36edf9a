package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.lagetrunt.e2e.Browser.named;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestTerm;
import se.lagetrunt.testing.TestServer;

/**
 * The start page guides each role through what comes first, in plain Swedish: the enabler from
 * theme to local network to leader to series (what is done is ticked), the leader from
 * participants to note-takers to the first meeting, a participant to prepare and test the sound.
 * Hidden, it stays hidden on this device until brought back.
 */
class FirstRunGuideBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  private static Page signIn(String link) {
    Page page = browser.newPerson().newPage();
    page.navigate(link);
    assertThat(page.getByRole(AriaRole.HEADING, named("Dina möten"))).isVisible();
    return page;
  }

  @Test
  void eachRoleIsShownWhatComesFirst() throws java.io.IOException {
    RestTerm term = RestTerm.create(server, "Umeå kommun");
    Page enabler = signIn(TestServer.await(server.server().services().links().create(term.enabler().id())));
    var steps = enabler.locator("#guide-steps li");
    assertThat(steps).hasCount(4);
    assertThat(steps.nth(0)).hasClass("done");
    assertThat(steps.nth(0)).containsText("Skapa ett temanätverk");
    assertThat(steps.nth(1)).hasClass("done");
    assertThat(steps.nth(2)).containsText("Lägg till en eller två ledare");
    assertThat(steps.nth(3)).not().hasClass("done");
    assertThat(steps.nth(3).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Skapa serien"))).hasAttribute("href", "/network.html?id=" + term.local());
    java.util.List<String> found = Accessibility.violations(enabler);
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), found);

    enabler.getByRole(AriaRole.BUTTON, named("Dölj guiden")).click();
    assertThat(enabler.locator("#guide")).isHidden();
    enabler.reload();
    assertThat(enabler.getByRole(AriaRole.BUTTON, named("Visa kom-igång-guiden"))).isVisible();
    assertThat(enabler.locator("#guide")).isHidden();
    enabler.getByRole(AriaRole.BUTTON, named("Visa kom-igång-guiden")).click();
    assertThat(steps).hasCount(4);

    String leaderLink = term.add(term.enablerToken(),
        "{\"name\":\"Lena Ledare\",\"group\":\"official\",\"role\":\"leader\"}").get("link").asText();
    enabler.reload();
    assertThat(steps.nth(2)).hasClass("done");
    Page leader = signIn(leaderLink);
    assertThat(leader.locator("#guide-steps li")).hasCount(3);
    assertThat(leader.locator("#guide-steps li").first()).containsText("Lägg till deltagarna");
    assertThat(leader.locator("#guide-steps li").last()).containsText("börja med en presentationsrunda");

    String carerLink = term.add(term.rest().signIn(leaderLink), "{\"name\":\"Anna Anhörig\",\"group\":\"family-carer\"}")
        .get("link").asText();
    Page carer = signIn(carerLink);
    assertThat(carer.locator("#guide-intro")).hasText("Välkommen! Så här går det till:");
    assertThat(carer.getByRole(AriaRole.LINK, named("Testa ljudet"))).hasAttribute("href", "/check.html");
    carer.locator("#language").click();
    assertThat(carer.locator("#guide-intro")).hasText("Welcome! This is how it works:");
  }
}

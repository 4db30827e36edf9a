package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.lagetrunt.e2e.Browser.named;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestTerm;
import se.lagetrunt.testing.TestServer;

/**
 * A series' first meeting has no summary before it: it opens with a check-in round (name, and why
 * I am here), offered first to the leader and shown to everyone, and its minutes open with the
 * introductions. The second meeting opens with the last one's summary and a discussion.
 */
class FirstMeetingBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  @Test
  void theFirstMeetingOpensWithACheckInAndTheSecondWithTheSummary() {
    RestTerm term = RestTerm.create(server, "Umeå kommun");
    String leaderLink = term.add(term.enablerToken(),
        "{\"name\":\"Lena Ledare\",\"group\":\"official\",\"role\":\"leader\"}").get("link").asText();
    String leaderToken = term.rest().signIn(leaderLink);
    String carerLink = term.add(leaderToken, "{\"name\":\"Anna Anhörig\",\"group\":\"family-carer\"}").get("link").asText();
    term.series(leaderToken, server.clock().instant().minus(Duration.ofMinutes(10)), 3);

    Page leader = browser.newPerson().newPage();
    leader.navigate(leaderLink);
    leader.getByRole(AriaRole.LINK, named("Möte 1 – Introduktion")).first().click();
    assertThat(leader.locator("#status")).hasText("Ansluten");
    Page carer = browser.newPhone().newPage();
    carer.navigate(carerLink);
    carer.getByRole(AriaRole.LINK, named("Möte 1 – Introduktion")).first().click();
    assertThat(carer.locator("#status")).hasText("Ansluten");

    assertThat(leader.locator(".minutes-section h3").first()).hasText("Inledning – presentationsrunda");
    assertThat(carer.locator(".minutes-section h3").first()).hasText("Inledning – presentationsrunda");
    assertThat(leader.getByText("Tankar om förra mötets sammanfattning")).hasCount(0);
    assertThat(leader.getByLabel("Slags runda")).hasValue("check-in");
    leader.getByRole(AriaRole.BUTTON, named("Starta en runda")).click();
    assertThat(carer.locator("#round-kind-line")).hasText("Presentationsrunda: säg ditt namn och varför du är här.");
    leader.locator(".minutes-section").first().locator(".cm-content").click();
    assertThat(leader.locator(".minutes-section").first().locator(".cm-content")).containsText("Vilka vi är och varför vi är här:");
    leader.getByRole(AriaRole.BUTTON, named("Avsluta rundan")).click();
    assertThat(leader.getByLabel("Slags runda")).hasValue("discussion");

    leader.navigate(server.url() + "/");
    leader.getByRole(AriaRole.LINK, named("Möte 2 – Det som fungerar i dag")).first().click();
    assertThat(leader.locator("#status")).hasText("Ansluten");
    assertThat(leader.locator(".minutes-section h3").first()).hasText("Inledning – tankar om förra mötets sammanfattning");
    assertThat(leader.getByLabel("Slags runda")).hasValue("discussion");
  }
}

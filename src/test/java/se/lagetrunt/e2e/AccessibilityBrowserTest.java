package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestTerm;
import se.lagetrunt.testing.TestServer;

/**
 * Every page, in the states people meet it in, checked by axe-core against WCAG 2.1 A and AA:
 * signed out, a bad link, the start page, a network, a theme, a live meeting for the leader (a
 * round running) and on a participant's phone, and the room screen. Nothing a page does is blocked by
 * its Content-Security-Policy either.
 */
class AccessibilityBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();
  private final List<String> found = new ArrayList<>();

  private void check(String where, Page page) throws java.io.IOException {
    Accessibility.violations(page).forEach(violation -> found.add(where + ": " + violation));
    Accessibility.policyViolations(page).forEach(violation -> found.add(where + ": " + violation));
  }

  @Test
  void everyPageMeetsWcag21AA() throws java.io.IOException {
    RestTerm term = RestTerm.create(server, "Umeå kommun");
    String leaderLink = term.add(term.enablerToken(),
        "{\"name\":\"Lena Ledare\",\"group\":\"official\",\"role\":\"leader\"}").get("link").asText();
    String leaderToken = term.rest().signIn(leaderLink);
    String carerLink = term.add(leaderToken, "{\"name\":\"Anna Anhörig\",\"group\":\"family-carer\"}").get("link").asText();
    term.add(leaderToken, "{\"name\":\"Pelle Politiker\",\"group\":\"politician\"}");
    term.series(leaderToken, server.clock().instant().minus(java.time.Duration.ofMinutes(10)), 3);

    Page stranger = browser.newPerson().newPage();
    stranger.navigate(server.url() + "/");
    assertThat(stranger.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Välkommen till Laget Runt"))).isVisible();
    check("start page, signed out", stranger);
    stranger.navigate(server.url() + "/login.html#" + "A".repeat(43));
    assertThat(stranger.locator("#status")).hasAttribute("role", "alert");
    check("login, a link that does not work", stranger);

    BrowserContext enablerContext = browser.newPerson();
    Page enabler = enablerContext.newPage();
    enabler.navigate(TestServer.await(server.server().services().links().create(term.enabler().id())));
    assertThat(enabler.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dina möten"))).isVisible();
    check("start page, enabler", enabler);
    enabler.navigate(server.url() + "/theme.html?id=" + term.theme());
    assertThat(enabler.locator("#title")).hasText("Nära vård");
    check("theme page", enabler);
    enabler.navigate(server.url() + "/network.html?id=" + term.local());
    assertThat(enabler.locator("#member-list li")).hasCount(3);
    check("network page, enabler", enabler);

    Page leader = browser.newPerson().newPage();
    leader.navigate(leaderLink);
    leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Möte 1 – Introduktion").setExact(true)).first().click();
    assertThat(leader.locator("#status")).hasText("Ansluten");
    check("meeting, leader before the round", leader);

    Page carer = browser.newPhone().newPage();
    carer.navigate(carerLink);
    assertThat(carer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dina möten"))).isVisible();
    check("start page, participant on a phone", carer);
    carer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Möte 1 – Introduktion").setExact(true)).first().click();
    assertThat(carer.locator("#status")).hasText("Ansluten");
    leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta en runda")).click();
    assertThat(carer.locator("#round")).containsText("Lena Ledare");
    // Minutes being written: the template, the writer's colour, the "not yet saved" state.
    leader.locator(".minutes-section").first().locator(".cm-content").click();
    leader.keyboard().press("Control+End");
    leader.keyboard().type(" Vi började med en runda.");
    assertThat(carer.locator(".minutes-section").first()).containsText("Vi började med en runda.");
    carer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Räck upp handen")).click();
    assertThat(leader.locator("#round")).containsText("Anna Anhörig");
    check("meeting, leader with a round running", leader);
    check("meeting, participant on a phone", carer);
    // Lena speaks a minute: the network page then shows the term's balance, in a table that scrolls.
    server.clock().advance(java.time.Duration.ofMinutes(1));
    leader.locator("#done").click();
    assertThat(leader.locator("#round-order")).containsText("klar");
    Page leadersNetwork = browser.newPhone().newPage();
    leadersNetwork.navigate(leaderLink);
    assertThat(leadersNetwork.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dina möten"))).isVisible();
    leadersNetwork.navigate(server.url() + "/network.html?id=" + term.local());
    assertThat(leadersNetwork.locator("#balance-tables table")).isVisible();
    check("network page, leader on a phone, with the term's speaking balance", leadersNetwork);
    leadersNetwork.context().close();
    carer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Byt språk till engelska")).click();
    assertThat(carer.locator("html")).hasAttribute("lang", "en");
    check("meeting, participant on a phone, in English", carer);

    // After the meeting: the minutes out for comments, a comment with a reply.
    leader.getByLabel("Kommentarer senast").fill(server.clock().todayInSweden().plusDays(7).toString());
    leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka på remiss till gruppen")).click();
    assertThat(carer.locator("#minutes-state")).containsText("comment");
    carer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch language to Swedish")).click();
    assertThat(carer.locator("#minutes-state")).containsText("På remiss");
    Browser.showPart(carer, "Anteckningar");
    check("minutes on review, participant on a phone, the minutes' tab", carer);
    carer.getByLabel("Kommentera: Övrigt").fill("Jag trodde vi sa april?");
    carer.getByLabel("Kommentera: Övrigt").press("Enter");
    assertThat(leader.locator(".comment-list").first()).containsText("Jag trodde vi sa april?");
    check("minutes on review, leader", leader);
    check("minutes on review, participant on a phone", carer);

    Page room = leader.context().newPage();
    room.navigate(server.url() + "/room.html?id=" + leader.url().replaceAll(".*id=", ""));
    assertThat(room.locator("#status")).hasText("Ansluten");
    check("room screen", room);

    // The round's compilation: the enablers' writing page, and the published text on a phone.
    String compilation = "/api/theme-networks/" + term.theme() + "/compilations/1";
    term.rest().ok("PUT", compilation, term.enablerToken(),
        "{\"text\":\"## Vad vi hörde\\n\\n> Vi vill bli tillfrågade.\\n\\n- Samverkan\\n- Stöd\",\"version\":0}");
    term.rest().ok("POST", compilation + "/publish", term.enablerToken(), "{\"version\":1}");
    enabler.navigate(server.url() + "/compilation.html?theme=" + term.theme() + "&round=1");
    assertThat(enabler.locator("#save-state")).hasText(java.util.regex.Pattern.compile("^Sparat"));
    check("compilation, enabler writing", enabler);
    carer.navigate(server.url() + "/compilation.html?theme=" + term.theme() + "&round=1");
    assertThat(carer.locator("#published-text blockquote")).hasText("Vi vill bli tillfrågade.");
    check("compilation, participant on a phone", carer);

    assertEquals(List.of(), found, String.join("\n", found));
  }
}

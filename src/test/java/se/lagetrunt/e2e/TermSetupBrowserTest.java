package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestServer;

/**
 * The start of a term, as people do it in the browser: an enabler sets up a theme network with a
 * local network and a series from a seed template and invites a leader; the leader adds three
 * participants; a participant opens their link and sees the next meeting's questions.
 */
class TermSetupBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  private static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  private static String addPerson(Page page, String name, String group, String role) {
    // The form to add someone (each member in the list has their own form to correct their details).
    Locator form = page.locator("#person-form");
    form.getByLabel("Namn", new Locator.GetByLabelOptions().setExact(true)).fill(name);
    form.getByLabel("Intressentgrupp").selectOption(group);
    if (role != null) {
      form.getByLabel("Roll").selectOption(role);
    }
    page.getByRole(AriaRole.BUTTON, named("Lägg till")).click();
    assertThat(page.locator("#link-for")).hasText("Personlig länk för " + name + ":");
    return page.locator("#link-value").inputValue();
  }

  private static String readAll(com.microsoft.playwright.Download download) {
    try {
      return java.nio.file.Files.readString(download.path());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anEnablerSetsUpATermALeaderAddsPeopleAndAParticipantSeesTheQuestions() {
    Person enabler = server.person("Maria Möjliggörare", AccountRole.ENABLER, StakeholderGroup.RESEARCHER);
    String enablerLink = TestServer.await(server.server().services().links().create(enabler.id()));

    BrowserContext enablerBrowser = browser.newPerson();
    Page page = enablerBrowser.newPage();
    page.navigate(enablerLink);
    page.getByLabel("Temanätverkets namn").fill("Nära vård – när vården flyttas hem");
    page.getByRole(AriaRole.BUTTON, named("Nytt temanätverk")).click();
    assertThat(page.locator("#title")).hasText("Nära vård – när vården flyttas hem");
    page.getByLabel("Kommun eller region").fill("Umeå kommun");
    page.getByRole(AriaRole.BUTTON, named("Nytt lokalt nätverk")).click();
    assertThat(page.locator("#title")).hasText("Umeå kommun");

    String leaderLink = addPerson(page, "Lena Ledare", "official", "leader");
    assertThat(page.locator("#member-list")).containsText("Nätverksledare");
    assertThat(page.getByAltText("QR-kod med den personliga länken för Lena Ledare")).isVisible();
    // A second enabler tab, opened while there was room for a leader, later tries a third one.
    Page stale = enablerBrowser.newPage();
    stale.navigate(page.url());
    assertThat(stale.locator("#person-role option")).hasCount(2);
    addPerson(page, "Leo Ledare", "manager", "leader");
    assertThat(page.locator("#person-role option")).hasCount(1);
    Locator staleForm = stale.locator("#person-form");
    staleForm.getByLabel("Namn", new Locator.GetByLabelOptions().setExact(true)).fill("Lisa Ledare");
    staleForm.getByLabel("Intressentgrupp").selectOption("official");
    staleForm.getByLabel("Roll").selectOption("leader");
    stale.getByRole(AriaRole.BUTTON, named("Lägg till")).click();
    assertThat(stale.locator("#message")).hasText("Ett lokalt nätverk har högst två ledare. Ta bort en först.");
    stale.getByRole(AriaRole.BUTTON, named("Stäng meddelandet")).click();
    assertThat(stale.locator("#message")).isHidden();
    stale.close();
    // Ten days from the server's today, at six in the evening in Sweden, as the leader types it.
    String firstMeeting = server.clock().inSweden().plusDays(10).withHour(18).withMinute(0)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    page.getByLabel("Mall").selectOption("nara-vard");
    // A first meeting on the national day: the form says so before anything is created.
    int nextYear = server.clock().inSweden().getYear() + 1;
    page.getByLabel("Första mötet").fill(nextYear + "-06-06T18:00");
    assertThat(page.locator("#series-warnings")).containsText("Möte 1 den " + nextYear + "-06-06 är en helgdag: Sveriges nationaldag.");
    page.getByLabel("Första mötet").fill(firstMeeting);
    page.getByLabel("Mötesform").selectOption("hybrid");
    page.getByRole(AriaRole.BUTTON, named("Skapa en mötesserie")).click();
    assertThat(page.locator("#meeting-list li")).hasCount(6);
    assertThat(page.locator("#meeting-list")).containsText("Möte 6 – Lokal plan");

    BrowserContext leaderBrowser = browser.newPerson();
    Page leader = leaderBrowser.newPage();
    leader.navigate(leaderLink);
    leader.getByRole(AriaRole.LINK, named("Umeå kommun")).click();
    assertThat(leader.locator("#title")).hasText("Umeå kommun");
    assertThat(leader.locator("#person-role option")).hasCount(1);
    List<String> links = List.of(
        addPerson(leader, "Anna Anhörig", "family-carer", null),
        addPerson(leader, "Pelle Politiker", "politician", null),
        addPerson(leader, "Sara Sjuksköterska", "care-staff", null));
    assertThat(leader.locator("#member-list li")).hasCount(5);

    BrowserContext carerBrowser = browser.newPhone();
    Page carer = carerBrowser.newPage();
    carer.navigate(links.get(0));
    Locator next = carer.locator("#next");
    assertThat(next).isVisible();
    assertThat(next.locator("#next-link")).hasText("Möte 1 – Introduktion");
    assertThat(next).containsText("Hybrid (på plats och digitalt)");
    assertThat(next.locator("#next-questions li").first()).hasText(
        "Utifrån anhörigas situation, vad kan vara betydelsefullt stöd för anhöriga när vården förflyttas till hemmet?");
    assertThat(carer.locator("#meeting-list li")).hasCount(6);
    assertThat(carer.locator("#themes")).isHidden();
    carer.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/participant-home.png")).setFullPage(true));

    carer.locator("#next-link").click();
    assertThat(carer.locator("#questions li").first()).containsText("Utifrån anhörigas situation");
    assertThat(carer.locator("#status")).hasText("Ansluten");
    assertThat(carer.locator("#edit")).isHidden();
    com.microsoft.playwright.Download calendar = carer.waitForDownload(() -> carer.locator("#calendar").click());
    assertThat(carer.locator("#calendar")).isVisible();
    org.junit.jupiter.api.Assertions.assertTrue(readAll(calendar).contains("SUMMARY:Möte 1 – Introduktion"));

    // The meeting is on now: from here joining it counts as attending.
    server.execute("UPDATE meeting SET starts_at = " + server.sqlNow() + " WHERE title = 'Möte 1 – Introduktion'");
    leader.getByRole(AriaRole.LINK, named("Möte 1 – Introduktion")).click();
    assertThat(leader.locator("#status")).hasText("Ansluten");
    leader.getByLabel("Välj en deltagare som antecknar").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Pelle Politiker"));
    leader.getByRole(AriaRole.BUTTON, named("Gör till antecknare")).click();
    assertThat(leader.locator("#note-taker-list")).containsText("Pelle Politiker");
    leader.getByLabel("Ny fråga på tavlan").fill("Vad är viktigast för anhöriga hos oss?");
    leader.getByRole(AriaRole.BUTTON, named("Lägg till frågan")).click();
    assertThat(leader.locator("#questions li")).hasCount(2);
    carer.reload();
    assertThat(carer.locator("#questions li .question-text").last()).hasText("Vad är viktigast för anhöriga hos oss?");

    leader.getByLabel("Vem", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Sara Sjuksköterska"));
    leader.getByLabel("Deltar").selectOption("phone");
    leader.locator("#seat-form button[type=submit]").click();
    assertThat(carer.locator("#people")).containsText("Sara Sjuksköterska");
    assertThat(carer.locator("#people")).containsText("Vård- och omsorgspersonal · per telefon");
    assertThat(leader.locator("#attendance")).containsText("Närvaro: 3");
    leader.getByRole(AriaRole.BUTTON, named("Starta en runda")).click();
    assertThat(carer.locator("#round-order li")).hasCount(3);
    leader.getByRole(AriaRole.BUTTON, named("Fortsätt rundan på nästa möte")).click();
    assertThat(carer.locator("#round-status")).hasText("Ingen runda pågår.");
    leader.getByRole(AriaRole.LINK, named("← Alla möten")).click();
    leader.getByRole(AriaRole.LINK, named("Umeå kommun")).click();
    Locator firstRow = leader.locator("table.attendance tbody tr").first();
    assertThat(firstRow.locator("td").first()).hasText("3");
    assertThat(leader.locator("#minutes-status tbody tr").first()).containsText("Möte 1 – Introduktion");
    assertThat(leader.locator("#minutes-status tbody tr").first()).containsText("Utkast");
    com.microsoft.playwright.Download csv = leader.waitForDownload(() ->
        leader.getByRole(AriaRole.BUTTON, named("Ladda ner som kalkylblad (CSV)")).click());
    org.junit.jupiter.api.Assertions.assertTrue(readAll(csv).contains("Möte 1 – Introduktion"));

    leader.getByRole(AriaRole.LINK, named("Möte 2 – Det som fungerar i dag")).click();
    assertThat(leader.locator("#carried-text")).hasText(
        "Rundan från Möte 1 – Introduktion fortsätter med: Lena Ledare, Anna Anhörig, Sara Sjuksköterska.");
    leader.getByRole(AriaRole.BUTTON, named("Fortsätt rundan")).click();
    assertThat(leader.locator("#round-order li")).hasCount(1);
    assertThat(leader.locator("#your-turn")).isVisible();
    assertThat(leader.locator("#carried")).isHidden();
    leader.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/network-leader.png")).setFullPage(true));
    carerBrowser.close();
    leaderBrowser.close();
    enablerBrowser.close();
  }
}

package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestServer;

/**
 * The question board in four browsers and a room screen: the leader prepares it days ahead, a
 * participant reads it and proposes a question, two others support it, the leader takes it onto
 * the board and makes it current, and every page and the room view show it. User text is never
 * markup anywhere on the way.
 */
class BoardBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();
  private static final String PAYLOAD = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";

  private static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  private Page open(BrowserContext context, Person person, MeetingInfo meeting) {
    return Browser.openMeeting(context, server, person, meeting);
  }

  @Test
  void aProposalSupportedByTwoBecomesTheCurrentQuestionOnEveryScreen() {
    Person lena = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    Person anna = server.person("Anna Anhörig", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
    Person bo = server.person("Bo Biståndshandläggare", AccountRole.PARTICIPANT, StakeholderGroup.OFFICIAL);
    Person cilla = server.person("Cilla Chef", AccountRole.PARTICIPANT, StakeholderGroup.MANAGER);
    MeetingInfo meeting = server.meeting(lena, MeetingRole.LEADER);
    List.of(anna, bo, cilla).forEach(p -> server.addMember(meeting, p, MeetingRole.PARTICIPANT));
    server.execute("UPDATE meeting SET starts_at = " + server.sqlNow() + " + interval '3 days', "
        + "purpose = 'Att förstå vad nära vård betyder för anhöriga' WHERE id = '" + meeting.id() + "'");

    BrowserContext leaderContext = browser.newPerson();
    Page lead = open(leaderContext, lena, meeting);
    lead.getByLabel("Ny fråga på tavlan").fill("Vad innebär nära vård för er?");
    lead.getByRole(AriaRole.BUTTON, named("Lägg till frågan")).click();
    lead.getByLabel("Ny fråga på tavlan").fill("Vilka utmaningar ser ni?");
    lead.getByRole(AriaRole.BUTTON, named("Lägg till frågan")).click();
    assertThat(lead.locator("#questions li")).hasCount(2);
    lead.getByRole(AriaRole.BUTTON, named("Flytta upp: Vilka utmaningar ser ni?")).click();
    assertThat(lead.locator("#questions li .question-text").first()).hasText("Vilka utmaningar ser ni?");
    lead.getByLabel("Rubrik").fill("Forskningssammanfattning");
    lead.getByLabel("Länk (valfri)").fill("https://example.org/nara-vard.pdf");
    lead.getByRole(AriaRole.BUTTON, named("Lägg till underlag")).click();
    lead.getByLabel("Ny fråga på tavlan").fill(PAYLOAD);
    lead.getByRole(AriaRole.BUTTON, named("Lägg till frågan")).click();
    assertThat(lead.locator("#questions li")).hasCount(3);
    // With the mouse: the last question dragged onto the second takes its place.
    lead.locator("#questions li").nth(2).dragTo(lead.locator("#questions li").nth(1));
    assertThat(lead.locator("#questions li .question-text")).hasText(new String[] {
        "Vilka utmaningar ser ni?", PAYLOAD, "Vad innebär nära vård för er?"});

    Page carer = open(browser.newPhone(), anna, meeting);
    assertThat(carer.locator("#purpose")).containsText("Att förstå vad nära vård betyder för anhöriga");
    assertThat(carer.locator("#questions li .question-text")).hasText(new String[] {
        "Vilka utmaningar ser ni?", PAYLOAD, "Vad innebär nära vård för er?"});
    assertThat(carer.locator("#background a")).hasAttribute("href", "https://example.org/nara-vard.pdf");
    assertThat(carer.locator("#add-question-form")).isHidden();
    assertThat(carer.locator("#current-question")).hasText("Ingen fråga är vald ännu.");
    carer.getByLabel("Föreslå en fråga").fill("Hur når vi anhöriga som inte syns?");
    carer.getByRole(AriaRole.BUTTON, named("Skicka förslaget")).click();
    assertThat(carer.locator("#proposals li")).containsText("Föreslagen av Anna Anhörig");

    Page official = open(browser.newPerson(), bo, meeting);
    Page manager = open(browser.newPerson(), cilla, meeting);
    for (Page page : List.of(official, manager)) {
      page.getByRole(AriaRole.BUTTON, named("Stöd förslaget: Hur når vi anhöriga som inte syns?")).click();
      assertThat(page.getByRole(AriaRole.BUTTON, named("Ta tillbaka stödet: Hur når vi anhöriga som inte syns?")))
          .hasAttribute("aria-pressed", "true");
    }
    assertThat(lead.locator("#proposals li")).containsText("2 stöder");
    assertThat(carer.locator("#proposals li")).containsText("2 stöder");

    Page room = leaderContext.newPage();
    room.navigate(server.url() + "/room.html?id=" + meeting.id());
    assertThat(room.locator("#status")).hasText("Ansluten");
    assertThat(room.locator("#room-question")).hasText("Ingen fråga är vald ännu.");

    lead.getByRole(AriaRole.BUTTON, named("Ta med på tavlan: Hur når vi anhöriga som inte syns?")).click();
    assertThat(lead.locator("#questions li")).hasCount(4);
    assertThat(lead.locator("#closed-proposal-list")).containsText("Finns nu på tavlan");
    lead.getByRole(AriaRole.BUTTON, named("Gör aktuell: Hur når vi anhöriga som inte syns?")).click();
    for (Page page : List.of(lead, carer, official, manager)) {
      assertThat(page.locator("#current-question")).hasText("Hur når vi anhöriga som inte syns?");
    }
    assertThat(room.locator("#room-question")).hasText("Hur når vi anhöriga som inte syns?");
    assertThat(carer.locator("#announcer")).hasText("Aktuell fråga: Hur når vi anhöriga som inte syns?");

    lead.getByLabel("Gruppens tolkning av frågan").fill("Anhöriga som inte själva ser sig som anhöriga. " + PAYLOAD);
    lead.getByRole(AriaRole.BUTTON, named("Spara tolkningen")).click();
    assertThat(carer.locator("#interpretation")).hasText("Anhöriga som inte själva ser sig som anhöriga. " + PAYLOAD);
    assertThat(room.locator("#room-interpretation")).containsText("Anhöriga som inte själva ser sig som anhöriga.");
    assertThat(lead.locator("#people li")).hasCount(4);
    assertThat(lead.locator("#people")).not().containsText("enheter");

    for (Page page : List.of(lead, carer, official, manager, room)) {
      assertEquals(0, page.locator("main img[src=x], main script").count(), "user text is never markup");
      assertEquals(true, page.evaluate("() => window.__pwned === undefined"));
    }
    carer.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/board-phone.png")).setFullPage(true));
    lead.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/board-leader.png")).setFullPage(true));
    room.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/room-view.png")));

    carer.reload();
    assertThat(carer.locator("#status")).hasText("Ansluten");
    assertThat(carer.locator("#current-question")).hasText("Hur når vi anhöriga som inte syns?");
    assertThat(carer.locator("#questions li")).hasCount(4);

    // The leader is rewording a question when someone else changes the board: nothing typed is lost.
    lead.getByRole(AriaRole.BUTTON, named("Ändra: Vad innebär nära vård för er?")).click();
    Locator wording = lead.getByLabel("Frågans text");
    wording.press("End");
    wording.pressSequentially(" Och för oss");
    carer.getByLabel("Föreslå en fråga").fill("Vem ringer man?");
    carer.getByRole(AriaRole.BUTTON, named("Skicka förslaget")).click();
    assertThat(lead.locator("#proposals")).containsText("Vem ringer man?");
    lead.keyboard().type(" som leder?");
    lead.keyboard().press("Enter");
    assertThat(carer.locator("#questions")).containsText("Vad innebär nära vård för er? Och för oss som leder?");
  }

  /**
   * The leader pre-meeting agrees on a question and shares it with the local meetings of its
   * round; a local leader sets it aside with a reason, and the enabler sees that on the theme page.
   */
  @Test
  void aSharedQuestionSetAsideLocallyShowsOnTheThemePage() {
    se.lagetrunt.testing.TwoNetworks nets = new se.lagetrunt.testing.TwoNetworks(server);
    Page enabler = browser.newPerson().newPage();
    enabler.navigate(TestServer.await(server.server().services().links().create(nets.own.enabler().id())));
    enabler.waitForURL(server.url() + "/"); // signed in: the link page has moved on to the start page
    enabler.navigate(server.url() + "/meeting.html?id=" + nets.own.preMeeting());
    assertThat(enabler.locator("#status")).hasText("Ansluten");
    enabler.getByLabel("Ny fråga på tavlan").fill("Hur ser hemsjukvården ut hos er?");
    enabler.getByRole(AriaRole.BUTTON, named("Lägg till frågan")).click();
    assertThat(enabler.locator("#questions")).containsText("Hur ser hemsjukvården ut hos er?");
    enabler.getByLabel("Nytt syfte för de lokala mötena (frivilligt)").fill("Att höra hur hemsjukvården fungerar hos var och en.");
    enabler.getByRole(AriaRole.BUTTON, named("Dela frågorna med de lokala mötena")).click();
    assertThat(enabler.locator("#share-result")).containsText("Frågorna finns nu hos 1 lokalt möte");

    Page leader = browser.newPerson().newPage();
    leader.navigate(TestServer.await(server.server().services().links().create(nets.own.leader().id())));
    leader.waitForURL(server.url() + "/"); // signed in: the link page has moved on to the start page
    leader.navigate(server.url() + "/meeting.html?id=" + nets.own.localMeeting());
    assertThat(leader.locator("#status")).hasText("Ansluten");
    assertThat(leader.locator("#purpose")).hasText("Syfte: Att höra hur hemsjukvården fungerar hos var och en.");
    leader.getByRole(AriaRole.BUTTON, named("Inte relevant för oss: Hur ser hemsjukvården ut hos er?")).click();
    leader.getByLabel("Varför passar frågan inte hos er?").fill("Vi har ingen hemsjukvård i kommunen ännu");
    leader.getByLabel("Varför passar frågan inte hos er?").press("Enter");
    assertThat(leader.locator("#questions")).containsText("Inte relevant här: Vi har ingen hemsjukvård i kommunen ännu");

    enabler.navigate(server.url() + "/theme.html?id=" + nets.own.theme().id());
    assertThat(enabler.locator("#aside-list li")).hasCount(1);
    assertThat(enabler.locator("#aside-list")).containsText("Hur ser hemsjukvården ut hos er?");
    assertThat(enabler.locator("#aside-list")).containsText("Umeå");
    assertThat(enabler.locator("#aside-list")).containsText("Vi har ingen hemsjukvård i kommunen ännu");
    assertThat(enabler.locator("#theme-minutes tbody tr").first()).containsText("Möte 1");
  }
}

package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.Coturn;
import se.lagetrunt.testing.TestPostgres;
import se.lagetrunt.testing.TestServer;

/**
 * The self-check before a meeting, from the start page: microphone, speaker and connection – with
 * no relay (direct), through a real coturn over TCP with the server's credentials, and with a wrong
 * secret (blocked, with advice) – and the leader sees who is ready, who is not, and who has not
 * tested. A person without a microphone is told so, and the leader sees that too.
 */
class VoiceCheckBrowserTest {
  private static final LocatorAssertions.HasTextOptions CONNECTING = new LocatorAssertions.HasTextOptions().setTimeout(20_000);
  @RegisterExtension
  static final Browser browser = Browser.perClass();
  @RegisterExtension
  static final Coturn.PerClass coturn = Coturn.perClass();

  @ParameterizedTest
  @ValueSource(strings = {"direct", "relay", "wrong-secret"})
  void aPersonChecksTheirSoundAndTheLeaderSeesWhoIsReady(String network) throws java.io.IOException {
    try (TestServer server = TestServer.start(TestPostgres.newDatabase(), root -> {
      if (!network.equals("direct")) {
        root.putObject("voice").put("turnSecret", network.equals("relay") ? Coturn.SECRET : "not-the-relay-secret")
            .putArray("turnUrls").add(coturn.url());
      }
    })) {
      Person lena = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
      Person anna = server.person("Anna Anhörig", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
      Person bo = server.person("Bo Utanmikrofon", AccountRole.PARTICIPANT, StakeholderGroup.CIVIL_SOCIETY);
      Person johan = server.person("Johan Omsorg", AccountRole.PARTICIPANT, StakeholderGroup.CARE_STAFF);
      MeetingInfo meeting = server.meeting(lena, MeetingRole.LEADER);
      for (Person person : List.of(anna, bo, johan)) {
        server.addMember(meeting, person, MeetingRole.PARTICIPANT);
      }

      Page check = openCheck(browser.newPerson(), server, anna);
      check.getByRole(AriaRole.BUTTON, Browser.named("Testa mikrofonen")).click();
      assertThat(check.locator("#mic-result")).hasText("Mikrofonen hör dig.", CONNECTING);
      check.getByRole(AriaRole.BUTTON, Browser.named("Spela upp ett ljud")).click();
      check.getByRole(AriaRole.BUTTON, Browser.named("Ja, jag hörde det")).click();
      assertThat(check.locator("#speaker-result")).hasText("Högtalaren fungerar.");
      check.getByRole(AriaRole.BUTTON, Browser.named("Testa anslutningen")).click();
      Locator summary = check.locator("#summary-text");
      switch (network) {
        case "direct" -> {
          assertThat(check.locator("#connection-ways li")).hasText("Direkt mellan deltagarna: fungerar", CONNECTING);
          assertThat(summary).hasText("Redo");
        }
        case "relay" -> {
          assertThat(check.locator("#connection-ways li")).hasText("Via reläservern (TCP): fungerar", CONNECTING);
          assertThat(summary).hasText("Redo");
        }
        default -> {
          assertThat(check.locator("#connection-ways li")).hasText("Via reläservern (TCP): kommer inte fram", CONNECTING);
          assertThat(check.locator("#connection-result")).hasText("Ljudet kommer inte fram genom ditt nätverk.");
          assertThat(summary).hasText("Blockerad");
          assertThat(check.locator("#advice")).containsText("port 443");
        }
      }
      Assertions.assertEquals(List.of(), Accessibility.violations(check));

      // Bo's computer has no microphone: he is told so, with what to do.
      BoardlessContext noMicrophone = new BoardlessContext(browser.newPerson());
      Page bosCheck = openCheck(noMicrophone.context, server, bo);
      bosCheck.getByRole(AriaRole.BUTTON, Browser.named("Testa mikrofonen")).click();
      assertThat(bosCheck.locator("#mic-result")).hasText("Ingen mikrofon hittades.");
      bosCheck.getByRole(AriaRole.BUTTON, Browser.named("Testa anslutningen")).click();
      assertThat(bosCheck.locator("#summary-text")).hasText(network.equals("wrong-secret") ? "Blockerad" : "Ingen mikrofon", CONNECTING);
      assertThat(bosCheck.locator("#advice")).containsText("headset");

      Page lead = Browser.openMeeting(browser.newPerson(), server, lena, meeting);
      String annas = network.equals("wrong-secret") ? "Blockerad" : "Redo";
      assertThat(lead.locator("#readiness-list li[data-person='" + anna.id() + "']")).containsText("Anna Anhörig – " + annas);
      assertThat(lead.locator("#readiness-list li[data-person='" + bo.id() + "']")).containsText(
          network.equals("wrong-secret") ? "Blockerad" : "Ingen mikrofon");
      assertThat(lead.locator("#readiness-list li[data-person='" + johan.id() + "']")).containsText("Johan Omsorg – Inte testat");
    }
  }

  /** A person's browser in which no microphone is found (as on a desktop without one). */
  private record BoardlessContext(BrowserContext context) {
    BoardlessContext {
      context.addInitScript("navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('none', 'NotFoundError'));");
    }
  }

  private static Page openCheck(BrowserContext context, TestServer server, Person person) {
    Page page = context.newPage();
    page.navigate(TestServer.await(server.server().services().links().create(person.id())));
    page.getByRole(AriaRole.LINK, Browser.named("Testa ljud och anslutning")).click();
    assertThat(page.locator("h1")).hasText("Testa ljud och anslutning");
    return page;
  }
}

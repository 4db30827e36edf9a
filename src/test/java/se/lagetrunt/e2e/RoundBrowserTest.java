package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestServer;

/**
 * Round the table in three browsers plus a guest in the room: a full round with a pass, keyboard
 * shortcuts, raised hands, a closing reflection round, and the leader's balance per group.
 */
class RoundBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  private static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  private Page open(Person person, MeetingInfo meeting) {
    return Browser.openMeeting(browser.newPerson(), server, person, meeting);
  }

  @Test
  void aFullRoundWithAPassHandsAReflectionRoundAndTheBalance() {
    Person lena = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    Person anna = server.person("Anna Anhörig", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
    Person bo = server.person("Bo Handläggare", AccountRole.PARTICIPANT, StakeholderGroup.OFFICIAL);
    MeetingInfo meeting = server.meeting(lena, MeetingRole.LEADER);
    server.addMember(meeting, anna, MeetingRole.PARTICIPANT);
    server.addMember(meeting, bo, MeetingRole.PARTICIPANT);

    Page lead = open(lena, meeting);
    Page carer = open(anna, meeting);
    Page official = open(bo, meeting);
    assertThat(lead.locator("#people li")).hasCount(3);
    lead.getByLabel("Gästens namn").fill("Gäst i rummet");
    lead.locator("#seat-group").selectOption("other");
    lead.locator("#seat-form button[type=submit]").click();
    assertThat(carer.locator("#people")).containsText("Gäst i rummet");
    assertThat(carer.locator("#leader-round")).isHidden();

    lead.getByRole(AriaRole.BUTTON, named("Starta en runda")).click();
    assertThat(lead.locator("#your-turn")).isVisible();
    lead.getByRole(AriaRole.BUTTON, named("Flytta upp: Bo Handläggare")).click();
    assertThat(carer.locator("#round-order li").nth(1)).containsText("Bo Handläggare");
    lead.getByRole(AriaRole.BUTTON, named("Flytta upp: Anna Anhörig")).click();
    assertThat(carer.locator("#round-status")).hasText("Nu talar Lena Ledare. Näst på tur: Anna Anhörig.");
    server.clock().advance(Duration.ofMinutes(1)); // Lena speaks a minute
    lead.getByRole(AriaRole.BUTTON, named("Klar")).click();

    assertThat(carer.locator("#your-turn")).hasText("Det är din tur!");
    assertThat(carer.locator("#announcer")).hasText("Det är din tur att tala.");
    assertThat(official.locator("#your-turn")).isHidden();
    server.clock().advance(Duration.ofMinutes(3)); // Anna three; Bo passes and the guest is cut short
    carer.locator("body").press("k");
    assertThat(official.locator("#your-turn")).isVisible();
    official.getByRole(AriaRole.BUTTON, named("Avstå")).click();
    assertThat(lead.locator("#round-status")).containsText("Nu talar Gäst i rummet.");
    assertThat(lead.locator("#round-order li").nth(2)).containsText("avstod");
    lead.getByRole(AriaRole.BUTTON, named("Avsluta turen")).click();
    assertThat(lead.locator("#round-status")).hasText("Ingen runda pågår.");
    assertThat(lead.locator("#per-person li").first()).containsText("Anna Anhörig");
    assertThat(carer.locator("#per-person")).isHidden();

    official.locator("body").press("h");
    assertThat(lead.locator("#hand-list")).containsText("Bo Handläggare");
    carer.getByRole(AriaRole.BUTTON, named("Räck upp handen")).click();
    assertThat(lead.locator("#hand-list li")).hasCount(2);
    assertThat(carer.getByRole(AriaRole.BUTTON, named("Ta ner handen"))).isVisible();

    lead.getByLabel("Slags runda").selectOption("reflection");
    lead.getByRole(AriaRole.BUTTON, named("Starta en runda")).click();
    assertThat(official.locator("#round-order li")).hasCount(4);
    lead.getByRole(AriaRole.BUTTON, named("Avsluta rundan")).click();
    assertThat(carer.locator("#round-status")).hasText("Ingen runda pågår.");

    assertThat(carer.locator("#balance")).isHidden();
    var carers = lead.locator("#balance-table tr[data-group=family-carer] td");
    assertThat(carers.nth(1)).hasText(" 25 %");
    assertThat(carers.nth(0)).hasText(" 75 %"); // three of the four minutes spoken
    var officials = lead.locator("#balance-table tr[data-group=official] td");
    assertThat(officials.nth(0)).hasText(" 25 %");
    assertThat(officials.nth(1)).hasText(" 50 %");
    lead.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/round-leader.png")).setFullPage(true));
    carer.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/round-carer.png")));
  }
}

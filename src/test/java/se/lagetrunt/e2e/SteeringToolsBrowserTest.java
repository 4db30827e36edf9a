package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestServer;

/**
 * The leader's tools around the live meeting (webroot/js/meeting-steering.js): a message to
 * everyone, the meeting's details edited, a guest invited with a personal link – and none of
 * them on a participant's page.
 */
class SteeringToolsBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  @Test
  void theLeaderSetsAMessageEditsTheMeetingAndInvitesAGuest() {
    Person leader = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    Person carer = server.person("Anna Anhörig", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
    MeetingInfo meeting = server.meeting(leader, MeetingRole.LEADER);
    server.addMember(meeting, carer, MeetingRole.PARTICIPANT);
    Page lead = Browser.openMeeting(browser.newPerson(), server, leader, meeting);
    Page anna = Browser.openMeeting(browser.newPerson(), server, carer, meeting);
    assertThat(anna.locator("#topic-form")).isHidden();
    assertThat(anna.locator("#edit")).isHidden();
    assertThat(anna.locator("#invite")).isHidden();

    lead.getByLabel("Nytt meddelande till alla").fill("Paus till 19.10");
    lead.getByRole(AriaRole.BUTTON, Browser.named("Visa för alla")).click();
    assertThat(anna.locator("#topic")).hasText("Paus till 19.10");

    lead.locator("#edit summary").click();
    lead.locator("#edit-title").fill("Träff 1: Vad fungerar?");
    lead.locator("#edit-form button[type=submit]").click();
    assertThat(lead.locator("#title")).hasText("Träff 1: Vad fungerar?");

    lead.locator("#invite-name").fill("Göran Gäst");
    lead.locator("#invite-group").selectOption("civil-society");
    lead.getByRole(AriaRole.BUTTON, Browser.named("Skapa personlig länk")).click();
    assertThat(lead.locator("#invite-for")).containsText("Göran Gäst");
    assertThat(lead.locator("#invite-link")).hasValue(java.util.regex.Pattern.compile("^http.*"));
  }
}

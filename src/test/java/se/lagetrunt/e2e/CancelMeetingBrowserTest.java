package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * The leader calls a meeting off from its page with a reason everyone then reads there and in the
 * network's list, and takes it back; a participant's page says it too.
 */
class CancelMeetingBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  @Test
  void aLeaderCallsAMeetingOffAndTakesItBack() throws java.io.IOException {
    TwoNetworks nets = new TwoNetworks(server);
    String fifth = null;
    for (JsonNode meeting : new RestClient(server).ok("GET", "/api/meetings", server.token(nets.own.leader()), null)) {
      if (meeting.get("round").asInt() == 5 && "local".equals(meeting.get("kind").asText())) {
        fifth = meeting.get("id").asText();
      }
    }
    Page leader = browser.newPerson().newPage();
    leader.navigate(TestServer.await(server.server().services().links().create(nets.own.leader().id())));
    assertThat(leader.getByRole(AriaRole.HEADING, Browser.named("Dina möten"))).isVisible();
    leader.navigate(server.url() + "/meeting.html?id=" + fifth);
    Browser.showPart(leader, "Deltagare");
    leader.locator("#edit summary").click();
    leader.getByLabel("Varför ställs mötet in?").fill("Lokalen är inte tillgänglig.");
    leader.onceDialog(dialog -> dialog.accept());
    leader.getByRole(AriaRole.BUTTON, Browser.named("Ställ in mötet")).click();
    assertThat(leader.locator("#cancelled-note")).hasText("Mötet är inställt: Lokalen är inte tillgänglig.");

    Page participant = browser.newPhone().newPage();
    participant.navigate(TestServer.await(server.server().services().links().create(nets.own.participant().id())));
    assertThat(participant.getByRole(AriaRole.HEADING, Browser.named("Dina möten"))).isVisible(); // signed in
    participant.navigate(server.url() + "/network.html?id=" + nets.own.local().id());
    assertThat(participant.locator("#meeting-list li", new Page.LocatorOptions().setHasText("Möte 5"))).containsText("INSTÄLLT");
    participant.navigate(server.url() + "/meeting.html?id=" + fifth);
    assertThat(participant.locator("#cancelled-note")).hasText("Mötet är inställt: Lokalen är inte tillgänglig.");
    assertEquals(List.of(), Accessibility.violations(participant));

    leader.getByRole(AriaRole.BUTTON, Browser.named("Mötet blir av ändå")).click();
    assertThat(leader.locator("#cancelled-note")).isHidden();
  }
}

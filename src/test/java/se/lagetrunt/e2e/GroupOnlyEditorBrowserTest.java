package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestServer;

/**
 * "Stays in the group" is a visible block in the editor, not raw fence text: marked with the
 * keyboard, shaded and labelled, and an unclosed fence shown as such (everything after it stays).
 */
class GroupOnlyEditorBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  @Test
  void aPassageMarkedWithTheKeyboardIsShownAsABlockThatStaysInTheGroup() {
    Person lena = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    MeetingInfo meeting = server.meeting(lena, MeetingRole.LEADER);
    Page page = Browser.openMeeting(browser.newPerson(), server, lena, meeting);
    Locator other = page.locator(".minutes-section[data-section='other']");
    other.locator(".cm-content").click();
    page.keyboard().type("Till kommunen: fler träffar.");
    page.keyboard().press("Enter");
    page.keyboard().type("Annas berättelse om sin mamma.");
    page.keyboard().press("Control+Shift+G");

    Locator block = other.locator(".cm-line.cm-group-only");
    assertThat(block).hasCount(3);
    assertThat(other.locator(".cm-group-only-open")).hasAttribute("data-label", "Stannar i gruppen");
    assertThat(other.locator(".cm-group-only-inside")).hasText("Annas berättelse om sin mamma.");
    assertThat(other.locator(".cm-line").first()).not().hasClass(java.util.regex.Pattern.compile("cm-group-only"));
    assertThat(other.locator(".minutes-status")).hasText("");
    assertEquals("Till kommunen: fler träffar.\n:::gruppen\nAnnas berättelse om sin mamma.\n:::", saved(meeting));
    other.screenshot(new Locator.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/minutes-group-only.png")));

    // Without its closing fence, everything after the opening stays in the group, and the editor says so.
    page.keyboard().press("Control+End");
    page.keyboard().press("Shift+Home");
    page.keyboard().press("Backspace");
    page.keyboard().press("Backspace");
    assertThat(other.locator(".cm-group-only-unclosed")).hasAttribute("data-label",
        java.util.regex.Pattern.compile("inte avslutat"));
    assertThat(other.locator(".minutes-status")).hasText("");
    assertEquals("Till kommunen: fler träffar.\n:::gruppen\nAnnas berättelse om sin mamma.", saved(meeting));
  }

  private String saved(MeetingInfo meeting) {
    return TestServer.await(server.server().services().eventLog().currentState(meeting.id())).minutes().section("other").text();
  }
}

package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestServer;

/**
 * What a real page produces in one go must save on every transport: 150 keystrokes typed offline
 * (more updates than one push may carry) and a 60 KB paste of Swedish text (more than one message
 * may carry), over WebSocket and over the SockJS fallback.
 */
class MinutesLargeEditsBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  private static final LocatorAssertions.HasTextOptions PATIENT = new LocatorAssertions.HasTextOptions().setTimeout(20_000);

  private static Locator other(Page page) {
    return page.locator(".minutes-section[data-section='other']");
  }

  private String saved(MeetingInfo meeting) {
    return TestServer.await(server.server().services().eventLog().currentState(meeting.id())).minutes().section("other").text();
  }

  /** What Postgres has once it says {@code expected}, or after ten seconds of waiting for it (for the message). */
  private String savedAs(Page page, MeetingInfo meeting, String expected) {
    Browser.waitUntil(page, () -> expected.equals(saved(meeting)));
    return saved(meeting);
  }

  @ParameterizedTest
  @ValueSource(strings = {"websocket", "sockjs"})
  void anOfflineBurstAndABigPasteAreSaved(String transport) {
    Person lena = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    MeetingInfo meeting = server.meeting(lena, MeetingRole.LEADER);
    BrowserContext context = browser.newPerson();
    if (transport.equals("sockjs")) {
      context.addInitScript("sessionStorage.setItem('laget-runt.transport', 'sockjs')");
    }
    Page page = Browser.openMeeting(context, server, lena, meeting, transport.equals("sockjs") ? "Ansluten (reservläge)" : "Ansluten");

    String burst = "Skrivet utan nät: " + "abcdefghij".repeat(14); // 158 keystrokes
    context.setOffline(true);
    // "Ansluten (reservläge)" is not "Ansluten" either: wait for the page to know it is offline.
    assertThat(page.locator("#status")).hasText("Ingen anslutning – försöker igen …");
    other(page).locator(".cm-content").click();
    page.keyboard().type(burst);
    context.setOffline(false);
    assertThat(other(page).locator(".minutes-status")).hasText("", PATIENT);
    assertEquals(burst, savedAs(page, meeting, burst), () -> "handed back: " + other(page).locator(".handed-back").count()
        + ", message: " + page.locator("#message").textContent() + ", editor: " + other(page).locator(".cm-content").textContent());

    String paste = "\nHemtjänsten i Sörmland behöver mer tid för anhöriga – så säger gruppen. ".repeat(820); // ~60 KB in UTF-8
    page.keyboard().press("Control+End");
    page.keyboard().insertText(paste);
    assertThat(other(page).locator(".minutes-status")).hasText("", PATIENT);
    assertEquals(burst + paste, savedAs(page, meeting, burst + paste));
    assertEquals(0, page.locator(".handed-back").count(), "nothing handed back");
  }

  /**
   * What the server refuses for good is handed back, never dropped: a paste past what a section
   * may hold saves as far as it fits and the rest waits beside the section, to copy. A half
   * character that comes in (a broken paste) becomes U+FFFD in the editor instead of a refusal.
   */
  @org.junit.jupiter.api.Test
  void whatTheServerRefusesIsHandedBackAndHalfCharactersAreMended() {
    Person lena = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    MeetingInfo meeting = server.meeting(lena, MeetingRole.LEADER);
    Page page = Browser.openMeeting(browser.newPerson(), server, lena, meeting);
    other(page).locator(".cm-content").click();
    page.evaluate("document.execCommand('insertText', false, 'A' + String.fromCharCode(0xD83D) + 'B')");
    assertThat(other(page).locator(".minutes-status")).hasText("", PATIENT);
    assertEquals("A\uFFFDB", savedAs(page, meeting, "A\uFFFDB"));

    String paste = "x".repeat(210_000);
    page.keyboard().press("Control+End");
    page.keyboard().insertText(paste);
    Locator handedBack = other(page).locator(".handed-back");
    assertThat(handedBack).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    assertThat(handedBack).containsText("kunde inte sparas");
    String kept = (String) handedBack.locator("textarea").evaluate("t => t.value");
    String savedText = saved(meeting);
    assertEquals("A\uFFFDB" + paste, savedText + kept, "what was saved and what was handed back make up what was typed");
    assertEquals(true, savedText.length() <= 200_000);
    assertThat(other(page).locator(".minutes-status")).hasText("");
  }
}

package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.SpeechFile;
import se.lagetrunt.testing.TestServer;

/**
 * Speaking time measured from the voice: Chromium's microphone plays real speech (espeak-ng) with
 * known silences, once; the page measures it on the audio thread and reports it, the room records
 * it as events in Postgres, and the total is within 10 % of the speech in the file. (The room
 * counts no stretch as longer than the time that passed since the last one, so the server's clock
 * is moved on with the audio.)
 */
class VoiceTimeBrowserTest {
  private static final SpeechFile SPEECH = SpeechFile.of(List.of(
      "Jag har tagit hand om min mamma i sju år, och det svåraste är nätterna.",
      "Vi behöver någon som ringer och frågar hur det går.",
      "Det är inte pengarna, det är tiden."), 2000, 2500);

  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.withMicrophoneFile(SPEECH.wav());

  @Test
  void measuredVoiceTimeIsWithinTenPercentOfTheSpeech() {
    Person lena = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    Person anna = server.person("Anna Anhörig", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
    MeetingInfo meeting = server.meeting(lena, MeetingRole.LEADER);
    server.addMember(meeting, anna, MeetingRole.PARTICIPANT);
    Page page = Browser.openMeeting(browser.newPerson(), server, anna, meeting);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anslut med ljud")).click();
    assertThat(page.locator("#voice-status")).hasText("Du hörs.");
    // The file plays once from when the microphone opens, in real time. The server's clock (which
    // stands still unless a test moves it) follows the audio: a second on for every second heard.
    for (int heard = 1000; heard <= SPEECH.lengthMillis() + 1500; heard += 1000) {
      page.waitForFunction("(ms) => Number(document.getElementById('voice-level').dataset.listenedMillis) >= ms", heard,
          new Page.WaitForFunctionOptions().setTimeout(10_000));
      server.clock().advance(java.time.Duration.ofSeconds(1));
    }
    String who = anna.id().toString();
    Browser.waitUntil(page, () -> Math.abs(spoken(meeting, who) - SPEECH.speechMillis()) <= SPEECH.speechMillis() / 10);
    long measured = spoken(meeting, who);
    assertTrue(Math.abs(measured - SPEECH.speechMillis()) <= SPEECH.speechMillis() / 10,
        "measured " + measured + " ms of " + SPEECH.speechMillis() + " ms spoken");
    assertTrue(measured > 0);
  }

  private static long spoken(MeetingInfo meeting, String who) {
    return TestServer.await(server.server().services().eventLog().currentState(meeting.id()))
        .voice().spokenMillis().getOrDefault(who, 0L);
  }
}

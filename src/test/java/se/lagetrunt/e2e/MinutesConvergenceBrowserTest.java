package se.lagetrunt.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.MinutesDoc;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestServer;

/**
 * Convergence with the page's own sync module (minutes-sync.js) against the real server: six
 * editors type into one section with random delays, drop their connections at random (typing
 * while away), and must all end with the same document, which must be what Postgres replays.
 */
class MinutesConvergenceBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  private static String script() throws IOException {
    try (InputStream in = MinutesConvergenceBrowserTest.class.getResourceAsStream("/e2e/minutes-convergence.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Six editors (three over SockJS) with random delays, dropping out at random and typing while
   * away – now and then a burst of up to 500 edits or a paste of up to 60 KB – over WebSocket (two
   * seeds) and SockJS.
   */
  @ParameterizedTest
  @CsvSource({"websocket,7", "websocket,2026", "sockjs,11"})
  void editorsWithRandomDelaysDisconnectsBurstsAndPastesEndIdenticalAndEqualToTheDatabase(String transport, int seed)
      throws IOException {
    Person lena = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    MeetingInfo meeting = server.meeting(lena, MeetingRole.LEADER);
    List<String> tokens = new ArrayList<>(List.of(server.token(lena)));
    // Over SockJS each editor holds a stream and a send open, and a browser opens at most six
    // connections to one server: three editors there (a real page has one connection).
    for (int i = 0, others = transport.equals("sockjs") ? 2 : 5; i < others; i++) {
      Person noteTaker = server.person("Antecknare " + i, AccountRole.PARTICIPANT, StakeholderGroup.CARE_STAFF);
      server.addMember(meeting, noteTaker, MeetingRole.NOTE_TAKER);
      tokens.add(server.token(noteTaker));
    }
    Page page = browser.newPerson().newPage();
    page.navigate(server.url() + "/login.html");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> editors = (List<Map<String, Object>>) page.evaluate(script(), Map.of(
        "meeting", meeting.id().toString(), "tokens", tokens, "seed", seed, "edits", 40, "transport", transport, "burst", 500));
    MinutesDoc saved = TestServer.await(server.server().services().eventLog().currentState(meeting.id()))
        .minutes().section("other");
    int reconnects = 0;
    long slowest = 0;
    for (Map<String, Object> editor : editors) {
      assertEquals(0, ((Number) editor.get("unsent")).intValue(), "everything typed was saved: " + editor.get("errors"));
      assertEquals(List.of(), editor.get("errors"));
      assertEquals(saved.text(), editor.get("doc"), "every editor shows what Postgres has");
      reconnects += ((Number) editor.get("reconnects")).intValue();
      slowest = Math.max(slowest, ((Number) editor.get("savedAfterMs")).longValue());
    }
    System.out.println("convergence " + transport + " seed " + seed + ": " + saved.text().length() + " characters, "
        + reconnects + " reconnects, slowest save " + slowest + " ms after the last edit");
    assertTrue(saved.text().length() > 50, saved.text());
    assertTrue(reconnects > 0, "some editors dropped out and came back");
    assertTrue(slowest < 10_000, "every writer's text saved within seconds of the last edit: " + slowest + " ms");
  }
}

package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestServer;

/**
 * A page whose connection drops while a push is on its way – the server saved it, the page never
 * heard – and that then gets the meeting whole (a snapshot): what it typed after the push is put
 * back, and the push itself is not put back a second time. (Seen once as "…abcdefghijS": the text
 * doubled.)
 */
class MinutesResyncBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  @Test
  void aPushSavedButNeverAnsweredIsNotPutBackTwice() {
    Person lena = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    MeetingInfo meeting = server.meeting(lena, MeetingRole.LEADER);
    Page page = browser.newPerson().newPage();
    // The first connection lets only the welcome through: no snapshot, no events, no answers.
    List<WebSocketRoute> routes = new CopyOnWriteArrayList<>();
    page.routeWebSocket(Pattern.compile(".*/ws$"), ws -> {
      WebSocketRoute toServer = ws.connectToServer();
      boolean first = routes.isEmpty();
      routes.add(ws);
      toServer.onMessage(frame -> {
        String text = frame.text();
        if (first) {
          text = Arrays.stream(text.split("\n")).filter(line -> line.contains("\"type\":\"welcome\""))
              .collect(Collectors.joining("\n"));
        }
        if (!text.isEmpty()) {
          ws.send(text);
        }
      });
    });
    page.navigate(TestServer.await(server.server().services().links().create(lena.id())));
    page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
        new Page.GetByRoleOptions().setName(meeting.title()).setExact(true)).first().click();
    assertThat(page.locator("#status")).hasText("Ansluten");

    Locator other = page.locator(".minutes-section[data-section='other']");
    other.locator(".cm-content").click();
    page.keyboard().type("Hej");
    // The first letter went out alone and was saved; the page waits for an answer that never comes.
    page.waitForCondition(() -> "H".equals(saved(meeting)));
    routes.get(0).close();

    assertThat(page.locator("#status")).hasText("Ansluten");
    assertThat(other.locator(".minutes-status")).hasText("", new LocatorAssertions.HasTextOptions().setTimeout(20_000));
    Browser.waitUntil(page, () -> "H\n\nej".equals(saved(meeting)));
    assertEquals("H\n\nej", saved(meeting), "the saved H once, what followed put back after it");
    assertEquals(2, routes.size());
  }

  private String saved(MeetingInfo meeting) {
    return TestServer.await(server.server().services().eventLog().currentState(meeting.id())).minutes().section("other").text();
  }
}

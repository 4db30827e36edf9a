package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.DelayingProxy;
import se.lagetrunt.testing.TestPostgres;
import se.lagetrunt.testing.TestServer;

/**
 * Two note-takers type at the same spot of one section at once, both on a slow link (every chunk
 * held 150–400 ms each way by a proxy), over WebSocket and over the SockJS fallback: both pages
 * end with the text Postgres has, nothing is left unsaved, and no word of one is cut by a letter
 * of the other. (With @codemirror/collab's rebase, words were split in every such run.)
 */
class SlowLinkMinutesBrowserTest {
  @RegisterExtension
  static final Browser browser = Browser.perClass();
  private static DelayingProxy proxy;
  private static TestServer server;

  // Margareta writes in lower case, separated by spaces; Johan in upper case, separated by
  // hyphens: every character of the result tells whose it is.
  private static final String MARGARETA = "hemsjukvården behöver mer tid för anhöriga och stöd i vardagen ";
  private static final String JOHAN = "BISTÅNDSBESLUT-TAR-FÖR-LÅNG-TID-ENLIGT-GRUPPEN-";

  @BeforeAll
  static void start() {
    proxy = new DelayingProxy(150, 400, 20261202);
    server = TestServer.start(TestPostgres.newDatabase(),
        root -> root.putObject("http").putArray("allowedOrigins").add(proxy.url()));
    proxy.forwardTo(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
    proxy.close();
  }

  private static Page openThroughProxy(BrowserContext context, Person person, MeetingInfo meeting) {
    Page page = context.newPage();
    String link = TestServer.await(server.server().services().links().create(person.id()));
    page.navigate(link.replace(server.url(), proxy.url()));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(meeting.title()).setExact(true)).first().click();
    return page;
  }

  private static Locator other(Page page) {
    return page.locator(".minutes-section[data-section='other']");
  }

  @ParameterizedTest
  @ValueSource(strings = {"websocket", "sockjs"})
  void twoWritersAtOneSpotOnSlowLinksKeepTheirWordsWhole(String transport) {
    Person lena = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    Person margareta = server.person("Margareta", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
    Person johan = server.person("Johan", AccountRole.PARTICIPANT, StakeholderGroup.CARE_STAFF);
    MeetingInfo meeting = server.meeting(lena, MeetingRole.LEADER);
    server.addMember(meeting, margareta, MeetingRole.NOTE_TAKER);
    server.addMember(meeting, johan, MeetingRole.NOTE_TAKER);

    Page[] pages = new Page[2];
    Person[] people = {margareta, johan};
    for (int i = 0; i < 2; i++) {
      BrowserContext context = browser.newPerson();
      if (transport.equals("sockjs")) {
        context.addInitScript("sessionStorage.setItem('laget-runt.transport', 'sockjs')");
      }
      pages[i] = openThroughProxy(context, people[i], meeting);
      assertThat(pages[i].locator("#status")).hasText(transport.equals("sockjs") ? "Ansluten (reservläge)" : "Ansluten",
          new LocatorAssertions.HasTextOptions().setTimeout(20_000));
      other(pages[i]).locator(".cm-content").click();
    }
    for (int i = 0; i < Math.max(MARGARETA.length(), JOHAN.length()); i++) {
      if (i < MARGARETA.length()) {
        pages[0].keyboard().type(String.valueOf(MARGARETA.charAt(i)));
      }
      if (i < JOHAN.length()) {
        pages[1].keyboard().type(String.valueOf(JOHAN.charAt(i)));
      }
    }
    for (Page page : pages) {
      assertThat(other(page).locator(".minutes-status")).hasText("", new LocatorAssertions.HasTextOptions().setTimeout(20_000));
    }
    String saved = TestServer.await(server.server().services().eventLog().currentState(meeting.id()))
        .minutes().section("other").text();
    // Each page has saved its own typing; the other writer's last updates may still be on their
    // way down a slow link (up to 400 ms a chunk). Every page must come to exactly the saved text.
    String shown = "node => [...node.querySelectorAll('.cm-line')].map(line => line.textContent).join('\\n')";
    for (Page page : pages) {
      page.waitForFunction("saved => { const node = document.querySelector(\".minutes-section[data-section='other'] .cm-content\");"
          + " return node && [...node.querySelectorAll('.cm-line')].map(line => line.textContent).join('\\n') === saved; }",
          saved, new Page.WaitForFunctionOptions().setTimeout(20_000));
      assertEquals(saved, other(page).locator(".cm-content").evaluate(shown));
    }
    assertEquals(0, splitWords(saved), "words cut by the other writer: " + saved);
  }

  /** Words of one writer with a character of the other inside; each writer's text must keep its order. */
  private static int splitWords(String text) {
    String[] scripts = {MARGARETA, JOHAN};
    int[] next = new int[2];
    int split = 0;
    int previous = -1;
    for (char c : text.toCharArray()) {
      int writer = Character.isUpperCase(c) || c == '-' ? 1 : 0;
      assertEquals(scripts[writer].charAt(next[writer]), c, "each writer's text in the order typed: " + text);
      boolean inWord = next[writer] > 0 && Character.isLetter(scripts[writer].charAt(next[writer] - 1)) && Character.isLetter(c);
      if (inWord && previous != writer) {
        split++;
      }
      next[writer]++;
      previous = writer;
    }
    assertEquals(MARGARETA.length() + JOHAN.length(), text.length(), "everything typed is there");
    return split;
  }
}

package se.lagetrunt.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.TestServer;

/** The page's texts as people read them: counted things in the right form, in both languages. */
class PageTextsBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  @Test
  void oneMeetingIsNotOneMeetings() {
    assertEquals("Mötesserien är skapad: 1 möte. | Mötesserien är skapad: 6 möten. | … 1 rad oförändrad | 2 stöder",
        texts("sv"));
    assertEquals("The meeting series is created: 1 meeting. | The meeting series is created: 6 meetings. "
        + "| … 1 line unchanged | 2 support it", texts("en"));
  }

  private static Object texts(String language) {
    try (BrowserContext person = browser.newPerson()) {
      Page page = person.newPage();
      page.navigate(server.url() + "/login.html");
      page.evaluate("(language) => localStorage.setItem('language', language)", language);
      page.reload();
      return page.evaluate("""
          async () => {
            const { t } = await import('/js/i18n.js');
            return [t('seriesCreated', { n: 1 }), t('seriesCreated', { n: 6 }), t('historySkipped', { n: 1 }),
              t('supportCount', { n: 2 })].join(' | ');
          }""");
    }
  }
}

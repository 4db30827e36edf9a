package se.lagetrunt.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.testing.TestServer;

/**
 * Replays the server's answers in the page's own modules, in Chromium: the shared vectors that
 * keep each browser mirror of a server rule true to the rule.
 */
final class Mirror {
  private Mirror() {}

  /**
   * Runs {@code script} – an async function of the vectors' JSON text that imports the page's
   * module and returns the differences it found as JSON – on a page of the server; "[]" when none.
   */
  static Object differences(Browser browser, TestServer server, String script, JsonNode vectors) {
    try (BrowserContext person = browser.newPerson()) {
      Page page = person.newPage();
      page.navigate(server.url() + "/login.html");
      return page.evaluate(script, Json.write(vectors));
    }
  }
}

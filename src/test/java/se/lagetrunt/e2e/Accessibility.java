package se.lagetrunt.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import se.lagetrunt.protocol.Json;

/**
 * Runs axe-core (Deque's accessibility engine, from the test classpath) in a page against the
 * WCAG 2.1 A and AA rules, and lists what it finds, one line per element.
 */
final class Accessibility {
  private static final String AXE = load();
  private static final String RUN = """
      async () => {
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return JSON.stringify(result.violations);
      }""";

  private Accessibility() {}

  /** "rule (impact): element – what to fix" for each element that breaks a rule; empty when none does. */
  static List<String> violations(Page page) throws java.io.IOException {
    if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
      page.evaluate(AXE);
    }
    JsonNode violations = Json.read((String) page.evaluate(RUN));
    List<String> found = new ArrayList<>();
    for (JsonNode rule : violations) {
      for (JsonNode node : rule.path("nodes")) {
        found.add(rule.path("id").asText() + " (" + rule.path("impact").asText() + "): " + node.path("target")
            + " – " + node.path("failureSummary").asText().replace('\n', ' '));
      }
    }
    return found;
  }

  /** What the page's Content-Security-Policy blocked since it loaded (a page opened by {@link Browser}). */
  static List<String> policyViolations(Page page) {
    Object found = page.evaluate("() => window.__policyViolations ?? []");
    List<String> lines = new ArrayList<>();
    ((List<?>) found).forEach(line -> lines.add("Content-Security-Policy: " + line));
    return lines;
  }

  private static String load() {
    try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:playwright)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

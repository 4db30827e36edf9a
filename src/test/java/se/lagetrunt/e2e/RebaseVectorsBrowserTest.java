package se.lagetrunt.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.ChangeSet;
import se.lagetrunt.domain.ChangeSet.Section;
import se.lagetrunt.domain.Rebase;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.protocol.MinutesCodec;
import se.lagetrunt.testing.TestServer;

/**
 * The browser's rebase (webroot/js/minutes-sync.js) mirrors the server's ({@link Rebase}): the
 * server's results for seeded random edits – several made one after another, moved over one made
 * beside them, often at the very same places – are replayed in Chromium, and every result must be
 * the same, section for section. If they differed, a slow writer's text would come out one way
 * on the server and another in their own editor.
 */
class RebaseVectorsBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  private static final String PIECES = "aåö é\n😀-";

  @Test
  void theBrowserMovesEditsExactlyAsTheServerDoes() {
    Random random = new Random(20261202);
    ArrayNode vectors = Json.MAPPER.createArrayNode();
    for (int n = 0; n < 2000; n++) {
      String doc = text(random, 12);
      List<ChangeSet> edits = new ArrayList<>();
      String after = doc;
      for (int k = 0, count = 1 + random.nextInt(4); k < count; k++) {
        ChangeSet edit = change(random, after);
        edits.add(edit);
        after = edit.apply(after);
      }
      ChangeSet other = change(random, doc);
      Rebase.Moved moved = Rebase.over(edits, other);
      ObjectNode vector = vectors.addObject();
      ArrayNode in = vector.putArray("edits");
      edits.forEach(edit -> in.add(MinutesCodec.changes(edit)));
      vector.set("other", MinutesCodec.changes(other));
      ArrayNode out = vector.putArray("moved");
      moved.edits().forEach(edit -> out.add(MinutesCodec.changes(edit)));
      vector.set("otherMoved", MinutesCodec.changes(moved.other()));
    }
    Page page = browser.newPerson().newPage();
    page.navigate(server.url() + "/login.html");
    Object differences = page.evaluate("""
        async (vectors) => {
          const { ChangeSet } = await import('/vendor/codemirror/codemirror.js');
          const { rebase } = await import('/js/minutes-sync.js');
          const differences = [];
          for (const v of JSON.parse(vectors)) {
            const result = rebase(v.edits.map((e) => ChangeSet.fromJSON(e)), ChangeSet.fromJSON(v.other));
            const got = JSON.stringify({ moved: result.edits.map((e) => e.toJSON()), otherMoved: result.other.toJSON() });
            const want = JSON.stringify({ moved: v.moved, otherMoved: v.otherMoved });
            if (got !== want) differences.push({ vector: v, got });
          }
          return JSON.stringify(differences.slice(0, 3));
        }""", Json.write(vectors));
    assertEquals("[]", differences);
  }

  private static String text(Random random, int max) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(max); i > 0; i--) {
      text.appendCodePoint(PIECES.codePointAt(PIECES.offsetByCodePoints(0, random.nextInt(PIECES.codePointCount(0, PIECES.length())))));
    }
    return text.toString();
  }

  /** One to three insertions or replacements, mostly at the start, the end or one spot in between. */
  private static ChangeSet change(Random random, String doc) {
    int length = doc.length();
    int[] spots = {0, length, boundary(doc, length / 2)};
    List<Section> sections = new ArrayList<>();
    int at = 0;
    for (int k = 0, count = 1 + random.nextInt(3); k < count && at <= length; k++) {
      int from = random.nextInt(4) > 0 ? spots[random.nextInt(spots.length)] : boundary(doc, at + random.nextInt(length - at + 1));
      if (from < at) {
        continue;
      }
      int to = random.nextBoolean() ? from : boundary(doc, from + random.nextInt(Math.min(3, length - from) + 1));
      sections.add(new Section(from - at, null));
      sections.add(new Section(to - from, random.nextInt(5) == 0 ? "" : text(random, 4) + (random.nextBoolean() ? "x" : "")));
      at = to;
    }
    sections.add(new Section(length - at, null));
    return ChangeSet.of(sections);
  }

  /** The position, moved back off the second half of a surrogate pair. */
  private static int boundary(String doc, int at) {
    return at > 0 && at < doc.length() && Character.isLowSurrogate(doc.charAt(at)) ? at - 1 : at;
  }
}

package se.lagetrunt.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.AuthorRun;
import se.lagetrunt.domain.ChangeSet;
import se.lagetrunt.domain.ChangeSet.Section;
import se.lagetrunt.domain.GroupOnly;
import se.lagetrunt.domain.Rebase;
import se.lagetrunt.documents.MarkdownHtml;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.protocol.MinutesCodec;
import se.lagetrunt.testing.TestServer;

/**
 * Where the page must follow one of the server's rules about text – moving edits, group-only
 * fences, who wrote what, the little Markdown – it is checked against the server's own answers
 * for seeded random inputs, replayed in Chromium: every answer must be the same.
 */
class TextMirrorVectorsBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  private static final String PIECES = "aåö é\n😀-";

  /**
   * The rebase (webroot/js/minutes-sync.js, {@link Rebase}): edits made one after another, moved
   * over one made beside them, often at the very same places, section for section. If they
   * differed, a slow writer's text would come out one way on the server and another in their editor.
   */
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
    Object differences = Mirror.differences(browser, server, """
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
        }""", vectors);
    assertEquals("[]", differences);
  }

  /**
   * Which lines stay in the group (webroot/js/group-only.js, {@link GroupOnly#lines}): fences
   * with capitals, spaces of every kind, invisible characters, unclosed and nested.
   */
  @Test
  void theEditorReadsGroupOnlyFencesAsTheServerDoes() {
    String[] pieces = {":::gruppen", ":::", "::: gruppen", ":::GRUPPEN", "\u00a0", "\u200b", "\u2028", " ", "\t", "text",
        "Gruppen", "\n", "\n", "\n", ":", "\ufeff", "İ", "\u3000", "\r"};
    Random random = new Random(7);
    ArrayNode vectors = Json.MAPPER.createArrayNode();
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(14); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      ObjectNode vector = vectors.addObject().put("text", text.toString());
      ArrayNode kinds = vector.putArray("kinds");
      GroupOnly.lines(text.toString()).forEach(kind -> kinds.add(kind.wireName()));
    }
    Object differences = Mirror.differences(browser, server, """
        async (vectors) => {
          const { lineKinds } = await import('/js/group-only.js');
          return JSON.stringify(JSON.parse(vectors)
            .filter((v) => JSON.stringify(lineKinds(v.text)) !== JSON.stringify(v.kinds))
            .slice(0, 3).map((v) => ({ ...v, got: lineKinds(v.text) })));
        }""", vectors);
    assertEquals("[]", differences);
  }

  /**
   * Who wrote what (webroot/js/authorship.js, {@link ChangeSet#apply(List, UUID)}): a section's
   * author runs carried through a saved update by one writer – insertions, deletions and
   * replacements across runs of three people.
   */
  @Test
  void theEditorCarriesAuthorsThroughAnUpdateAsTheServerDoes() {
    Random random = new Random(20261204);
    List<UUID> people = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    ArrayNode vectors = Json.MAPPER.createArrayNode();
    for (int n = 0; n < 3000; n++) {
      String doc = text(random, 16);
      List<AuthorRun> runs = new ArrayList<>();
      for (int at = 0; at < doc.length(); ) {
        int length = boundary(doc, Math.min(doc.length(), at + 1 + random.nextInt(5))) - at;
        length = length > 0 ? length : Math.min(2, doc.length() - at); // never half a pair
        UUID who = people.get(random.nextInt(people.size()));
        int last = runs.size() - 1;
        if (last >= 0 && runs.get(last).author().equals(who)) { // neighbours are always by different people
          runs.set(last, new AuthorRun(who, runs.get(last).length() + length));
        } else {
          runs.add(new AuthorRun(who, length));
        }
        at += length;
      }
      ChangeSet change = change(random, doc);
      UUID author = people.get(random.nextInt(people.size()));
      ObjectNode vector = vectors.addObject().put("author", author.toString());
      vector.set("runs", runs(runs));
      vector.set("change", MinutesCodec.changes(change));
      vector.set("after", runs(change.apply(runs, author)));
    }
    Object differences = Mirror.differences(browser, server, """
        async (vectors) => {
          const { ChangeSet } = await import('/vendor/codemirror/codemirror.js');
          const { applyRuns } = await import('/js/authorship.js');
          return JSON.stringify(JSON.parse(vectors).map((v) => ({ ...v, got: applyRuns(v.runs, ChangeSet.fromJSON(v.change), v.author) }))
            .filter((v) => JSON.stringify(v.got) !== JSON.stringify(v.after)).slice(0, 3));
        }""", vectors);
    assertEquals("[]", differences);
  }

  /**
   * The little Markdown (webroot/js/markdown-view.js, {@link MarkdownHtml#blocks}): headings,
   * lists and quotes with carriage returns, Unicode line and paragraph separators, no-break and
   * ideographic spaces, markup characters and control characters. The page builds elements and
   * the server XHTML; the page's elements are written out as the server writes its XHTML.
   */
  @Test
  void thePageShowsMarkdownAsTheServersExportsDo() {
    String[] pieces = {"# ", "## ", "### ", "#### ", "#", "- ", "-", ">", "> ", "\r\n", "\n", "\n", "\n", "\r", "\u2028",
        "\u2029", "\u00a0", "\u2007", "\u3000", "\ufeff", " ", "\t", "text", "Rubrik", "<b>&'\"", "\u0001", "😀", "\u001c"};
    Random random = new Random(20261205);
    ArrayNode vectors = Json.MAPPER.createArrayNode();
    vectors.addObject().put("text", "# Rubrik\r\ntext").put("shift", 1).put("html", html("# Rubrik\r\ntext", 1));
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(16); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      int shift = random.nextInt(4);
      vectors.addObject().put("text", text.toString()).put("shift", shift).put("html", html(text.toString(), shift));
    }
    Object differences = Mirror.differences(browser, server, """
        async (vectors) => {
          const { markdownBlocks } = await import('/js/markdown-view.js');
          // Written out as MarkdownHtml writes XHTML: the same escapes, control characters left out.
          const escape = (text) => [...text].filter((c) => c >= ' ' || c === '\\n' || c === '\\t').join('')
            .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
          const inner = (node) => [...node.childNodes].map((child) => child.nodeType === Node.TEXT_NODE ? escape(child.data)
            : child.localName === 'br' ? '<br />' : `<${child.localName}>${inner(child)}</${child.localName}>`).join('');
          const html = (text, shift) => markdownBlocks(text, shift).map((b) => `<${b.localName}>${inner(b)}</${b.localName}>\\n`).join('');
          return JSON.stringify(JSON.parse(vectors).map((v) => ({ ...v, got: html(v.text, v.shift) }))
            .filter((v) => v.got !== v.html).slice(0, 3));
        }""", vectors);
    assertEquals("[]", differences);
  }

  private static String html(String text, int shift) {
    StringBuilder out = new StringBuilder();
    MarkdownHtml.blocks(text, shift, out);
    return out.toString();
  }

  private static ArrayNode runs(List<AuthorRun> runs) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    runs.forEach(run -> out.addArray().add(run.author().toString()).add(run.length()));
    return out;
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

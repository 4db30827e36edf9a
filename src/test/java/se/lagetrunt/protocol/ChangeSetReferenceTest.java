package se.lagetrunt.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.ChangeSet;

/**
 * The Java ChangeSet against CodeMirror's own: 400 random texts (with Swedish letters, line breaks
 * and emoji) and change sets that @codemirror/state made, composed and applied
 * (src/main/js/codemirror/vectors.mjs wrote them). Parsing, applying, lengths and writing back
 * must all agree.
 */
class ChangeSetReferenceTest {
  @Test
  void everyReferenceVectorAppliesExactlyAsInCodeMirror() throws Exception {
    JsonNode vectors;
    try (InputStream in = getClass().getResourceAsStream("/changeset-vectors.json")) {
      vectors = Json.MAPPER.readTree(in);
    }
    assertEquals(400, vectors.size());
    for (JsonNode vector : vectors) {
      ChangeSet changes = MinutesCodec.changes(vector.get("changes"));
      assertNotNull(changes, vector.toString());
      assertEquals(vector.get("length").asInt(), changes.length());
      assertEquals(vector.get("newLength").asInt(), changes.newLength());
      assertEquals(vector.get("result").asText(), changes.apply(vector.get("doc").asText()), vector.toString());
      assertEquals(vector.get("changes"), MinutesCodec.changes(changes), "written back in CodeMirror's form");
    }
  }

  /**
   * Mapping one change over another made to the same text, with both inserting at the same places
   * often: the server rebases a late push exactly as CodeMirror rebases a browser's own edits.
   */
  @Test
  void mappingOverAnotherChangeGivesCodeMirrorsOwnSections() throws Exception {
    JsonNode vectors;
    try (InputStream in = getClass().getResourceAsStream("/changeset-map-vectors.json")) {
      vectors = Json.MAPPER.readTree(in);
    }
    assertEquals(3000, vectors.size());
    for (JsonNode vector : vectors) {
      ChangeSet a = MinutesCodec.changes(vector.get("a"));
      ChangeSet b = MinutesCodec.changes(vector.get("b"));
      ChangeSet mapped = a.map(b, vector.get("before").asBoolean());
      assertEquals(vector.get("mapped"), MinutesCodec.changes(mapped), vector.toString());
      assertEquals(b.newLength(), mapped.length(), vector.toString());
    }
  }

  @Test
  void malformedChangeSetsAreNotChangeSets() throws Exception {
    for (String bad : new String[] {"{}", "[-1]", "[[2, 3]]", "[\"x\"]", "[[\"x\"]]", "[1.5]", "[[]]", "[9999999999]"}) {
      assertNull(MinutesCodec.changes(Json.read(bad)), bad);
    }
  }
}

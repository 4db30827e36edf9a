package se.lagetrunt.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import se.lagetrunt.domain.Characters;

/**
 * What text from a client may hold: tabs and line breaks, no other control characters, and no
 * half of a character (see {@link Characters}). A NUL
 * cannot be stored by Postgres at all (in text or jsonb), and the others mean nothing in minutes,
 * questions or names; so both doors – the socket parser and the REST body reader – refuse a
 * message with one anywhere, before it reaches a rule or a commit.
 */
public final class PlainText {
  private PlainText() {}

  public static boolean isPlain(CharSequence text) {
    if (!Characters.wellFormed(text)) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** Whether every string in the JSON tree, names included, is plain. */
  public static boolean isPlain(JsonNode node) {
    if (node.isTextual()) {
      return isPlain(node.textValue());
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!isPlain(field.getKey()) || !isPlain(field.getValue())) {
        return false;
      }
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        if (!isPlain(item)) {
          return false;
        }
      }
    }
    return true;
  }
}

package se.lagetrunt.domain;

/**
 * Text is counted in UTF-16 code units everywhere (Java, JavaScript, CodeMirror), so a character
 * outside the basic plane (an emoji, say) is two units. Half of one is no character: UTF-8 on a
 * WebSocket, Postgres and the exports can't hold it and would turn it into "?" on one path and
 * keep it on another. So no text may hold a half, and no change may cut a character in two.
 */
public final class Characters {
  private Characters() {}

  /** Whether every high surrogate is followed by a low one and every low one follows a high one. */
  public static boolean wellFormed(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code changes} begins or ends a replaced run between the two halves of a character of {@code text}. */
  static boolean splitsAPair(String text, ChangeSet changes) {
    int at = 0;
    for (ChangeSet.Section section : changes.sections()) {
      if (!section.keeps() && (inPair(text, at) || inPair(text, at + section.length()))) {
        return true;
      }
      at += section.length();
    }
    return false;
  }

  private static boolean inPair(String text, int at) {
    return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
        && Character.isLowSurrogate(text.charAt(at));
  }
}

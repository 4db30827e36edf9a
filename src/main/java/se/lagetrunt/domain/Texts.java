package se.lagetrunt.domain;

import java.util.regex.Pattern;

/** Rules for the short texts people type into a meeting. */
final class Texts {
  static final int TOPIC_MAX_LENGTH = 300;
  static final int NAME_MAX_LENGTH = 120;
  private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n?|\n");
  private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

  private Texts() {}

  /**
   * Folds runs of white space, Unicode's too (text pasted from a word processor brings
   * non-breaking spaces), and trims, so a topic reads the same on every screen.
   */
  static String normalizeLine(String text) {
    return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
  }

  /**
   * Line breaks and other control characters have no place in a one-line text and confuse
   * screen readers; a tab is only white space and is folded like a space.
   */
  static boolean hasControlCharacters(String text) {
    return text.codePoints().anyMatch(c -> c != '\t' && Character.isISOControl(c));
  }

  /**
   * Like {@link #normalizeLine} for each line of a short multi-line text, keeping paragraph
   * breaks but never more than one empty line in a row.
   */
  static String normalizeParagraphs(String text) {
    StringBuilder result = new StringBuilder();
    for (String line : LINE_BREAK.split(text, -1)) {
      result.append(normalizeLine(line)).append('\n');
    }
    return BLANK_LINES.matcher(result.toString().strip()).replaceAll("\n\n");
  }
}

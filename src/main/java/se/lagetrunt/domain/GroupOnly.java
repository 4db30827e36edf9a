package se.lagetrunt.domain;

/**
 * Passages of the minutes that stay within the local network, fenced by a line {@code :::gruppen}
 * and a line {@code :::}. They are part of the group's own minutes and never of what leaves it.
 * A fence that is never closed keeps everything after it in the group: when in doubt, less goes out.
 * For the same reason a fence is read leniently: spaces of any kind (a no-break space from a word
 * processor), invisible characters and capitals do not turn it into plain text that leaves.
 */
public final class GroupOnly {
  public static final String OPEN = ":::gruppen";
  public static final String CLOSE = ":::";

  private GroupOnly() {}

  /** The line as a fence would read: no spaces of any kind, no invisible characters, lower case. */
  static String marker(String line) {
    StringBuilder marker = new StringBuilder(line.length());
    line.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT)
        .forEach(marker::appendCodePoint);
    return marker.toString().toLowerCase(java.util.Locale.ROOT);
  }

  /** The text without its group-only passages (and without the fences). */
  public static String strip(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    boolean inside = false;
    for (String line : text.split("\n", -1)) {
      String marker = marker(line);
      if (!inside && marker.equals(OPEN)) {
        inside = true;
      } else if (inside && marker.equals(CLOSE)) {
        inside = false;
      } else if (!inside) {
        kept.append(line).append('\n');
      }
    }
    return kept.toString().replaceAll("\n{3,}", "\n\n").strip();
  }

  /** The text for the group itself: fences become a visible note, the passages stay. */
  public static String forGroup(String text, String label) {
    StringBuilder shown = new StringBuilder(text.length());
    boolean inside = false;
    for (String line : text.split("\n", -1)) {
      String marker = marker(line);
      if (!inside && marker.equals(OPEN)) {
        inside = true;
        shown.append('[').append(label).append("]\n");
      } else if (inside && marker.equals(CLOSE)) {
        inside = false;
        shown.append("[/").append(label).append("]\n");
      } else {
        shown.append(line).append('\n');
      }
    }
    return shown.toString().strip();
  }
}

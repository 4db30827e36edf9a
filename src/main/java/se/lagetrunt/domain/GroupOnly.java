package se.lagetrunt.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Passages of the minutes that stay within the local network, fenced by a line {@code :::gruppen}
 * and a line {@code :::}. They are part of the group's own minutes and never of what leaves it.
 * A fence that is never closed keeps everything after it in the group: when in doubt, less goes out.
 * For the same reason a fence is read leniently: spaces of any kind (a no-break space from a word
 * processor), invisible characters and capitals do not turn it into plain text that leaves.
 * The editor shows the passages by the same reading (webroot/js/group-only.js, checked against
 * {@link #lines} by shared vectors).
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
    return marker.toString().toLowerCase(Locale.ROOT);
  }

  /** What a line of the minutes is, read the one way the server and the editor both read it. */
  public enum Line {
    /** Goes wherever the minutes go. */
    TEXT,
    /** The fence that opens a passage ({@code :::gruppen}). */
    OPEN,
    /** Within a passage: stays in the group. */
    INSIDE,
    /** The fence that closes a passage ({@code :::}). */
    CLOSE;

    public String wireName() {
      return WireNames.of(this);
    }
  }

  /** Each line of the text (split at line breaks), as a fence or a passage or plain text. */
  public static List<Line> lines(String text) {
    List<Line> kinds = new ArrayList<>();
    boolean inside = false;
    for (String line : text.split("\n", -1)) {
      String marker = marker(line);
      if (!inside && marker.equals(OPEN)) {
        inside = true;
        kinds.add(Line.OPEN);
      } else if (inside && marker.equals(CLOSE)) {
        inside = false;
        kinds.add(Line.CLOSE);
      } else {
        kinds.add(inside ? Line.INSIDE : Line.TEXT);
      }
    }
    return kinds;
  }

  /** The text without its group-only passages (and without the fences). */
  public static String strip(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    String[] lines = text.split("\n", -1);
    List<Line> kinds = lines(text);
    for (int i = 0; i < lines.length; i++) {
      if (kinds.get(i) == Line.TEXT) {
        kept.append(lines[i]).append('\n');
      }
    }
    return kept.toString().replaceAll("\n{3,}", "\n\n").strip();
  }

  /** The text for the group itself: fences become a visible note, the passages stay. */
  public static String forGroup(String text, String label) {
    StringBuilder shown = new StringBuilder(text.length());
    String[] lines = text.split("\n", -1);
    List<Line> kinds = lines(text);
    for (int i = 0; i < lines.length; i++) {
      switch (kinds.get(i)) {
        case OPEN -> shown.append('[').append(label).append("]\n");
        case CLOSE -> shown.append("[/").append(label).append("]\n");
        default -> shown.append(lines[i]).append('\n');
      }
    }
    return shown.toString().strip();
  }
}

package se.lagetrunt.documents;

import java.util.regex.Pattern;

/**
 * The little Markdown people write in minutes and compilations, as escaped XHTML: paragraphs,
 * "- " lists, "> " quotes and "#" headings. No inline markup and no raw HTML: every character
 * of the text is shown as written, so nothing anyone types can become markup.
 */
public final class MarkdownHtml {
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f]");

  private MarkdownHtml() {}

  /**
   * Appends the text's blocks; a heading of level n becomes h(n + headingShift), so text written
   * under the document's own headings stays below them.
   */
  public static void blocks(String text, int headingShift, StringBuilder out) {
    StringBuilder paragraph = new StringBuilder();
    // Control characters XML cannot hold go first, so a line of them alone is an empty line (a
    // carriage return before a line feed with them).
    String[] lines = CONTROL.matcher(text).replaceAll("").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int level = headingLevel(line);
      if (line.isBlank() || level > 0 || isItem(line) || isQuote(line)) {
        flush(paragraph, out);
      }
      if (level > 0) {
        int tag = Math.min(6, level + headingShift);
        out.append("<h").append(tag).append('>').append(escape(line.substring(level).strip()))
            .append("</h").append(tag).append(">\n");
      } else if (isItem(line)) {
        out.append("<ul>");
        for (; i < lines.length && isItem(lines[i]); i++) {
          out.append("<li>").append(escape(lines[i].substring(1).strip())).append("</li>");
        }
        i--;
        out.append("</ul>\n");
      } else if (isQuote(line)) {
        out.append("<blockquote><p>");
        boolean first = true;
        for (; i < lines.length && isQuote(lines[i]); i++) {
          out.append(first ? "" : "<br />").append(escape(lines[i].substring(1).strip()));
          first = false;
        }
        i--;
        out.append("</p></blockquote>\n");
      } else if (!line.isBlank()) {
        paragraph.append(paragraph.length() == 0 ? "" : "<br />").append(escape(line));
      }
    }
    flush(paragraph, out);
  }

  private static void flush(StringBuilder paragraph, StringBuilder out) {
    if (paragraph.length() > 0) {
      out.append("<p>").append(paragraph).append("</p>\n");
      paragraph.setLength(0);
    }
  }

  /** 1–3 for "# ", "## ", "### "; 0 for anything else. */
  private static int headingLevel(String line) {
    int level = 0;
    while (level < line.length() && line.charAt(level) == '#') {
      level++;
    }
    return level >= 1 && level <= 3 && line.length() > level && line.charAt(level) == ' ' ? level : 0;
  }

  private static boolean isItem(String line) {
    return line.startsWith("- ") || line.equals("-");
  }

  private static boolean isQuote(String line) {
    return line.startsWith(">");
  }

  /** Text for XHTML: markup characters escaped, control characters XML cannot hold dropped. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}

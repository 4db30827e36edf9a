package se.lagetrunt.minutes;

/**
 * The minutes as a standalone XHTML page (also the input of the PDF). All text is escaped; the
 * only structure read from the minutes' Markdown is paragraphs and "- " bullet lists.
 */
public final class MinutesHtml {
  private MinutesHtml() {}

  public static String render(MinutesDocument doc) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv\"><head><meta charset=\"utf-8\" />")
        .append("<title>").append(escape(doc.title())).append("</title><style>")
        .append("body{font-family:sans-serif;font-size:12pt;line-height:1.45;color:#1a1a1a;margin:2em;}")
        .append("h1{font-size:20pt;margin-bottom:0.3em;}h2{font-size:14pt;margin-top:1.4em;border-bottom:1px solid #999;}")
        .append(".facts{color:#444;padding-left:1.2em;}.interpretation{font-style:italic;color:#333;}.empty{color:#777;}")
        .append("</style></head><body>\n<h1>").append(escape(doc.title())).append("</h1>\n<ul class=\"facts\">");
    MinutesMarkdown.facts(doc).forEach(fact -> out.append("<li>").append(escape(fact)).append("</li>"));
    out.append("</ul>\n");
    for (MinutesDocument.Section section : doc.sections()) {
      out.append("<h2>").append(escape(section.title())).append("</h2>\n");
      if (!section.interpretation().isBlank()) {
        out.append("<p class=\"interpretation\">Så tolkade vi frågan: ").append(escape(section.interpretation())).append("</p>\n");
      }
      if (section.text().isBlank()) {
        out.append("<p class=\"empty\">Inget antecknat.</p>\n");
      } else {
        body(section.text(), out);
      }
    }
    return out.append("</body></html>\n").toString();
  }

  private static void body(String text, StringBuilder out) {
    for (String block : text.split("\n\\s*\n")) {
      String[] lines = block.split("\n");
      boolean list = java.util.Arrays.stream(lines).allMatch(line -> line.startsWith("- ") || line.equals("-"));
      if (list) {
        out.append("<ul>");
        for (String line : lines) {
          out.append("<li>").append(escape(line.length() > 2 ? line.substring(2) : "")).append("</li>");
        }
        out.append("</ul>\n");
      } else {
        out.append("<p>").append(escape(block).replace("\n", "<br />")).append("</p>\n");
      }
    }
  }

  static String escape(String text) {
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
          // XML has no place for most control characters; the minutes never need them.
          if (c >= 0x20 || c == '\n' || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}

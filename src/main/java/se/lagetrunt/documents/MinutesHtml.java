package se.lagetrunt.documents;

/**
 * The minutes as a standalone XHTML page (also the input of the PDF). All text is escaped; the
 * structure read from the minutes' Markdown is what {@link MarkdownHtml} knows.
 */
public final class MinutesHtml {
  private MinutesHtml() {}

  public static String render(MinutesDocument doc) {
    StringBuilder out = start(doc.title(), MinutesMarkdown.facts(doc));
    for (MinutesDocument.Section section : doc.sections()) {
      out.append("<h2>").append(MarkdownHtml.escape(section.title())).append("</h2>\n");
      if (!section.interpretation().isBlank()) {
        out.append("<p class=\"interpretation\">Så tolkade vi frågan: ").append(MarkdownHtml.escape(section.interpretation())).append("</p>\n");
      }
      if (section.text().isBlank()) {
        out.append("<p class=\"empty\">Inget antecknat.</p>\n");
      } else {
        MarkdownHtml.blocks(section.text(), 2, out);
      }
    }
    return out.append("</body></html>\n").toString();
  }

  /** The page up to its content: head and style, the title and the facts under it. */
  static StringBuilder start(String title, java.util.List<String> facts) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv\"><head><meta charset=\"utf-8\" />")
        .append("<title>").append(MarkdownHtml.escape(title)).append("</title><style>")
        .append("body{font-family:'").append(PdfFile.FONT_FAMILY).append("','").append(PdfFile.FALLBACK_FAMILY).append("',sans-serif;font-size:12pt;line-height:1.45;color:#1a1a1a;margin:2em;}")
        .append("h1{font-size:20pt;margin-bottom:0.3em;}h2{font-size:14pt;margin-top:1.4em;border-bottom:1px solid #999;}")
        .append("h3{font-size:12.5pt;margin-top:1.1em;}blockquote{margin:0.6em 0 0.6em 1em;padding-left:0.8em;border-left:3px solid #999;}")
        .append("table{border-collapse:collapse;width:100%;font-size:9.5pt;}th,td{border:1px solid #bbb;padding:2px 4px;"
            + "text-align:left;vertical-align:top;}")
        .append(".facts{color:#444;padding-left:1.2em;}.interpretation{font-style:italic;color:#333;}.empty{color:#777;}")
        .append("</style></head><body>\n<h1>").append(MarkdownHtml.escape(title)).append("</h1>\n<ul class=\"facts\">");
    facts.forEach(fact -> out.append("<li>").append(MarkdownHtml.escape(fact)).append("</li>"));
    return out.append("</ul>\n");
  }
}

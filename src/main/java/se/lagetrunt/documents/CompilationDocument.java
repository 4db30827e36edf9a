package se.lagetrunt.documents;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A round's compilation as it leaves the server: the enablers' text under a title and the facts a
 * reader needs (theme, round, which networks' minutes it rests on, published when). {@code
 * publishedAt} is null for a draft. Rendered as Markdown and as XHTML (and from that PDF).
 */
public record CompilationDocument(String theme, int round, String roundTitle, List<String> networks, String text,
    OffsetDateTime publishedAt) {

  public String title() {
    return "Sammanställning – " + (roundTitle == null || roundTitle.isBlank() ? "omgång " + round : roundTitle);
  }

  List<String> facts() {
    List<String> facts = new ArrayList<>();
    facts.add("Temanätverk: " + theme);
    facts.add("Omgång: " + round);
    if (networks != null) { // null on the open page, which names no network
      facts.add("Underlag: " + (networks.isEmpty() ? "inga inlämnade minnesanteckningar"
          : "minnesanteckningar från " + String.join(", ", networks)));
    }
    facts.add(publishedAt == null ? "Utkast – inte publicerat"
        : "Publicerad: " + MinutesMarkdown.WHEN.format(publishedAt.atZoneSameInstant(MinutesMarkdown.SWEDEN)));
    return facts;
  }

  public String markdown() {
    StringBuilder out = new StringBuilder("# ").append(title()).append("\n\n");
    facts().forEach(fact -> out.append("- ").append(fact).append('\n'));
    return out.append('\n').append(text.strip()).append('\n').toString();
  }

  /** Headings in the text start at h2, under the document's h1. */
  public String html() {
    StringBuilder out = MinutesHtml.start(title(), facts());
    MarkdownHtml.blocks(text, 0, out);
    return out.append("</body></html>\n").toString();
  }
}

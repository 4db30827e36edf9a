package se.lagetrunt.documents;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.networks.AttendanceReport;

/**
 * A theme network's term, for Nka and the funder: its local networks, each round's questions,
 * how many meetings were held and minutes submitted, attendance per stakeholder group, and what
 * the networks said as the published compilation tells it (with no names of the theme's people),
 * then the local plans and how far each has come. Pure; rendered as Markdown and XHTML (and PDF).
 */
public record TermReport(String theme, Instant made, List<String> networks, OffsetDateTime firstMeeting,
    OffsetDateTime lastMeeting, List<Round> rounds, List<Plan> plans) {

  public TermReport {
    Objects.requireNonNull(theme, "theme");
    networks = List.copyOf(networks);
    rounds = List.copyOf(rounds);
    plans = List.copyOf(plans);
  }

  /**
   * One round across the theme's local networks. {@code compilation} is the published text with
   * the theme's people's names taken out, or null when none is published.
   */
  public record Round(int number, String title, List<String> questions, int meetings, int held, int submitted,
      Map<StakeholderGroup, Integer> attendance, String compilation, OffsetDateTime publishedAt) {
    public Round {
      questions = List.copyOf(questions);
      attendance = Map.copyOf(attendance);
    }

    int attended() {
      return attendance.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** A local network's plan as far as it has come: its status in words, and its priority areas. */
  public record Plan(String network, String status, List<String> areas) {
    public Plan {
      areas = List.copyOf(areas);
    }
  }

  public String title() {
    return "Terminsrapport – " + theme;
  }

  List<String> facts() {
    List<String> facts = new ArrayList<>();
    facts.add("Temanätverk: " + theme);
    facts.add("Lokala nätverk: " + (networks.isEmpty() ? "inga" : String.join(", ", networks)));
    if (firstMeeting != null) {
      facts.add("Period: " + MinutesMarkdown.WHEN.format(firstMeeting.atZoneSameInstant(MinutesMarkdown.SWEDEN)) + " – "
          + MinutesMarkdown.WHEN.format(lastMeeting.atZoneSameInstant(MinutesMarkdown.SWEDEN)));
    }
    facts.add("Framtagen: " + MinutesMarkdown.WHEN.format(made.atZone(MinutesMarkdown.SWEDEN)));
    return facts;
  }

  private static String roundTitle(Round round) {
    return round.title() == null || round.title().isBlank() ? "Omgång " + round.number() : round.title();
  }

  private static String held(Round round) {
    return "Möten hållna: " + round.held() + " av " + round.meetings() + ". Inlämnade minnesanteckningar: " + round.submitted() + ".";
  }

  public String markdown() {
    StringBuilder out = new StringBuilder("# ").append(title()).append("\n\n");
    facts().forEach(fact -> out.append("- ").append(fact).append('\n'));
    out.append("\n## Deltagande per intressentgrupp\n\n| Omgång |");
    for (StakeholderGroup group : StakeholderGroup.values()) {
      out.append(' ').append(AttendanceReport.swedishName(group)).append(" |");
    }
    out.append(" Totalt |\n|---|");
    out.append("---|".repeat(StakeholderGroup.values().length + 1)).append('\n');
    for (Round round : rounds) {
      out.append("| ").append(roundTitle(round).replace("|", "/")).append(" |");
      for (StakeholderGroup group : StakeholderGroup.values()) {
        out.append(' ').append(round.attendance().getOrDefault(group, 0)).append(" |");
      }
      out.append(' ').append(round.attended()).append(" |\n");
    }
    out.append("\n## Omgångarna\n");
    for (Round round : rounds) {
      out.append("\n### ").append(roundTitle(round)).append("\n\n").append(held(round)).append("\n\n");
      round.questions().forEach(question -> out.append("- ").append(question).append('\n'));
      out.append('\n').append(round.compilation() == null ? "Ingen sammanställning är publicerad."
          : round.compilation().strip().replaceAll("(?m)^(#{1,4}) ", "$1## ")).append('\n');
    }
    out.append("\n## Lokala planer\n\n");
    if (plans.isEmpty()) {
      out.append("Inga lokala planer ännu.\n");
    }
    plans.forEach(plan -> {
      out.append("- **").append(plan.network()).append("**: ").append(plan.status()).append('\n');
      plan.areas().forEach(area -> out.append("  - ").append(area).append('\n'));
    });
    return out.toString();
  }

  public String html() {
    StringBuilder out = MinutesHtml.start(title(), facts());
    out.append("<h2>Deltagande per intressentgrupp</h2>\n<table><thead><tr><th>Omgång</th>");
    for (StakeholderGroup group : StakeholderGroup.values()) {
      out.append("<th>").append(MarkdownHtml.escape(AttendanceReport.swedishName(group))).append("</th>");
    }
    out.append("<th>Totalt</th></tr></thead><tbody>");
    for (Round round : rounds) {
      out.append("<tr><th>").append(MarkdownHtml.escape(roundTitle(round))).append("</th>");
      for (StakeholderGroup group : StakeholderGroup.values()) {
        out.append("<td>").append(round.attendance().getOrDefault(group, 0)).append("</td>");
      }
      out.append("<td>").append(round.attended()).append("</td></tr>");
    }
    out.append("</tbody></table>\n<h2>Omgångarna</h2>\n");
    for (Round round : rounds) {
      out.append("<h3>").append(MarkdownHtml.escape(roundTitle(round))).append("</h3>\n<p>")
          .append(MarkdownHtml.escape(held(round))).append("</p>\n");
      if (!round.questions().isEmpty()) {
        out.append("<ul>");
        round.questions().forEach(question -> out.append("<li>").append(MarkdownHtml.escape(question)).append("</li>"));
        out.append("</ul>\n");
      }
      if (round.compilation() == null) {
        out.append("<p class=\"empty\">Ingen sammanställning är publicerad.</p>\n");
      } else {
        MarkdownHtml.blocks(round.compilation(), 2, out);
      }
    }
    out.append("<h2>Lokala planer</h2>\n");
    if (plans.isEmpty()) {
      out.append("<p class=\"empty\">Inga lokala planer ännu.</p>\n");
    }
    for (Plan plan : plans) {
      out.append("<h3>").append(MarkdownHtml.escape(plan.network())).append("</h3>\n<p>").append(MarkdownHtml.escape(plan.status()))
          .append("</p>\n");
      if (!plan.areas().isEmpty()) {
        out.append("<ul>");
        plan.areas().forEach(area -> out.append("<li>").append(MarkdownHtml.escape(area)).append("</li>"));
        out.append("</ul>\n");
      }
    }
    return out.append("</body></html>\n").toString();
  }
}

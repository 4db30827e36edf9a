package se.lagetrunt.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.lagetrunt.domain.LocalPlan;
import se.lagetrunt.networks.PlanStore;

/**
 * A local plan as it goes to a municipal board: its priority areas, and under each the measures
 * with who is responsible, when and what they need – and, once followed up, how far each came.
 * No names of the people who wrote it. Pure; rendered as Markdown and XHTML (and from that PDF).
 */
public record PlanDocument(PlanStore.Plan plan, String network, String theme, Instant made) {
  private static final Map<LocalPlan.Status, String> STATUS = Map.of(
      LocalPlan.Status.DRAFT, "Utkast",
      LocalPlan.Status.PROPOSED, "Förslag",
      LocalPlan.Status.SENT, "Skickad för beslut",
      LocalPlan.Status.ADOPTED, "Antagen",
      LocalPlan.Status.NOT_ADOPTED, "Inte antagen",
      LocalPlan.Status.FOLLOWED_UP, "Uppföljd");
  private static final Map<LocalPlan.Responsible, String> RESPONSIBLE = Map.of(
      LocalPlan.Responsible.MUNICIPALITY, "Kommunen",
      LocalPlan.Responsible.REGION, "Regionen",
      LocalPlan.Responsible.CIVIL_SOCIETY, "Civilsamhället",
      LocalPlan.Responsible.OTHER, "Andra");
  private static final Map<LocalPlan.Progress, String> PROGRESS = Map.of(
      LocalPlan.Progress.PLANNED, "Inte påbörjad",
      LocalPlan.Progress.STARTED, "Påbörjad",
      LocalPlan.Progress.DONE, "Genomförd",
      LocalPlan.Progress.DROPPED, "Avbruten");

  /** The plan's status in words, with the body, dates and decision it carries. */
  public static String status(PlanStore.Plan plan) {
    StringBuilder status = new StringBuilder(STATUS.get(plan.status()));
    if (plan.sentTo() != null) {
      status.append(" – skickad till ").append(plan.sentTo()).append(date(plan.sentOn(), " den "));
    }
    if (plan.decidedOn() != null) {
      status.append("; beslut").append(date(plan.decidedOn(), " den "));
      if (plan.decisionRef() != null && !plan.decisionRef().isBlank()) {
        status.append(" (").append(plan.decisionRef()).append(')');
      }
    }
    if (plan.followedUpOn() != null) {
      status.append("; uppföljd").append(date(plan.followedUpOn(), " den "));
    }
    return status.toString();
  }

  private static String date(LocalDate date, String prefix) {
    return date == null ? "" : prefix + date;
  }

  public String title() {
    return plan.title();
  }

  List<String> facts() {
    List<String> facts = new ArrayList<>();
    facts.add("Lokalt nätverk: " + network);
    facts.add("Temanätverk: " + theme);
    facts.add("Status: " + status(plan));
    facts.add("Utskriven: " + MinutesMarkdown.WHEN.format(made.atZone(MinutesMarkdown.SWEDEN)));
    return facts;
  }

  /** The lines under a measure: responsible, when, needs, and how far it has come once that is followed. */
  private List<String> details(PlanStore.Measure measure) {
    List<String> lines = new ArrayList<>();
    List<String> who = new ArrayList<>(measure.responsible().stream().map(RESPONSIBLE::get).toList());
    if (!measure.responsibleNote().isBlank()) {
      who.add(measure.responsibleNote());
    }
    lines.add("Ansvar: " + (who.isEmpty() ? "inte bestämt" : String.join(", ", who)));
    lines.add("När: " + (measure.due().isBlank() ? "inte bestämt" : measure.due()));
    if (!measure.needs().isBlank()) {
      lines.add("Behöver: " + measure.needs());
    }
    if (plan.status().followsProgress()) {
      lines.add("Läge: " + PROGRESS.get(measure.progress()));
    }
    return lines;
  }

  public String markdown() {
    StringBuilder out = new StringBuilder("# ").append(title()).append("\n\n");
    facts().forEach(fact -> out.append("- ").append(fact).append('\n'));
    if (plan.areas().isEmpty()) {
      out.append("\nPlanen har inga prioriterade områden ännu.\n");
    }
    int area = 0;
    for (PlanStore.Area each : plan.areas()) {
      out.append("\n## ").append(++area).append(". ").append(each.title()).append("\n\n");
      if (each.measures().isEmpty()) {
        out.append("Inga åtgärder ännu.\n");
      }
      int number = 0;
      for (PlanStore.Measure measure : each.measures()) {
        out.append(++number).append(". ").append(measure.what().replace("\n", " ")).append('\n');
        details(measure).forEach(line -> out.append("   - ").append(line.replace("\n", " ")).append('\n'));
      }
    }
    return out.toString();
  }

  public String html() {
    StringBuilder out = MinutesHtml.start(title(), facts());
    if (plan.areas().isEmpty()) {
      out.append("<p class=\"empty\">Planen har inga prioriterade områden ännu.</p>\n");
    }
    int area = 0;
    for (PlanStore.Area each : plan.areas()) {
      out.append("<h2>").append(++area).append(". ").append(MarkdownHtml.escape(each.title())).append("</h2>\n");
      if (each.measures().isEmpty()) {
        out.append("<p class=\"empty\">Inga åtgärder ännu.</p>\n");
        continue;
      }
      out.append("<ol>");
      for (PlanStore.Measure measure : each.measures()) {
        out.append("<li><p>").append(MarkdownHtml.escape(measure.what())).append("</p><ul>");
        details(measure).forEach(line -> out.append("<li>").append(MarkdownHtml.escape(line)).append("</li>"));
        out.append("</ul></li>");
      }
      out.append("</ol>\n");
    }
    return out.append("</body></html>\n").toString();
  }
}

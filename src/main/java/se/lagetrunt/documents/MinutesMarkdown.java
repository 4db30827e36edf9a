package se.lagetrunt.documents;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** The minutes as Markdown, in Swedish: the form people paste into a report or an e-mail. */
public final class MinutesMarkdown {
  /** Dates and times in documents and e-mails are Swedish time, written as Swedes write them. */
  public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("sv"));

  private MinutesMarkdown() {}

  public static String render(MinutesDocument doc) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(doc.title()).append("\n\n");
    out.append(facts(doc).stream().map(line -> "- " + line).collect(Collectors.joining("\n"))).append("\n");
    for (MinutesDocument.Section section : doc.sections()) {
      out.append("\n## ").append(section.title()).append("\n\n");
      if (!section.interpretation().isBlank()) {
        out.append("*Så tolkade vi frågan:* ").append(section.interpretation().replace("\n", " ")).append("\n\n");
      }
      out.append(section.text().isBlank() ? "*Inget antecknat.*" : section.text()).append("\n");
    }
    return out.toString();
  }

  /** Title facts: network, date, attendance; shared by every format. */
  static java.util.List<String> facts(MinutesDocument doc) {
    java.util.List<String> facts = new java.util.ArrayList<>();
    if (doc.network() != null) {
      facts.add("Nätverk: " + doc.network());
    }
    if (doc.startsAt() != null) {
      facts.add("Datum: " + WHEN.format(doc.startsAt().atZoneSameInstant(SWEDEN)));
    }
    String groups = doc.attendanceByGroup().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
    facts.add("Närvarande: " + doc.attendanceTotal() + (groups.isEmpty() ? "" : " (" + groups + ")"));
    facts.add("Status: " + switch (doc.status()) {
      case DRAFT -> "utkast";
      case IN_REVIEW -> "på remiss i gruppen";
      case SIGNED_OFF -> "godkänd av ledaren";
      case SUBMITTED -> "inlämnad";
    });
    if (doc.audience() == MinutesDocument.Audience.GROUP) {
      facts.add("För nätverket: innehåller det som stannar i gruppen");
    }
    return facts;
  }
}

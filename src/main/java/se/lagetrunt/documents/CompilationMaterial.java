package se.lagetrunt.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.lagetrunt.domain.Minutes;

/**
 * What the enablers compile a round from: the submitted minutes of every local network, put side
 * by side per topic – the opening reflections, each question (the same question in several
 * networks is one topic, matched by its wording), other matters, the closing reflections – and a
 * first draft of the compilation made from them. Built only from copies for others, so nothing
 * that stays in a group can reach a compilation.
 */
public record CompilationMaterial(List<Topic> topics) {

  /** One network's submitted minutes, as others may read them. */
  public record Source(String network, MinutesDocument minutes) {
    public Source {
      if (minutes.audience() != MinutesDocument.Audience.OTHERS) {
        throw new IllegalArgumentException("A compilation is made from copies for others only.");
      }
    }
  }

  /** What the networks wrote under one heading; entries with nothing written are left out. */
  public record Topic(String title, List<Entry> entries) {}

  public record Entry(String network, String interpretation, String text) {}

  public static CompilationMaterial of(List<Source> sources) {
    // Four parts in the minutes' own order: opening, the questions, other matters, closing.
    List<Map<String, Topic>> parts = List.of(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
        new LinkedHashMap<>());
    for (Source source : sources) {
      for (MinutesDocument.Section section : source.minutes().sections()) {
        if (section.text().isBlank() && section.interpretation().isBlank()) {
          continue;
        }
        boolean question = section.key().startsWith(Minutes.QUESTION_PREFIX);
        String match = question ? section.title().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) : section.key();
        parts.get(part(section.key())).computeIfAbsent(match, key -> new Topic(section.title(), new ArrayList<>()))
            .entries().add(new Entry(source.network(), section.interpretation(), section.text()));
      }
    }
    return new CompilationMaterial(parts.stream().flatMap(part -> part.values().stream()).toList());
  }

  private static int part(String sectionKey) {
    return switch (sectionKey) {
      case Minutes.OPENING -> 0;
      case Minutes.OTHER -> 2;
      case Minutes.CLOSING -> 3;
      default -> 1;
    };
  }

  /**
   * A first draft for the enablers to work from: every topic with what was said under it, as
   * quotes without names – a person's name as "[namn]", a speaker as their stakeholder group or
   * not at all (as the anonymiser was made), no network's name unless the enabler asks for one
   * ({@code withNetworks}: each network's quotes under its name) – and without the template's empty
   * bullet lines. They then shorten it, draw out the common themes and pick quotes.
   */
  public String draft(String theme, int round, Anonymiser anonymiser, boolean withNetworks) {
    StringBuilder out = new StringBuilder();
    out.append("Sammanställning av omgång ").append(round).append(" i ").append(theme)
        .append(": vad de lokala nätverken tog upp.\n");
    for (Topic topic : topics) {
      out.append("\n## ").append(topic.title().replace("\n", " ")).append("\n");
      for (Entry entry : topic.entries()) {
        if (withNetworks) {
          out.append("\n### ").append(entry.network()).append("\n");
        }
        if (!entry.interpretation().isBlank()) {
          out.append("\n*Så tolkades frågan:* ").append(anonymiser.anonymise(entry.interpretation().replace("\n", " "))).append("\n");
        }
        String text = withoutEmptyBullets(anonymiser.anonymise(entry.text())).strip();
        if (!text.isEmpty()) {
          out.append("\n").append(text).append("\n");
        }
      }
    }
    return out.toString();
  }

  /** Lines of a template's list that nobody filled in ("- ", "1."). */
  private static String withoutEmptyBullets(String text) {
    return text.replaceAll("(?m)^[ \\t]*(?:[-*+•]|\\d+[.)])[ \\t]*(?:\\r?\\n|$)", "");
  }
}

package se.lagetrunt.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lagetrunt.domain.StakeholderGroup;

/**
 * Takes the names of a theme's people out of text that leaves their groups: a compilation goes to
 * every network, and note-takers write "Margareta: …". A speaker's label becomes their stakeholder
 * group ("En anhörig: …", as the seeds quote "en kommunal politiker"); a full name anywhere, and a
 * first name of three letters or more written as a name, becomes "[namn]". {@link #namesIn} finds
 * what is left, for a warning before publishing. Names only the server knows are matched – a name
 * of someone outside the networks is not found, which is why the enabler still reads the text.
 */
public final class Anonymiser {
  /** Someone of the theme's networks. */
  public record Person(String name, StakeholderGroup group) {}

  public static final String NAME = "[namn]";
  private static final int SHORTEST_FIRST_NAME = 3;

  private record Rule(Pattern pattern, String replacement, String name) {}

  private final List<Rule> rules = new ArrayList<>();

  public Anonymiser(List<Person> people) {
    this(people, true);
  }

  /**
   * {@code tagSpeakers}: a speaker's label becomes their stakeholder group; without it the label
   * goes and the quote stands on its own.
   */
  public Anonymiser(List<Person> people, boolean tagSpeakers) {
    List<Person> longestFirst = new ArrayList<>(people);
    longestFirst.sort(Comparator.comparingInt((Person p) -> p.name().length()).reversed());
    for (Person person : longestFirst) {
      String name = person.name().strip();
      if (name.isEmpty()) {
        continue;
      }
      String first = name.split("\\s+")[0];
      String speaker = tagSpeakers ? Matcher.quoteReplacement(label(person.group()) + ":") : "";
      // "Margareta Svensson:" or "Margareta:" at the start of a line: the speaker, by their group.
      rules.add(new Rule(Pattern.compile("(?m)^(\\s*(?:[-*]\\s+)?)(?:" + Pattern.quote(name) + "|" + Pattern.quote(first) + ")\\s*:"
              + (tagSpeakers ? "" : "\\s*")), "$1" + speaker, name));
      rules.add(new Rule(word(name), NAME, name));
      if (first.length() >= SHORTEST_FIRST_NAME && !first.equals(name)) {
        rules.add(new Rule(word(first), NAME, name));
      }
    }
  }

  private static Pattern word(String text) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])");
  }

  public String anonymise(String text) {
    String out = text;
    for (Rule rule : rules) {
      out = rule.pattern().matcher(out).replaceAll(rule.replacement());
    }
    return out;
  }

  /** The people whose names the text still holds, each once. */
  public List<String> namesIn(String text) {
    Set<String> found = new LinkedHashSet<>();
    for (Rule rule : rules) {
      if (rule.pattern().matcher(text).find()) {
        found.add(rule.name());
      }
    }
    return List.copyOf(found);
  }

  /** How a compilation names a speaker: by their stakeholder group, as the seeds do. */
  static String label(StakeholderGroup group) {
    return switch (group) {
      case FAMILY_CARER -> "En anhörig";
      case CARE_STAFF -> "En medarbetare i vård och omsorg";
      case OFFICIAL -> "En tjänsteperson";
      case MANAGER -> "En chef";
      case POLITICIAN -> "En politiker";
      case CIVIL_SOCIETY -> "En företrädare för civilsamhället";
      case RESEARCHER -> "En forskare";
      case OTHER -> "En deltagare";
    };
  }
}

package se.lagetrunt.networks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.lagetrunt.material.TemplateMaterial;

/**
 * Puts a series on the calendar: local meeting n at the first date plus n-1 intervals, and
 * around each round the enablers' pre-meeting with the leaders a week before and the
 * after-meeting a week after. Pure; the store writes what this returns.
 */
public final class SeriesPlan {
  public static final Duration LEADER_MEETING_OFFSET = Duration.ofDays(7);
  public static final int LEADER_MEETING_MINUTES = 90;

  private SeriesPlan() {}

  /**
   * A meeting to create. {@code kind} is local, pre or after; a local meeting carries the
   * material its round builds on, which the theme's library then shows for the whole round.
   */
  public record Planned(String kind, int round, String title, String purpose, List<String> questions,
      Instant startsAt, int durationMinutes, String mode, List<TemplateMaterial> material) {}

  public static List<Planned> plan(List<SeriesTemplate.Meeting> meetings, Instant firstMeeting,
      Duration between, int durationMinutes, String mode) {
    List<Planned> planned = new ArrayList<>();
    for (int i = 0; i < meetings.size(); i++) {
      int round = i + 1;
      SeriesTemplate.Meeting meeting = meetings.get(i);
      Instant startsAt = firstMeeting.plus(between.multipliedBy(i));
      planned.add(new Planned("local", round, meeting.title(), meeting.purpose(), meeting.questions(),
          startsAt, durationMinutes, mode, meeting.material()));
      planned.add(new Planned("pre", round, "Förmöte inför " + lowerFirst(meeting.title()),
          "Nätverksledarna och möjliggörarna planerar mötet, går laget runt och kommer överens om frågorna.",
          meeting.questions(), startsAt.minus(LEADER_MEETING_OFFSET), LEADER_MEETING_MINUTES, "digital", List.of()));
      planned.add(new Planned("after", round, "Eftermöte efter " + lowerFirst(meeting.title()),
          "Hur gick det? Nätverksledarna delar erfarenheter och tips med varandra och möjliggörarna.",
          List.of("Hur gick mötet, och hur mår du som ledare?", "Vad tar vi med oss till nästa möte?"),
          startsAt.plus(LEADER_MEETING_OFFSET), LEADER_MEETING_MINUTES, "digital", List.of()));
    }
    return planned;
  }

  /** A title as it reads inside a sentence: "Möte 2 – …" becomes "möte 2 – …". */
  public static String lowerFirst(String title) {
    return title.isEmpty() ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
  }
}

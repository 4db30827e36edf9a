package se.lagetrunt.networks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a planner should know before a series goes on the calendar: a meeting on a public holiday
 * or in the summer or Christmas break, and a leader pre-meeting that would already lie in the
 * past (a series started late). Warnings, not refusals: a group may choose to meet then. Pure.
 */
public final class DateWarnings {
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private DateWarnings() {}

  /** One warning: which meeting, on which day, and why (kind: holiday, break or past). */
  public record Warning(String kind, int round, String meetingKind, LocalDate day, String why) {}

  public static List<Warning> of(List<SeriesPlan.Planned> plan, Instant now) {
    List<Warning> warnings = new ArrayList<>();
    for (SeriesPlan.Planned planned : plan) {
      LocalDate day = LocalDate.ofInstant(planned.startsAt(), SWEDEN);
      if (!"local".equals(planned.kind()) && planned.startsAt().isBefore(now)) {
        warnings.add(new Warning("past", planned.round(), planned.kind(), day, "ligger redan bakåt i tiden"));
        continue;
      }
      Optional<String> holiday = SwedishDays.holiday(day);
      Optional<String> dayOff = SwedishDays.dayOff(day);
      if (holiday.isPresent()) {
        warnings.add(new Warning("holiday", planned.round(), planned.kind(), day, holiday.get()));
      } else if (dayOff.isPresent()) {
        warnings.add(new Warning("break", planned.round(), planned.kind(), day, dayOff.get()));
      }
    }
    return warnings;
  }
}

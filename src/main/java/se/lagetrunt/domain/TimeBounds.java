package se.lagetrunt.domain;

import java.time.Instant;

/**
 * The times a person may set – when a meeting starts, when comments are due: from the year 2000
 * to 2100. Anything outside is a slip of the keyboard or an attack (a meeting moved to the year
 * 999,999,999 once made its calendar file and attendance export never finish).
 */
public final class TimeBounds {
  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  private TimeBounds() {}

  public static boolean contains(Instant time) {
    return !time.isBefore(EARLIEST) && time.isBefore(LATEST);
  }
}

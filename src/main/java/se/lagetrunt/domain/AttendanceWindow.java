package se.lagetrunt.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When joining a meeting counts as attending it. Members open a meeting days ahead to read its
 * board, and afterwards to read the minutes; only joining from an hour before the start to an
 * hour after the planned end is attendance. A meeting without a time counts any time.
 */
public final class AttendanceWindow {
  static final Duration MARGIN = Duration.ofHours(1);

  private AttendanceWindow() {}

  public static boolean contains(Instant startsAt, int durationMinutes, Instant now) {
    if (startsAt == null) {
      return true;
    }
    Instant opens = startsAt.minus(MARGIN);
    Instant closes = MeetingPhase.endOf(startsAt, durationMinutes).plus(MARGIN);
    return !now.isBefore(opens) && !now.isAfter(closes);
  }
}

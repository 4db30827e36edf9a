package se.lagetrunt.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a meeting is in time, by the server's clock: not begun, on, or over. The one place that
 * says when a meeting has been held – for the next meeting on a start page, for which minutes
 * are due, for reminders – so the browser shows what the server decided, whatever the device's
 * own clock says. A meeting without a time is never over.
 */
public enum MeetingPhase {
  UPCOMING,
  ON,
  ENDED;

  public static MeetingPhase of(Instant startsAt, int durationMinutes, Instant now) {
    if (startsAt == null) {
      return ON;
    }
    if (now.isBefore(startsAt)) {
      return UPCOMING;
    }
    return now.isBefore(endOf(startsAt, durationMinutes)) ? ON : ENDED;
  }

  /** When a meeting planned to start at {@code startsAt} ends. */
  public static Instant endOf(Instant startsAt, int durationMinutes) {
    return startsAt.plus(Duration.ofMinutes(durationMinutes));
  }

  /** Begun, so it has (or had) minutes to write. */
  public boolean begun() {
    return this != UPCOMING;
  }

  public String wireName() {
    return WireNames.of(this);
  }
}

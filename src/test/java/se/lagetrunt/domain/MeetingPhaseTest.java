package se.lagetrunt.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MeetingPhaseTest {
  private static final Instant START = Instant.parse("2027-12-31T17:00:00Z");

  @Test
  void aMeetingIsUpcomingUntilItStartsOnUntilItsPlannedEndThenEnded() {
    assertEquals(MeetingPhase.UPCOMING, MeetingPhase.of(START, 120, START.minusSeconds(1)));
    assertEquals(MeetingPhase.ON, MeetingPhase.of(START, 120, START));
    assertEquals(MeetingPhase.ON, MeetingPhase.of(START, 120, START.plus(Duration.ofMinutes(120)).minusSeconds(1)));
    assertEquals(MeetingPhase.ENDED, MeetingPhase.of(START, 120, START.plus(Duration.ofMinutes(120))));
    assertEquals("upcoming", MeetingPhase.UPCOMING.wireName());
  }

  @Test
  void aMeetingWithoutATimeIsAlwaysOn() {
    assertEquals(MeetingPhase.ON, MeetingPhase.of(null, 120, START));
  }
}

package se.lagetrunt.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MeetingOpeningTest {
  @Test
  void aFirstMeetingOpensWithACheckInTheOthersWithTheLastSummary() {
    assertEquals(MeetingOpening.INTRODUCTIONS, MeetingOpening.of(1));
    assertEquals(MeetingOpening.INTRODUCTIONS, MeetingOpening.of(null), "a meeting made by hand has no summary before it");
    assertEquals(MeetingOpening.PREVIOUS_SUMMARY, MeetingOpening.of(2));
    assertEquals(MeetingOpening.PREVIOUS_SUMMARY, MeetingOpening.of(6));
    assertEquals(Round.Kind.CHECK_IN, MeetingOpening.INTRODUCTIONS.firstRound());
    assertEquals(Round.Kind.DISCUSSION, MeetingOpening.PREVIOUS_SUMMARY.firstRound());
    assertEquals("check-in", Round.Kind.CHECK_IN.wireName());
    assertEquals("previous-summary", MeetingOpening.PREVIOUS_SUMMARY.wireName());
  }
}

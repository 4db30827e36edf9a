package se.lagetrunt.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesPlanTest {
  private final SeriesTemplates templates = SeriesTemplates.builtIn();

  @Test
  void theTwoSeedSeriesShipWithSixMeetingsEachInSwedish() {
    assertEquals(List.of("nara-vard", "samsjuklighet"), templates.all().stream().map(SeriesTemplate::key).toList());
    for (SeriesTemplate template : templates.all()) {
      assertEquals(6, template.meetings().size(), template.key());
      assertTrue(template.meetings().get(0).title().startsWith("Möte 1 – Introduktion"));
      template.meetings().forEach(meeting -> assertTrue(meeting.questions().size() >= 1, meeting.title()));
    }
    SeriesTemplate naraVard = templates.find("nara-vard").orElseThrow();
    assertEquals(3, naraVard.meetings().get(2).questions().size(), "meeting 3 asks about welfare technology too");
    assertTrue(naraVard.meetings().get(2).questions().get(1).contains("välfärdsteknik"));
  }

  @Test
  void aPlanPutsLocalMeetingsOnTheCalendarWithLeaderMeetingsAroundEachRound() {
    Instant first = Instant.parse("2026-09-01T16:00:00Z");
    List<SeriesPlan.Planned> plan = SeriesPlan.plan(
        templates.find("samsjuklighet").orElseThrow().meetings(), first, Duration.ofDays(21), 120, "hybrid");
    assertEquals(18, plan.size());
    List<SeriesPlan.Planned> local = plan.stream().filter(p -> p.kind().equals("local")).toList();
    assertEquals(6, local.size());
    assertEquals(first, local.get(0).startsAt());
    assertEquals(first.plus(Duration.ofDays(5 * 21)), local.get(5).startsAt());
    assertEquals("hybrid", local.get(3).mode());
    for (int round = 1; round <= 6; round++) {
      int r = round;
      SeriesPlan.Planned meeting = local.get(round - 1);
      SeriesPlan.Planned pre = plan.stream().filter(p -> p.kind().equals("pre") && p.round() == r).findFirst().orElseThrow();
      SeriesPlan.Planned after = plan.stream().filter(p -> p.kind().equals("after") && p.round() == r).findFirst().orElseThrow();
      assertEquals(meeting.startsAt().minus(Duration.ofDays(7)), pre.startsAt());
      assertEquals(meeting.startsAt().plus(Duration.ofDays(7)), after.startsAt());
      assertEquals("digital", pre.mode(), "leader meetings are digital");
      assertEquals(meeting.questions(), pre.questions(), "the pre-meeting agrees on the coming questions");
    }
  }
}

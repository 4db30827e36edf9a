package se.lagetrunt.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CalendarTest {
  private final UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private final Calendar.Entry entry = new Calendar.Entry(id, "Möte 3 – Förbättringsområden, del 1; start",
      Instant.parse("2026-09-01T16:00:00Z"), 120, "hybrid", "Utifrån rapporten från möte 2.",
      List.of("Finns det förbättringsområden inom er kommun/region för att stödja anhöriga när vården förflyttas hem?"),
      "https://bln.example.se/meeting.html?id=" + id, null, 2, Instant.parse("2026-08-15T09:30:00Z"), false);

  @Test
  void aMeetingBecomesAnEventWithUtcTimesAndEscapedText() {
    String ics = Calendar.of("Umeå", List.of(entry), Instant.parse("2026-08-01T00:00:00Z"));
    String unfolded = ics.replace("\r\n ", "");
    assertTrue(unfolded.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assertTrue(unfolded.contains("\r\nDTSTART:20260901T160000Z\r\n"));
    assertTrue(unfolded.contains("\r\nDTEND:20260901T180000Z\r\n"));
    assertTrue(unfolded.contains("\r\nSUMMARY:Möte 3 – Förbättringsområden\\, del 1\\; start\r\n"));
    assertTrue(unfolded.contains("Utifrån rapporten från möte 2.\\n\\nFrågor att förbereda:\\n1. Finns det"));
    assertTrue(unfolded.contains("\r\nUID:" + id + "@laget-runt\r\n"));
    assertTrue(unfolded.endsWith("END:VCALENDAR\r\n"));
    assertTrue(unfolded.contains("\r\nSEQUENCE:2\r\nLAST-MODIFIED:20260815T093000Z\r\nSTATUS:CONFIRMED\r\n"),
        "moved twice: a calendar holding it takes this one instead");
  }

  @Test
  void aCancelledMeetingStaysInTheCalendarMarkedCancelled() {
    Calendar.Entry cancelled = new Calendar.Entry(id, "Möte 5", Instant.parse("2026-10-01T16:00:00Z"), 120, "digital", "",
        List.of(), "https://bln.example.se/meeting.html?id=" + id, null, 3, Instant.parse("2026-09-20T08:00:00Z"), true);
    String ics = Calendar.of("Umeå", List.of(cancelled), Instant.parse("2026-09-21T00:00:00Z"));
    assertTrue(ics.contains("\r\nSTATUS:CANCELLED\r\n"), ics);
    assertTrue(ics.contains("\r\nSUMMARY:INSTÄLLT: Möte 5\r\n"), ics);
    assertTrue(ics.contains("\r\nSEQUENCE:3\r\n"), ics);
  }

  @Test
  void longLinesAreFoldedAt75OctetsWithoutSplittingLetters() {
    String ics = Calendar.of("Umeå", List.of(entry), Instant.parse("2026-08-01T00:00:00Z"));
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
      assertTrue(!line.contains("\uFFFD"));
    }
    StringBuilder out = new StringBuilder();
    Calendar.line(out, "X:" + "å".repeat(100));
    assertEquals("X:" + "å".repeat(100), out.toString().replace("\r\n ", "").replace("\r\n", ""));
  }
}

package se.lagetrunt.networks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Meetings as an iCalendar file (RFC 5545) that any calendar program imports: times in UTC,
 * text escaped, lines folded at 75 octets without splitting a character.
 */
public final class Calendar {
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final String CRLF = "\r\n";

  /**
   * What a calendar entry needs to know about one meeting; {@code callLink} is the group's own
   * call tool, or null. {@code sequence} counts its changes, the last at {@code lastModified}, so
   * a calendar that holds it replaces it; a cancelled meeting stays in the calendar, marked so.
   */
  public record Entry(UUID id, String title, Instant startsAt, int durationMinutes, String mode, String purpose,
      List<String> questions, String url, String callLink, int sequence, Instant lastModified, boolean cancelled) {}

  private Calendar() {}

  public static String of(String name, List<Entry> entries, Instant now) {
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//Laget Runt//Laget Runt//SV");
    line(ics, "CALSCALE:GREGORIAN");
    line(ics, "METHOD:PUBLISH");
    line(ics, "X-WR-CALNAME:" + escape(name));
    for (Entry entry : entries) {
      if (entry.startsAt() == null) {
        continue;
      }
      line(ics, "BEGIN:VEVENT");
      line(ics, "UID:" + entry.id() + "@laget-runt");
      line(ics, "DTSTAMP:" + UTC.format(now));
      line(ics, "SEQUENCE:" + entry.sequence());
      line(ics, "LAST-MODIFIED:" + UTC.format(entry.lastModified()));
      line(ics, "STATUS:" + (entry.cancelled() ? "CANCELLED" : "CONFIRMED"));
      line(ics, "DTSTART:" + UTC.format(entry.startsAt()));
      line(ics, "DTEND:" + UTC.format(entry.startsAt().plusSeconds(60L * entry.durationMinutes())));
      line(ics, "SUMMARY:" + escape((entry.cancelled() ? "INSTÄLLT: " : "") + entry.title()));
      line(ics, "DESCRIPTION:" + escape(description(entry)));
      // Where people meet: the group's own call when it has one (a calendar opens it from here).
      line(ics, "LOCATION:" + escape(entry.callLink() != null ? entry.callLink() : modeName(entry.mode())));
      line(ics, "URL:" + (entry.callLink() != null && entry.callLink().startsWith("https://") ? entry.callLink() : entry.url()));
      line(ics, "END:VEVENT");
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  private static String description(Entry entry) {
    StringBuilder text = new StringBuilder();
    if (!entry.purpose().isBlank()) {
      text.append(entry.purpose()).append("\n\n");
    }
    if (!entry.questions().isEmpty()) {
      text.append("Frågor att förbereda:\n");
      for (int i = 0; i < entry.questions().size(); i++) {
        text.append(i + 1).append(". ").append(entry.questions().get(i)).append('\n');
      }
      text.append('\n');
    }
    if (entry.callLink() != null) {
      text.append("Samtalet: ").append(entry.callLink()).append('\n');
    }
    return text.append("Mötet: ").append(entry.url()).toString();
  }

  /** How people meet, in words: on site, digitally in Laget Runt, or both. */
  public static String modeName(String mode) {
    return switch (mode) {
      case "physical" -> "På plats";
      case "hybrid" -> "Hybrid: på plats och digitalt i Laget Runt";
      default -> "Digitalt i Laget Runt";
    };
  }

  static String escape(String text) {
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n");
  }

  /** Appends one content line, folded so no physical line exceeds 75 octets of UTF-8. */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + width > 75) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += width;
      i += Character.charCount(codePoint);
    }
    out.append(CRLF);
  }
}

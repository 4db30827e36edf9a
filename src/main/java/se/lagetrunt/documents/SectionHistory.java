package se.lagetrunt.documents;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.lagetrunt.domain.ChangeSet;

/**
 * A section's history as people read it: every keystroke is a version, so one person's run of
 * edits with no pause over {@link #PAUSE} is one writing session, shown with what it added and
 * removed and the text it left (to look at, or go back to).
 */
public final class SectionHistory {
  static final Duration PAUSE = Duration.ofMinutes(2);

  /** One update of the section, in the log's order: update n made version n. */
  public record Update(UUID author, Instant at, ChangeSet changes) {}

  /** A writing session: versions {@code fromVersion}..{@code version}, what it changed, the text after it. */
  public record Session(UUID author, Instant from, Instant at, int version, String text, List<LineDiff.Piece> changes) {}

  private SectionHistory() {}

  public static List<Session> of(List<Update> updates) {
    List<Session> sessions = new ArrayList<>();
    String text = "";
    String before = "";
    Instant since = null;
    for (int i = 0; i < updates.size(); i++) {
      Update update = updates.get(i);
      text = update.changes().apply(text);
      since = since == null ? update.at() : since;
      Update next = i + 1 < updates.size() ? updates.get(i + 1) : null;
      if (next == null || !next.author().equals(update.author())
          || Duration.between(update.at(), next.at()).compareTo(PAUSE) > 0) {
        sessions.add(new Session(update.author(), since, update.at(), i + 1, text, LineDiff.between(before, text)));
        before = text;
        since = null;
      }
    }
    return sessions;
  }

  /** The text after the first {@code version} updates. */
  public static String textAt(List<Update> updates, int version) {
    String text = "";
    for (Update update : updates.subList(0, version)) {
      text = update.changes().apply(text);
    }
    return text;
  }
}

package se.lagetrunt.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.ChangeSet;
import se.lagetrunt.domain.ChangeSet.Section;
import se.lagetrunt.documents.LineDiff.Piece;

/** Keystrokes become writing sessions, each with what it added and removed, line by line. */
class SectionHistoryTest {
  private static final UUID SARA = UUID.randomUUID();
  private static final UUID JOHAN = UUID.randomUUID();
  private static final Instant T0 = Instant.parse("2026-03-04T17:00:00Z");

  private static ChangeSet append(String text, String more) {
    return ChangeSet.of(List.of(new Section(text.length(), null), new Section(0, more)));
  }

  @Test
  void oneWritersRunWithoutAPauseIsOneSession() {
    String text = "";
    List<SectionHistory.Update> updates = new java.util.ArrayList<>();
    for (String piece : new String[] {"- Ha", "lla\n", "- Väntetider"}) {
      updates.add(new SectionHistory.Update(SARA, T0.plusSeconds(updates.size() * 5L), append(text, piece)));
      text += piece;
    }
    updates.add(new SectionHistory.Update(SARA, T0.plusSeconds(600), append(text, "\n- Mer stöd")));
    text += "\n- Mer stöd";
    updates.add(new SectionHistory.Update(JOHAN, T0.plusSeconds(605),
        ChangeSet.of(List.of(new Section(8, null), new Section(12, "- Långa väntetider"), new Section(11, null)))));

    List<SectionHistory.Session> sessions = SectionHistory.of(updates);
    assertEquals(3, sessions.size(), "Sara, Sara again after a pause, Johan");
    assertEquals(3, sessions.get(0).version());
    assertEquals(List.of(new Piece("added", "- Halla\n- Väntetider")), sessions.get(0).changes());
    assertEquals(List.of(new Piece("kept", "- Väntetider"), new Piece("added", "- Mer stöd")), sessions.get(1).changes().subList(1, 3));
    assertEquals(List.of(new Piece("removed", "- Väntetider"), new Piece("added", "- Långa väntetider"),
        new Piece("kept", "- Mer stöd")), sessions.get(2).changes().subList(1, 4));
    assertEquals("- Halla\n- Långa väntetider\n- Mer stöd", sessions.get(2).text());
    assertEquals("- Halla\n- Väntetider", SectionHistory.textAt(updates, 3));
  }

  @Test
  void keptLinesFarFromAChangeAreCounted() {
    String before = "a\nb\nc\nd\ne\nf";
    assertEquals(List.of(new Piece("skipped", "4"), new Piece("kept", "e"), new Piece("removed", "f"), new Piece("added", "F")),
        LineDiff.between(before, "a\nb\nc\nd\ne\nF"));
    assertEquals(List.of(new Piece("skipped", "6")), LineDiff.between(before, before));
  }
}

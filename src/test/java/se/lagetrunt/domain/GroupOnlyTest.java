package se.lagetrunt.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Passages marked "stays in the group" never leave it. */
class GroupOnlyTest {
  private static final String TEXT = "Vi pratade om stöd.\n:::gruppen\nAnna berättade om sin mamma.\n:::\nVi vill ha fler träffar.";

  @Test
  void markedPassagesAreLeftOutOfWhatLeavesTheGroup() {
    assertEquals("Vi pratade om stöd.\nVi vill ha fler träffar.", GroupOnly.strip(TEXT));
    assertEquals("Före\n\nefter", GroupOnly.strip("Före\n\n:::gruppen\nx\n:::\n\n\nefter"));
  }

  @Test
  void anUnclosedMarkKeepsTheRestInTheGroup() {
    assertEquals("Öppet.", GroupOnly.strip("Öppet.\n  :::gruppen  \nHemligt.\nOckså hemligt."));
  }

  @Test
  void aFenceWrittenWithOtherSpacesOrCapitalsIsStillAFence() {
    for (String open : new String[] {":::\u00a0gruppen", "\u00a0:::Gruppen\u202f", "::: GRUPPEN\u200b", "\ufeff:::gruppen"}) {
      String text = "Öppet.\n" + open + "\nHemligt.\n:::\u00a0\nSen.";
      assertEquals("Öppet.\nSen.", GroupOnly.strip(text), open);
    }
  }

  @Test
  void theGroupSeesItsPassagesMarked() {
    assertEquals("Vi pratade om stöd.\n[Stannar i gruppen]\nAnna berättade om sin mamma.\n[/Stannar i gruppen]\nVi vill ha fler träffar.",
        GroupOnly.forGroup(TEXT, "Stannar i gruppen"));
  }
}

package se.lagetrunt.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of a leaders' check: its sections, when it is open, and when publishing waits for it. */
class CompilationCheckTest {
  private static final Instant SENT = Instant.parse("2026-10-01T08:00:00Z");
  private static final Instant DEADLINE = Instant.parse("2026-10-08T22:00:00Z");
  private final CompilationCheck check = new CompilationCheck(3, "Inledning.\n\n## Fråga 1\n\nText\n\n### Under\n\n## Fråga 2\n## Fråga 1\n",
      DEADLINE, UUID.randomUUID(), SENT);

  @Test
  void sectionsAreTheWholeTextAndEachSecondLevelHeadingOnce() {
    assertEquals(List.of("", "Fråga 1", "Fråga 2"), check.sections());
  }

  @Test
  void openUntilItsVersionOrALaterOneIsPublished() {
    assertTrue(check.open(null));
    assertTrue(check.open(2), "an earlier publication");
    assertFalse(check.open(3));
    assertFalse(check.open(4));
  }

  @Test
  void publishingWaitsForEveryLeaderOnlyUntilTheDeadline() {
    Instant before = DEADLINE.minusSeconds(1);
    assertTrue(check.holdsPublishing(before, null, 3, 2));
    assertFalse(check.holdsPublishing(before, null, 3, 3), "all have answered");
    assertFalse(check.holdsPublishing(DEADLINE, null, 3, 0), "the deadline has come");
    assertFalse(check.holdsPublishing(before, 3, 3, 0), "closed by publishing");
    assertFalse(check.holdsPublishing(before, null, 0, 0), "no leaders to wait for");
  }
}

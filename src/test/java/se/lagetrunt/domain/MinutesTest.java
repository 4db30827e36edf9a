package se.lagetrunt.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.ChangeSet.Section;
import se.lagetrunt.domain.MinutesCommand.Push;
import se.lagetrunt.domain.MinutesCommand.Update;
import se.lagetrunt.domain.Refusal.Code;

/** The minutes as a central authority: who writes, versions, exact fit, authorship. */
class MinutesTest {
  private final Actor leader = new Actor(UUID.randomUUID(), MeetingRole.LEADER);
  private final Actor noteTaker = new Actor(UUID.randomUUID(), MeetingRole.NOTE_TAKER);
  private final Actor participant = new Actor(UUID.randomUUID(), MeetingRole.PARTICIPANT);
  private MeetingState state = MeetingState.EMPTY;

  private static ChangeSet insert(int at, int length, String text) {
    return ChangeSet.of(List.of(new Section(at, null), new Section(0, text), new Section(length - at, null)));
  }

  private void run(Actor actor, MeetingCommand command) {
    Decision decision = Meeting.decide(state, actor, command, Instant.EPOCH);
    state = Meeting.applyAll(state, assertInstanceOf(Decision.Accepted.class, decision, decision.toString()).events());
  }

  private Code refused(Actor actor, MeetingCommand command) {
    MeetingState before = state;
    Code code = assertInstanceOf(Decision.Refused.class, Meeting.decide(state, actor, command, Instant.EPOCH))
        .refusal().code();
    assertSame(before, state);
    return code;
  }

  @Test
  void noteTakersWriteAgainstTheCurrentVersionAndAuthorshipFollowsTheText() {
    run(noteTaker, new Push(Minutes.OPENING, 0, List.of(new Update("a1", insert(0, 0, "Vi minns förra mötet.")))));
    MinutesDoc doc = state.minutes().section(Minutes.OPENING);
    assertEquals("Vi minns förra mötet.", doc.text());
    assertEquals(1, doc.version());
    assertEquals(List.of(new AuthorRun(noteTaker.personId(), 21)), doc.authors());

    run(leader, new Push(Minutes.OPENING, 1, List.of(
        new Update("b1", insert(3, 21, "alla ")),
        new Update("b1", ChangeSet.of(List.of(new Section(26, null), new Section(0, "\nBra!")))))));
    doc = state.minutes().section(Minutes.OPENING);
    assertEquals("Vi alla minns förra mötet.\nBra!", doc.text());
    assertEquals(3, doc.version());
    assertEquals(List.of(new AuthorRun(noteTaker.personId(), 3), new AuthorRun(leader.personId(), 5),
        new AuthorRun(noteTaker.personId(), 18), new AuthorRun(leader.personId(), 5)), doc.authors());

    run(noteTaker, new Push(Minutes.OPENING, 3, List.of(new Update("a1", ChangeSet.replaceAll(31, "Ny text")))));
    assertEquals(List.of(new AuthorRun(noteTaker.personId(), 7)), state.minutes().section(Minutes.OPENING).authors());
  }

  @Test
  void outdatedOrIllFittingUpdatesAndOutsidersAreRefused() {
    state = Meeting.apply(state, new BoardEvent.QuestionsPlanned(List.of(new BoardEvent.Planned("q1", "Fråga")), 0));
    run(noteTaker, new Push("q:q1", 0, List.of(new Update("a1", insert(0, 0, "Hej")))));
    assertEquals(Code.VERSION_CONFLICT, refused(leader, new Push("q:q1", 0, List.of(new Update("b1", insert(0, 0, "x"))))));
    assertEquals(Code.INVALID_CHANGES, refused(leader, new Push("q:q1", 1, List.of(new Update("b1", insert(0, 5, "x"))))));
    assertEquals(Code.INVALID_CHANGES, refused(leader, new Push("q:q1", 1, List.of())));
    assertEquals(Code.INVALID_CHANGES, refused(leader, new Push("q:q1", 1, List.of(new Update("bad id!", insert(0, 3, "x"))))));
    assertEquals(Code.UNKNOWN_SECTION, refused(leader, new Push("q:other-meeting", 0, List.of(new Update("b1", insert(0, 0, "x"))))));
    assertEquals(Code.UNKNOWN_SECTION, refused(leader, new Push("appendix", 0, List.of(new Update("b1", insert(0, 0, "x"))))));
    assertEquals(Code.NOT_ALLOWED, refused(participant, new Push("q:q1", 1, List.of(new Update("c1", insert(0, 3, "x"))))));
    assertEquals(Code.TEXT_TOO_LONG, refused(leader, new Push("q:q1", 1,
        List.of(new Update("b1", insert(3, 3, "x".repeat(MinutesRules.SECTION_MAX_LENGTH)))))));
    assertEquals("Hej", state.minutes().section("q:q1").text());
  }

  @Test
  void aChangeForAnotherLengthCannotBeApplied() {
    assertThrows(IllegalArgumentException.class, () -> insert(0, 3, "x").apply("ab"));
    assertThrows(IllegalArgumentException.class, () -> new Section(-1, null));
  }
}

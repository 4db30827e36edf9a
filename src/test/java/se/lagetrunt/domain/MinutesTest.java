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
    assertEquals(Code.VERSION_CONFLICT, refused(leader, new Push("q:q1", 2, List.of(new Update("b1", insert(0, 3, "x"))))),
        "a version the section has not reached");
    assertEquals(Code.VERSION_CONFLICT, refused(noteTaker, new Push("q:q1", 0, List.of(new Update("a1", insert(0, 0, "x"))))),
        "the same browser's update is among those since: it was made on top of it, not beside it");
    assertEquals(Code.INVALID_CHANGES, refused(leader, new Push("q:q1", 1, List.of(new Update("b1", insert(0, 5, "x"))))));
    assertEquals(Code.INVALID_CHANGES, refused(leader, new Push("q:q1", 1, List.of())));
    assertEquals(Code.INVALID_CHANGES, refused(leader, new Push("q:q1", 1, List.of(new Update("bad id!", insert(0, 3, "x"))))));
    assertEquals(Code.UNKNOWN_SECTION, refused(leader, new Push("q:other-meeting", 0, List.of(new Update("b1", insert(0, 0, "x"))))));
    assertEquals(Code.UNKNOWN_SECTION, refused(leader, new Push("appendix", 0, List.of(new Update("b1", insert(0, 0, "x"))))));
    assertEquals(Code.NOT_ALLOWED, refused(participant, new Push("q:q1", 1, List.of(new Update("c1", insert(0, 3, "x"))))));
    assertEquals(Code.TEXT_TOO_LONG, refused(leader, new Push("q:q1", 1,
        List.of(new Update("b1", insert(3, 3, "x".repeat(Minutes.SECTION_MAX_LENGTH)))))));
    assertEquals("Hej", state.minutes().section("q:q1").text());
  }

  /**
   * A push made against an older version is moved over the updates since, and its insertions go
   * before theirs at the same place: a writer's next letters stay next to the previous ones.
   */
  @Test
  void aLatePushIsRebasedOverTheUpdatesSinceAndKeepsItsPlace() {
    run(noteTaker, new Push(Minutes.OTHER, 0, List.of(new Update("a1", insert(0, 0, "Marg")))));
    run(leader, new Push(Minutes.OTHER, 0, List.of(new Update("b1", insert(0, 0, "J")))));
    assertEquals("JMarg", state.minutes().section(Minutes.OTHER).text());
    run(noteTaker, new Push(Minutes.OTHER, 1, List.of(new Update("a1", insert(4, 4, "a")), new Update("a1", insert(5, 5, "r")))));
    run(leader, new Push(Minutes.OTHER, 2, List.of(new Update("b1", insert(1, 5, "o")))));
    MinutesDoc doc = state.minutes().section(Minutes.OTHER);
    assertEquals("JoMargar", doc.text());
    assertEquals(5, doc.version());
    assertEquals(List.of(new AuthorRun(leader.personId(), 2), new AuthorRun(noteTaker.personId(), 6)), doc.authors());
  }

  @Test
  void aPushTooFarBehindIsSentBackToCatchUp() {
    for (int i = 0; i < RecentUpdates.KEPT + 1; i++) {
      run(noteTaker, new Push(Minutes.OTHER, i, List.of(new Update("a1", insert(i, i, "x")))));
    }
    assertEquals(Code.VERSION_CONFLICT, refused(leader, new Push(Minutes.OTHER, 0, List.of(new Update("b1", insert(0, 0, "y"))))));
    run(leader, new Push(Minutes.OTHER, 1, List.of(new Update("b1", insert(1, 1, "y")))));
    assertEquals("xy", state.minutes().section(Minutes.OTHER).text().substring(0, 2));
  }

  @Test
  void noUpdateMayCutACharacterInTwo() {
    run(noteTaker, new Push(Minutes.OTHER, 0, List.of(new Update("a1", insert(0, 0, "A😀B")))));
    assertEquals(Code.SPLIT_CHARACTER, refused(leader, new Push(Minutes.OTHER, 1, List.of(new Update("b1", insert(2, 4, "x"))))));
    assertEquals(Code.SPLIT_CHARACTER, refused(leader, new Push(Minutes.OTHER, 1, List.of(new Update("b1",
        ChangeSet.of(List.of(new Section(1, null), new Section(1, ""), new Section(2, null))))))));
    run(leader, new Push(Minutes.OTHER, 1, List.of(new Update("b1", ChangeSet.of(List.of(new Section(1, null), new Section(2, "🙂"), new Section(1, null)))))));
    assertEquals("A🙂B", state.minutes().section(Minutes.OTHER).text());
    assertEquals(false, Characters.wellFormed("A\ud83dB"));
    assertEquals(false, Characters.wellFormed("\ude00"));
  }

  @Test
  void aChangeForAnotherLengthCannotBeApplied() {
    assertThrows(IllegalArgumentException.class, () -> insert(0, 3, "x").apply("ab"));
    assertThrows(IllegalArgumentException.class, () -> new Section(-1, null));
  }

  @Test
  void reviewThenSignOffThenSubmitWithCommentsOnTheWay() {
    Instant now = Instant.parse("2026-09-08T20:00:00Z");
    run(noteTaker, new Push(Minutes.OPENING, 0, List.of(new Update("a1", insert(0, 0, "Text")))));
    assertEquals(Code.NOT_ALLOWED, refusedAt(noteTaker, new MinutesCommand.OpenReview(now.plusSeconds(3600)), now));
    assertEquals(Code.INVALID_DEADLINE, refusedAt(leader, new MinutesCommand.OpenReview(now.minusSeconds(1)), now));
    assertEquals(Code.WRONG_STATUS, refusedAt(leader, new MinutesCommand.Submit(), now), "sign off first");
    runAt(leader, new MinutesCommand.OpenReview(now.plusSeconds(7 * 24 * 3600)), now);
    assertEquals(Minutes.Status.IN_REVIEW, state.minutes().status());
    assertEquals(Code.NOT_ALLOWED, refusedAt(noteTaker, new Push(Minutes.OPENING, 1, List.of(new Update("a1", insert(4, 4, "!")))), now),
        "in review the leader revises");

    runAt(participant, new MinutesCommand.AddComment(Minutes.OPENING, "Text", "Stämmer inte riktigt.", null, "c1", "Anna"), now);
    runAt(leader, new MinutesCommand.AddComment(Minutes.OPENING, "", "Jag ändrar.", "c1", "c2", "Lena"), now);
    assertEquals(Code.UNKNOWN_COMMENT, refusedAt(leader,
        new MinutesCommand.AddComment(Minutes.OPENING, "", "Svar på svar", "c2", "c3", "Lena"), now), "one level of replies");
    assertEquals(Code.INVALID_TEXT, refusedAt(participant, new MinutesCommand.AddComment(Minutes.OPENING, "", " ", null, "c4", "Anna"), now));
    assertEquals(Code.NOT_ALLOWED, refusedAt(noteTaker, new MinutesCommand.ResolveComment("c1", true), now), "not their comment");
    runAt(participant, new MinutesCommand.ResolveComment("c1", true), now);
    assertEquals(true, state.minutes().comment("c1").resolved());

    runAt(leader, new MinutesCommand.SignOff(), now);
    assertEquals(Code.MINUTES_LOCKED, refusedAt(leader, new Push(Minutes.OPENING, 1, List.of(new Update("b1", insert(4, 4, "!")))), now));
    assertEquals(Code.MINUTES_LOCKED, refusedAt(participant, new MinutesCommand.AddComment(Minutes.OPENING, "", "Sent", null, "c5", "Anna"), now));
    runAt(leader, new MinutesCommand.ReopenDraft(), now);
    run(leader, new Push(Minutes.OPENING, 1, List.of(new Update("b1", insert(4, 4, "!")))));
    runAt(leader, new MinutesCommand.SignOff(), now);
    runAt(leader, new MinutesCommand.Submit(), now);
    assertEquals(Minutes.Status.SUBMITTED, state.minutes().status());
    assertEquals(Code.WRONG_STATUS, refusedAt(leader, new MinutesCommand.ReopenDraft(), now), "submitted is final");
    assertEquals("Text!", state.minutes().section(Minutes.OPENING).text());
  }

  private void runAt(Actor actor, MeetingCommand command, Instant now) {
    Decision decision = Meeting.decide(state, actor, command, now);
    state = Meeting.applyAll(state, assertInstanceOf(Decision.Accepted.class, decision, decision.toString()).events());
  }

  private Code refusedAt(Actor actor, MeetingCommand command, Instant now) {
    MeetingState before = state;
    Code code = assertInstanceOf(Decision.Refused.class, Meeting.decide(state, actor, command, now)).refusal().code();
    assertSame(before, state);
    return code;
  }
}

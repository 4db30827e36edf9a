package se.lagetrunt.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.BoardCommand.AcceptProposal;
import se.lagetrunt.domain.BoardCommand.AddBackground;
import se.lagetrunt.domain.BoardCommand.AddQuestion;
import se.lagetrunt.domain.BoardCommand.ReplacePlanned;
import se.lagetrunt.domain.BoardCommand.DeclineProposal;
import se.lagetrunt.domain.BoardCommand.EditQuestion;
import se.lagetrunt.domain.BoardCommand.MarkNotRelevant;
import se.lagetrunt.domain.BoardCommand.MergeProposal;
import se.lagetrunt.domain.BoardCommand.MoveQuestion;
import se.lagetrunt.domain.BoardCommand.ProposeQuestion;
import se.lagetrunt.domain.BoardCommand.RemoveBackground;
import se.lagetrunt.domain.BoardCommand.RemoveQuestion;
import se.lagetrunt.domain.BoardCommand.SetInterpretation;
import se.lagetrunt.domain.BoardCommand.SetQuestionStatus;
import se.lagetrunt.domain.BoardCommand.SupportProposal;
import se.lagetrunt.domain.BoardCommand.WithdrawSupport;
import se.lagetrunt.domain.BoardEvent.Planned;
import se.lagetrunt.domain.BoardEvent.QuestionsPlanned;
import se.lagetrunt.domain.BoardQuestion.Origin;
import se.lagetrunt.domain.BoardQuestion.Status;
import se.lagetrunt.domain.Refusal.Code;

/** The question board: the rules, and randomized sequences that must never break them. */
class BoardTest {
  private static final Instant NOW = Instant.parse("2026-09-01T16:00:00Z");
  private final Actor leader = new Actor(UUID.randomUUID(), MeetingRole.LEADER);
  private final Actor noteTaker = new Actor(UUID.randomUUID(), MeetingRole.NOTE_TAKER);
  private final Actor anna = new Actor(UUID.randomUUID(), MeetingRole.PARTICIPANT);
  private final Actor bo = new Actor(UUID.randomUUID(), MeetingRole.PARTICIPANT);
  private int ids;
  private MeetingState state = MeetingState.EMPTY;

  private String id() {
    return "id-" + ++ids;
  }

  private List<MeetingEvent> run(Actor actor, MeetingCommand command) {
    Decision decision = Meeting.decide(state, actor, command, NOW);
    List<MeetingEvent> events = assertInstanceOf(Decision.Accepted.class, decision, decision.toString()).events();
    state = Meeting.applyAll(state, events);
    return events;
  }

  private Code refused(Actor actor, MeetingCommand command) {
    MeetingState before = state;
    Code code = assertInstanceOf(Decision.Refused.class, Meeting.decide(state, actor, command, NOW)).refusal().code();
    assertSame(before, state);
    return code;
  }

  private Board board() {
    return state.board();
  }

  private void plan(String... texts) {
    List<Planned> planned = new ArrayList<>();
    for (String text : texts) {
      planned.add(new Planned(id(), text));
    }
    state = Meeting.apply(state, new QuestionsPlanned(planned, 0));
  }

  private String questionId(int index) {
    return board().questions().get(index).id();
  }

  private List<String> texts() {
    return board().questions().stream().map(BoardQuestion::text).toList();
  }

  @Test
  void theLeaderShapesTheBoardAndOneQuestionIsCurrentAtATime() {
    plan("Vad innebär nära vård för anhöriga?", "Vilka utmaningar ser ni?");
    run(leader, new AddQuestion("  Hur  gör vi hos oss? ", id()));
    assertEquals(List.of("Vad innebär nära vård för anhöriga?", "Vilka utmaningar ser ni?", "Hur gör vi hos oss?"), texts());
    assertEquals(Origin.LOCAL, board().questions().get(2).origin());

    run(leader, new MoveQuestion(questionId(2), 0));
    assertEquals("Hur gör vi hos oss?", texts().get(0));
    run(leader, new EditQuestion(questionId(0), "Hur gör vi i Nacka?"));
    assertEquals("Hur gör vi i Nacka?", texts().get(0));

    run(leader, new SetQuestionStatus(questionId(0), Status.CURRENT));
    assertEquals("Hur gör vi i Nacka?", board().current().text());
    List<MeetingEvent> next = run(leader, new SetQuestionStatus(questionId(1), Status.CURRENT));
    assertEquals(2, next.size(), "the old current question is discussed in the same step");
    assertEquals(Status.DISCUSSED, board().questions().get(0).status());
    assertEquals(questionId(1), board().current().id());
    run(leader, new SetQuestionStatus(questionId(2), Status.SKIPPED));
    assertEquals(Status.SKIPPED, board().questions().get(2).status());

    assertEquals(Code.QUESTION_TAKEN_UP, refused(leader, new RemoveQuestion(questionId(0))));
    assertEquals(Code.UNCHANGED, refused(leader, new SetQuestionStatus(questionId(1), Status.CURRENT)));
    assertEquals(Code.INVALID_POSITION, refused(leader, new MoveQuestion(questionId(0), 3)));
    assertEquals(Code.INVALID_POSITION, refused(leader, new MoveQuestion(questionId(0), -1)));
    run(leader, new AddQuestion("Extra", id()));
    run(leader, new RemoveQuestion(questionId(3)));
    assertEquals(3, board().questions().size());
  }

  @Test
  void onlyTheLeaderChangesTheBoardButNoteTakersWriteTheInterpretation() {
    plan("Vad är god vård?");
    String q = questionId(0);
    for (Actor someone : List.of(anna, noteTaker)) {
      assertEquals(Code.NOT_ALLOWED, refused(someone, new AddQuestion("Min fråga", id())));
      assertEquals(Code.NOT_ALLOWED, refused(someone, new EditQuestion(q, "Annan")));
      assertEquals(Code.NOT_ALLOWED, refused(someone, new MoveQuestion(q, 0)));
      assertEquals(Code.NOT_ALLOWED, refused(someone, new SetQuestionStatus(q, Status.CURRENT)));
      assertEquals(Code.NOT_ALLOWED, refused(someone, new MarkNotRelevant(q, "Inte hos oss")));
      assertEquals(Code.NOT_ALLOWED, refused(someone, new AddBackground("Rapport", "", "https://example.org", id())));
      assertEquals(Code.NOT_ALLOWED, refused(someone, new RemoveQuestion(q)));
    }
    assertEquals(Code.NOT_ALLOWED, refused(anna, new SetInterpretation(q, "Vi menar")));
    run(noteTaker, new SetInterpretation(q, "Vi menar vården  i hemmet.\r\n\r\n\r\nOch stödet."));
    assertEquals("Vi menar vården i hemmet.\n\nOch stödet.", board().questions().get(0).interpretation());
    run(leader, new SetInterpretation(q, ""));
    assertEquals("", board().questions().get(0).interpretation());
  }

  @Test
  void badTextIsRefusedWithAReason() {
    plan("Fråga");
    assertEquals(Code.INVALID_TEXT, refused(leader, new AddQuestion("   ", id())));
    assertEquals(Code.INVALID_TEXT, refused(leader, new AddQuestion("två\nrader", id())));
    assertEquals(Code.TEXT_TOO_LONG, refused(leader, new AddQuestion("x".repeat(501), id())));
    assertEquals(Code.TEXT_TOO_LONG, refused(anna, new ProposeQuestion("x".repeat(501), id(), "Anna")));
    assertEquals(Code.TEXT_TOO_LONG, refused(leader, new SetInterpretation(questionId(0), "x".repeat(1001))));
    assertEquals(Code.INVALID_TEXT, refused(leader, new SetInterpretation(questionId(0), "bell\u0007")));
    assertEquals(Code.UNKNOWN_QUESTION, refused(leader, new EditQuestion("another-meetings-question", "x")));
    assertEquals(Code.UNKNOWN_QUESTION, refused(leader, new MoveQuestion("another-meetings-question", 0)));
    assertEquals(Code.UNKNOWN_QUESTION, refused(noteTaker, new SetInterpretation("nope", "x")));
    assertEquals(Code.INVALID_LINK, refused(leader, new AddBackground("Länk", "", "javascript:alert(1)", id())));
    assertEquals(Code.INVALID_TEXT, refused(leader, new AddBackground("", "", "", id())));
    assertEquals(Code.UNKNOWN_BACKGROUND, refused(leader, new RemoveBackground("nope")));
    run(leader, new AddBackground("Forskningssammanfattning", "Kort text.", "https://example.org/rapport.pdf", id()));
    assertEquals("https://example.org/rapport.pdf", board().background().get(0).url());
    for (int i = board().questions().size(); i < Boards.MAX_QUESTIONS; i++) {
      run(leader, new AddQuestion("Fråga " + i, id()));
    }
    assertEquals(Code.BOARD_FULL, refused(leader, new AddQuestion("En till", id())));
  }

  @Test
  void membersProposeAndSupportAndTheLeaderAcceptsDeclinesOrMerges() {
    run(anna, new ProposeQuestion("Hur når vi fler anhöriga?", id(), "Anna"));
    String first = board().proposals().get(0).id();
    assertEquals(anna.personId(), board().proposals().get(0).by());
    run(bo, new SupportProposal(first));
    run(noteTaker, new SupportProposal(first));
    assertEquals(Code.ALREADY_SUPPORTED, refused(bo, new SupportProposal(first)));
    run(bo, new WithdrawSupport(first));
    assertEquals(Code.NOT_SUPPORTED, refused(bo, new WithdrawSupport(first)));
    assertEquals(List.of(noteTaker.personId()), board().proposals().get(0).supporters());
    assertEquals(Code.NOT_ALLOWED, refused(anna, new AcceptProposal(first, null, id())));

    run(bo, new ProposeQuestion("Hur hittar vi anhöriga?", id(), "Bo"));
    String duplicate = board().proposals().get(1).id();
    run(leader, new MergeProposal(duplicate, first));
    assertEquals(Proposal.Status.MERGED, board().proposal(duplicate).status());
    assertTrue(board().proposal(first).supporters().contains(bo.personId()), "the merged proposer now backs the other");
    assertEquals(Code.PROPOSAL_CLOSED, refused(anna, new SupportProposal(duplicate)));
    assertEquals(Code.SAME_PROPOSAL, refused(leader, new MergeProposal(first, first)));

    run(leader, new AcceptProposal(first, "Hur når vi anhöriga som inte syns?", id()));
    BoardQuestion accepted = board().questions().get(0);
    assertEquals("Hur når vi anhöriga som inte syns?", accepted.text());
    assertEquals(Origin.PROPOSED, accepted.origin());
    assertEquals(accepted.id(), board().proposal(first).outcome());
    assertEquals(Code.PROPOSAL_CLOSED, refused(leader, new AcceptProposal(first, null, id())));

    run(anna, new ProposeQuestion("Kaffe?", id(), "Anna"));
    String third = board().proposals().get(2).id();
    run(leader, new DeclineProposal(third, "Det tar vi efteråt"));
    assertEquals("Det tar vi efteråt", board().proposal(third).outcome());
    assertEquals(Code.UNKNOWN_PROPOSAL, refused(bo, new SupportProposal("other-meeting")));
  }

  @Test
  void aLocalNetworkSetsAPlannedQuestionAsideWithAReason() {
    plan("Nationell fråga");
    run(leader, new AddQuestion("Lokal fråga", id()));
    assertEquals(Code.INVALID_TEXT, refused(leader, new MarkNotRelevant(questionId(0), " ")));
    assertEquals(Code.NOT_PLANNED, refused(leader, new MarkNotRelevant(questionId(1), "Vår egen")));
    run(leader, new MarkNotRelevant(questionId(0), "Vi har ingen hemsjukvård ännu"));
    assertEquals(Status.SKIPPED, board().questions().get(0).status());
    assertEquals("Vi har ingen hemsjukvård ännu", board().questions().get(0).notRelevantReason());
    run(leader, new SetQuestionStatus(questionId(0), Status.UPCOMING));
    assertNull(board().questions().get(0).notRelevantReason(), "taking it back clears the reason");
  }

  @Test
  void sharedQuestionsReplaceThePlannedOnesStillUpcomingAndKeepTheRest() {
    plan("Gammal 1", "Gammal 2", "Gammal 3");
    run(leader, new SetQuestionStatus(questionId(0), Status.DISCUSSED));
    run(leader, new AddQuestion("Vår egen", id()));
    run(leader, new ReplacePlanned(List.of("Ny A", "Ny B"), List.of(id(), id())));
    assertEquals(List.of("Gammal 1", "Ny A", "Ny B", "Vår egen"), texts());
    assertEquals(Origin.PLANNED, board().questions().get(1).origin());
    assertEquals(Code.UNCHANGED, refused(leader, new ReplacePlanned(List.of("Ny A", "Ny B"), List.of(id(), id()))));
    List<String> tooMany = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < Boards.MAX_QUESTIONS; i++) {
      tooMany.add("Fråga " + i);
      ids.add(id());
    }
    assertEquals(Code.BOARD_FULL, refused(leader, new ReplacePlanned(tooMany, ids)), "never cut off silently");
  }

  /** Random commands from random people never break the board's rules. */
  @Test
  void randomSequencesKeepEveryInvariant() {
    Random random = new Random(11);
    List<Actor> actors = List.of(leader, noteTaker, anna, bo);
    plan("A", "B", "C");
    for (int step = 0; step < 5000; step++) {
      Actor actor = actors.get(random.nextInt(actors.size()));
      MeetingCommand command = randomCommand(random);
      MeetingState before = state;
      Decision decision = Meeting.decide(state, actor, command, NOW);
      if (decision instanceof Decision.Accepted accepted) {
        state = Meeting.applyAll(state, accepted.events());
      } else {
        assertSame(before, state);
      }
      Board board = board();
      assertTrue(board.questions().stream().filter(q -> q.status() == Status.CURRENT).count() <= 1, "one current at most");
      Set<String> ids = new HashSet<>();
      board.questions().forEach(q -> assertTrue(ids.add(q.id()), "question ids are unique"));
      board.proposals().forEach(p -> assertTrue(ids.add(p.id()), "proposal ids are unique"));
      assertTrue(board.questions().size() <= Boards.MAX_QUESTIONS);
      for (Proposal p : board.proposals()) {
        assertEquals(new HashSet<>(p.supporters()).size(), p.supporters().size(), "one vote each");
        assertEquals(p.isOpen(), p.outcome() == null);
      }
      board.questions().forEach(q -> assertTrue(q.notRelevantReason() == null || q.status() == Status.SKIPPED));
    }
  }

  private MeetingCommand randomCommand(Random random) {
    List<BoardQuestion> questions = board().questions();
    List<Proposal> proposals = board().proposals();
    String q = questions.isEmpty() || random.nextInt(10) == 0 ? "unknown" : questions.get(random.nextInt(questions.size())).id();
    String p = proposals.isEmpty() || random.nextInt(10) == 0 ? "unknown" : proposals.get(random.nextInt(proposals.size())).id();
    String other = proposals.isEmpty() ? "unknown" : proposals.get(random.nextInt(proposals.size())).id();
    return switch (random.nextInt(13)) {
      case 0 -> new AddQuestion("Fråga " + random.nextInt(100), id());
      case 1 -> new EditQuestion(q, "Ny text " + random.nextInt(5));
      case 2 -> new RemoveQuestion(q);
      case 3 -> new MoveQuestion(q, random.nextInt(questions.size() + 2) - 1);
      case 4, 5 -> new SetQuestionStatus(q, Status.values()[random.nextInt(Status.values().length)]);
      case 6 -> new MarkNotRelevant(q, "Skäl");
      case 7 -> new SetInterpretation(q, "Tolkning " + random.nextInt(3));
      case 8 -> new ProposeQuestion("Förslag " + random.nextInt(100), id(), "Någon");
      case 9 -> random.nextBoolean() ? new SupportProposal(p) : new WithdrawSupport(p);
      case 10 -> new AcceptProposal(p, random.nextBoolean() ? null : "Omskriven", id());
      case 11 -> random.nextBoolean() ? new DeclineProposal(p, "") : new MergeProposal(p, other);
      default -> new ReplacePlanned(List.of("Delad " + random.nextInt(9)), List.of(id()));
    };
  }
}

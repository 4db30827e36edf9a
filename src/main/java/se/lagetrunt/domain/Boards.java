package se.lagetrunt.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import se.lagetrunt.domain.BoardCommand.AddQuestion;
import se.lagetrunt.domain.BoardCommand.ReplacePlanned;
import se.lagetrunt.domain.BoardCommand.EditQuestion;
import se.lagetrunt.domain.BoardCommand.MarkNotRelevant;
import se.lagetrunt.domain.BoardCommand.MoveQuestion;
import se.lagetrunt.domain.BoardCommand.ProposeQuestion;
import se.lagetrunt.domain.BoardCommand.RemoveQuestion;
import se.lagetrunt.domain.BoardCommand.SetInterpretation;
import se.lagetrunt.domain.BoardCommand.SetQuestionStatus;
import se.lagetrunt.domain.BoardCommand.SupportProposal;
import se.lagetrunt.domain.BoardCommand.WithdrawSupport;
import se.lagetrunt.domain.BoardEvent.InterpretationSet;
import se.lagetrunt.domain.BoardEvent.Planned;
import se.lagetrunt.domain.BoardEvent.ProposalSupported;
import se.lagetrunt.domain.BoardEvent.QuestionAdded;
import se.lagetrunt.domain.BoardEvent.QuestionEdited;
import se.lagetrunt.domain.BoardEvent.QuestionMoved;
import se.lagetrunt.domain.BoardEvent.QuestionProposed;
import se.lagetrunt.domain.BoardEvent.QuestionRemoved;
import se.lagetrunt.domain.BoardEvent.QuestionStatusChanged;
import se.lagetrunt.domain.BoardEvent.QuestionsPlanned;
import se.lagetrunt.domain.BoardEvent.SupportWithdrawn;
import se.lagetrunt.domain.BoardQuestion.Origin;
import se.lagetrunt.domain.BoardQuestion.Status;
import se.lagetrunt.domain.Refusal.Code;

/**
 * The rules of the question board. The leader (or the enabler in a leader meeting) shapes it; a
 * note-taker also writes the agreed interpretation; every member may propose and support.
 */
public final class Boards {
  public static final int MAX_QUESTIONS = 30;
  public static final int MAX_OPEN_PROPOSALS = 50;
  public static final int MAX_BACKGROUND = 10;
  static final int QUESTION_MAX_LENGTH = 500;
  static final int INTERPRETATION_MAX_LENGTH = 1000;
  static final int REASON_MAX_LENGTH = 300;
  static final int TITLE_MAX_LENGTH = 120;
  static final int BACKGROUND_MAX_LENGTH = 2000;
  static final int URL_MAX_LENGTH = 500;
  private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"]+");

  private Boards() {}

  static Decision decide(Board board, Actor actor, BoardCommand command) {
    if (command instanceof ProposeQuestion c) {
      return propose(board, actor, c);
    }
    if (command instanceof SupportProposal c) {
      return support(board, actor, c.proposalId());
    }
    if (command instanceof WithdrawSupport c) {
      return withdraw(board, actor, c.proposalId());
    }
    if (command instanceof SetInterpretation c) {
      return interpret(board, actor, c);
    }
    if (!actor.role().steers()) {
      return Decision.refuse(Code.NOT_ALLOWED, "Only the leader changes the board.");
    }
    if (command instanceof AddQuestion c) {
      return add(board, c.text(), c.newId(), Origin.LOCAL);
    }
    if (command instanceof EditQuestion c) {
      return edit(board, c);
    }
    if (command instanceof RemoveQuestion c) {
      return remove(board, c.questionId());
    }
    if (command instanceof MoveQuestion c) {
      return move(board, c);
    }
    if (command instanceof SetQuestionStatus c) {
      return setStatus(board, c.questionId(), c.status(), null);
    }
    if (command instanceof MarkNotRelevant c) {
      return markNotRelevant(board, c);
    }
    if (command instanceof ReplacePlanned c) {
      return replacePlanned(board, c);
    }
    return BoardProposals.decide(board, command);
  }

  static Board apply(Board board, BoardEvent event) {
    if (event instanceof QuestionsPlanned e) {
      return board.insertQuestions(e.atIndex(),
          e.questions().stream().map(p -> BoardQuestion.fresh(p.id(), p.text(), Origin.PLANNED)).toList());
    }
    if (event instanceof QuestionAdded e) {
      return board.insertQuestions(board.questions().size(), List.of(BoardQuestion.fresh(e.questionId(), e.text(), e.origin())));
    }
    if (event instanceof QuestionEdited e) {
      return board.updateQuestion(e.questionId(), q -> q.withText(e.text()));
    }
    if (event instanceof QuestionRemoved e) {
      return board.withoutQuestion(e.questionId());
    }
    if (event instanceof QuestionMoved e) {
      return board.moveQuestion(e.questionId(), e.toIndex());
    }
    if (event instanceof QuestionStatusChanged e) {
      return board.updateQuestion(e.questionId(), q -> q.withStatus(e.status(), e.reason()));
    }
    if (event instanceof InterpretationSet e) {
      return board.updateQuestion(e.questionId(), q -> q.withInterpretation(e.text()));
    }
    return BoardProposals.apply(board, event);
  }

  static Decision add(Board board, String rawText, String newId, Origin origin) {
    if (board.questions().size() >= MAX_QUESTIONS) {
      return Decision.refuse(Code.BOARD_FULL, "A board holds at most " + MAX_QUESTIONS + " questions.");
    }
    Refusal invalid = invalidLine(rawText, QUESTION_MAX_LENGTH, "A question");
    if (invalid != null) {
      return new Decision.Refused(invalid);
    }
    return Decision.accept(new QuestionAdded(requireNewId(board, newId), Texts.normalizeLine(rawText), origin));
  }

  private static Decision edit(Board board, EditQuestion command) {
    BoardQuestion question = board.question(command.questionId());
    if (question == null) {
      return unknownQuestion();
    }
    Refusal invalid = invalidLine(command.text(), QUESTION_MAX_LENGTH, "A question");
    if (invalid != null) {
      return new Decision.Refused(invalid);
    }
    String text = Texts.normalizeLine(command.text());
    if (text.equals(question.text())) {
      return unchanged();
    }
    return Decision.accept(new QuestionEdited(question.id(), text));
  }

  private static Decision remove(Board board, String questionId) {
    BoardQuestion question = board.question(questionId);
    if (question == null) {
      return unknownQuestion();
    }
    if (question.status() != Status.UPCOMING) {
      return Decision.refuse(Code.QUESTION_TAKEN_UP, "A question that was taken up stays on the board; skip it instead.");
    }
    return Decision.accept(new QuestionRemoved(questionId));
  }

  private static Decision move(Board board, MoveQuestion command) {
    int from = board.indexOf(command.questionId());
    if (from < 0) {
      return unknownQuestion();
    }
    if (command.toIndex() < 0 || command.toIndex() >= board.questions().size()) {
      return Decision.refuse(Code.INVALID_POSITION, "There is no such place on the board.");
    }
    if (command.toIndex() == from) {
      return unchanged();
    }
    return Decision.accept(new QuestionMoved(command.questionId(), command.toIndex()));
  }

  private static Decision setStatus(Board board, String questionId, Status status, String reason) {
    BoardQuestion question = board.question(questionId);
    if (question == null) {
      return unknownQuestion();
    }
    if (question.status() == status && Objects.equals(question.notRelevantReason(), reason)) {
      return unchanged();
    }
    List<MeetingEvent> events = new ArrayList<>(2);
    BoardQuestion current = board.current();
    if (status == Status.CURRENT && current != null && current != question) {
      events.add(new QuestionStatusChanged(current.id(), Status.DISCUSSED, null));
    }
    events.add(new QuestionStatusChanged(questionId, status, reason));
    return new Decision.Accepted(events);
  }

  private static Decision markNotRelevant(Board board, MarkNotRelevant command) {
    BoardQuestion question = board.question(command.questionId());
    if (question == null) {
      return unknownQuestion();
    }
    if (question.origin() != Origin.PLANNED) {
      return Decision.refuse(Code.NOT_PLANNED, "Only a planned question from the theme can be marked not relevant.");
    }
    Refusal invalid = invalidLine(command.reason(), REASON_MAX_LENGTH, "A reason");
    if (invalid != null) {
      return new Decision.Refused(invalid);
    }
    return setStatus(board, question.id(), Status.SKIPPED, Texts.normalizeLine(command.reason()));
  }

  private static Decision interpret(Board board, Actor actor, SetInterpretation command) {
    if (!actor.role().steers() && actor.role() != MeetingRole.NOTE_TAKER) {
      return Decision.refuse(Code.NOT_ALLOWED, "The leader and the note-takers write the agreed interpretation.");
    }
    BoardQuestion question = board.question(command.questionId());
    if (question == null) {
      return unknownQuestion();
    }
    Refusal invalid = invalidParagraphs(command.text(), INTERPRETATION_MAX_LENGTH, "An interpretation", true);
    if (invalid != null) {
      return new Decision.Refused(invalid);
    }
    String text = Texts.normalizeParagraphs(command.text());
    if (text.equals(question.interpretation())) {
      return unchanged();
    }
    return Decision.accept(new InterpretationSet(question.id(), text));
  }

  private static Decision replacePlanned(Board board, ReplacePlanned command) {
    for (String text : command.texts()) {
      Refusal invalid = invalidLine(text, QUESTION_MAX_LENGTH, "A question");
      if (invalid != null) {
        return new Decision.Refused(invalid);
      }
    }
    if (command.texts().stream().map(Texts::normalizeLine).toList().equals(board.plannedUpcoming())) {
      return unchanged();
    }
    List<MeetingEvent> events = new ArrayList<>();
    int at = -1;
    int kept = 0;
    for (int i = 0; i < board.questions().size(); i++) {
      BoardQuestion question = board.questions().get(i);
      if (question.origin() == Origin.PLANNED && question.status() == Status.UPCOMING) {
        events.add(new QuestionRemoved(question.id()));
        at = at < 0 ? kept : at;
      } else {
        kept++;
      }
    }
    if (kept + command.texts().size() > MAX_QUESTIONS) {
      return Decision.refuse(Code.BOARD_FULL, "With these, the board would hold more than " + MAX_QUESTIONS + " questions.");
    }
    List<Planned> planned = new ArrayList<>();
    for (int i = 0; i < command.texts().size(); i++) {
      planned.add(new Planned(requireNewId(board, command.newIds().get(i)), Texts.normalizeLine(command.texts().get(i))));
    }
    events.add(new QuestionsPlanned(planned, at < 0 ? kept : at));
    return new Decision.Accepted(events);
  }

  private static Decision propose(Board board, Actor actor, ProposeQuestion command) {
    long open = board.proposals().stream().filter(Proposal::isOpen).count();
    if (open >= MAX_OPEN_PROPOSALS) {
      return Decision.refuse(Code.BOARD_FULL, "There are already " + MAX_OPEN_PROPOSALS + " open proposals.");
    }
    Refusal invalid = invalidLine(command.text(), QUESTION_MAX_LENGTH, "A proposal");
    if (invalid != null) {
      return new Decision.Refused(invalid);
    }
    return Decision.accept(new QuestionProposed(requireNewId(board, command.newId()),
        Texts.normalizeLine(command.text()), actor.personId(), command.byName() == null ? "" : command.byName()));
  }

  private static Decision support(Board board, Actor actor, String proposalId) {
    Proposal proposal = board.proposal(proposalId);
    Decision closed = openOrRefusal(proposal);
    if (closed != null) {
      return closed;
    }
    if (proposal.supporters().contains(actor.personId())) {
      return Decision.refuse(Code.ALREADY_SUPPORTED, "You already support this proposal.");
    }
    return Decision.accept(new ProposalSupported(proposalId, actor.personId()));
  }

  private static Decision withdraw(Board board, Actor actor, String proposalId) {
    Proposal proposal = board.proposal(proposalId);
    Decision closed = openOrRefusal(proposal);
    if (closed != null) {
      return closed;
    }
    if (!proposal.supporters().contains(actor.personId())) {
      return Decision.refuse(Code.NOT_SUPPORTED, "You do not support this proposal.");
    }
    return Decision.accept(new SupportWithdrawn(proposalId, actor.personId()));
  }

  /** Null when the proposal exists and is open, else the refusal to give. */
  static Decision openOrRefusal(Proposal proposal) {
    if (proposal == null) {
      return Decision.refuse(Code.UNKNOWN_PROPOSAL, "There is no such proposal in this meeting.");
    }
    if (!proposal.isOpen()) {
      return Decision.refuse(Code.PROPOSAL_CLOSED, "This proposal has already been handled.");
    }
    return null;
  }

  static Refusal invalidLine(String text, int maxLength, String what) {
    String line = Texts.normalizeLine(text);
    if (line.isEmpty() || Texts.hasControlCharacters(text)) {
      return new Refusal(Code.INVALID_TEXT, what + " is one line of text and cannot be empty.");
    }
    return line.length() > maxLength ? tooLong(what, maxLength) : null;
  }

  static Refusal invalidParagraphs(String text, int maxLength, String what, boolean mayBeEmpty) {
    String paragraphs = Texts.normalizeParagraphs(text);
    if ((!mayBeEmpty && paragraphs.isEmpty()) || Texts.hasControlCharacters(text.replace('\n', ' ').replace('\r', ' '))) {
      return new Refusal(Code.INVALID_TEXT, what + " must be plain text" + (mayBeEmpty ? "." : " and cannot be empty."));
    }
    return paragraphs.length() > maxLength ? tooLong(what, maxLength) : null;
  }

  public static boolean isWebAddress(String url) {
    return WEB_ADDRESS.matcher(url).matches();
  }

  private static Refusal tooLong(String what, int maxLength) {
    return new Refusal(Code.TEXT_TOO_LONG, what + " can be at most " + maxLength + " characters.");
  }

  /** Ids come from the room; one that is missing or taken is a bug there, not a client's error. */
  static String requireNewId(Board board, String id) {
    if (id == null || id.isEmpty() || board.uses(id)) {
      throw new IllegalArgumentException("the room must supply a fresh id, got " + id);
    }
    return id;
  }

  static Decision unknownQuestion() {
    return Decision.refuse(Code.UNKNOWN_QUESTION, "There is no such question on this meeting's board.");
  }

  static Decision unchanged() {
    return Decision.refuse(Code.UNCHANGED, "That is already so.");
  }
}

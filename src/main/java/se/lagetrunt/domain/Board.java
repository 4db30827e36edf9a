package se.lagetrunt.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A meeting's question board: its questions in the order the leader set, the proposals members
 * made, and background material. Immutable, like the rest of the meeting state.
 */
public record Board(List<BoardQuestion> questions, List<Proposal> proposals, List<Background> background) {
  public static final Board EMPTY = new Board(List.of(), List.of(), List.of());

  public Board {
    questions = List.copyOf(questions);
    proposals = List.copyOf(proposals);
    background = List.copyOf(background);
  }

  /** The question at the centre now, or null. */
  public BoardQuestion current() {
    return questions.stream().filter(q -> q.status() == BoardQuestion.Status.CURRENT).findFirst().orElse(null);
  }

  /** The questions to prepare, in board order: all but those set aside. */
  public List<String> toPrepare() {
    return questions.stream().filter(q -> q.status() != BoardQuestion.Status.SKIPPED).map(BoardQuestion::text).toList();
  }

  /** The planned questions still to come, which new planned ones would replace. */
  public List<String> plannedUpcoming() {
    return questions.stream()
        .filter(q -> q.origin() == BoardQuestion.Origin.PLANNED && q.status() == BoardQuestion.Status.UPCOMING)
        .map(BoardQuestion::text).toList();
  }

  public BoardQuestion question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
  }

  public Proposal proposal(String id) {
    return proposals.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
  }

  int indexOf(String questionId) {
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).id().equals(questionId)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether any question, proposal or background item already uses this id. */
  boolean uses(String id) {
    return question(id) != null || proposal(id) != null || background.stream().anyMatch(b -> b.id().equals(id));
  }

  Board withQuestions(List<BoardQuestion> newQuestions) {
    return new Board(newQuestions, proposals, background);
  }

  Board insertQuestions(int index, List<BoardQuestion> added) {
    List<BoardQuestion> next = new ArrayList<>(questions);
    next.addAll(Math.max(0, Math.min(index, next.size())), added);
    return withQuestions(next);
  }

  Board updateQuestion(String id, UnaryOperator<BoardQuestion> change) {
    return withQuestions(questions.stream().map(q -> q.id().equals(id) ? change.apply(q) : q).toList());
  }

  Board withoutQuestion(String id) {
    return withQuestions(questions.stream().filter(q -> !q.id().equals(id)).toList());
  }

  Board moveQuestion(String id, int toIndex) {
    List<BoardQuestion> next = new ArrayList<>(questions);
    BoardQuestion moved = next.remove(indexOf(id));
    next.add(Math.max(0, Math.min(toIndex, next.size())), moved);
    return withQuestions(next);
  }

  Board withProposal(Proposal proposal) {
    List<Proposal> next = new ArrayList<>(proposals);
    next.add(proposal);
    return new Board(questions, next, background);
  }

  Board updateProposal(String id, UnaryOperator<Proposal> change) {
    return new Board(questions, proposals.stream().map(p -> p.id().equals(id) ? change.apply(p) : p).toList(),
        background);
  }

  Board withBackground(Background item) {
    List<Background> next = new ArrayList<>(background);
    next.add(Objects.requireNonNull(item));
    return new Board(questions, proposals, next);
  }

  Board withoutBackground(String id) {
    return new Board(questions, proposals, background.stream().filter(b -> !b.id().equals(id)).toList());
  }
}

package se.lagetrunt.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import se.lagetrunt.domain.BoardCommand.AcceptProposal;
import se.lagetrunt.domain.BoardCommand.AddBackground;
import se.lagetrunt.domain.BoardCommand.DeclineProposal;
import se.lagetrunt.domain.BoardCommand.MergeProposal;
import se.lagetrunt.domain.BoardCommand.RemoveBackground;
import se.lagetrunt.domain.BoardEvent.BackgroundAdded;
import se.lagetrunt.domain.BoardEvent.BackgroundRemoved;
import se.lagetrunt.domain.BoardEvent.ProposalClosed;
import se.lagetrunt.domain.BoardEvent.ProposalSupported;
import se.lagetrunt.domain.BoardEvent.QuestionAdded;
import se.lagetrunt.domain.BoardEvent.QuestionProposed;
import se.lagetrunt.domain.BoardEvent.SupportWithdrawn;
import se.lagetrunt.domain.BoardQuestion.Origin;
import se.lagetrunt.domain.Refusal.Code;

/** The leader's side of proposals (accept, decline, merge) and the board's background material. */
final class BoardProposals {
  private BoardProposals() {}

  /** Commands only those who steer may give; {@link Boards} has checked the role. */
  static Decision decide(Board board, BoardCommand command) {
    if (command instanceof AcceptProposal c) {
      return accept(board, c);
    }
    if (command instanceof DeclineProposal c) {
      return decline(board, c);
    }
    if (command instanceof MergeProposal c) {
      return merge(board, c);
    }
    if (command instanceof AddBackground c) {
      return addBackground(board, c);
    }
    if (command instanceof RemoveBackground c) {
      if (board.background().stream().noneMatch(b -> b.id().equals(c.backgroundId()))) {
        return Decision.refuse(Code.UNKNOWN_BACKGROUND, "There is no such background item on this board.");
      }
      return Decision.accept(new BackgroundRemoved(c.backgroundId()));
    }
    throw new IllegalArgumentException("unhandled board command " + command);
  }

  static Board apply(Board board, BoardEvent event) {
    if (event instanceof QuestionProposed e) {
      return board.withProposal(new Proposal(e.proposalId(), e.text(), e.by(), e.byName(), List.of(),
          Proposal.Status.OPEN, null));
    }
    if (event instanceof ProposalSupported e) {
      return board.updateProposal(e.proposalId(), p -> p.withSupporters(plus(p.supporters(), List.of(e.by()))));
    }
    if (event instanceof SupportWithdrawn e) {
      return board.updateProposal(e.proposalId(),
          p -> p.withSupporters(p.supporters().stream().filter(s -> !s.equals(e.by())).toList()));
    }
    if (event instanceof ProposalClosed e) {
      Proposal closing = board.proposal(e.proposalId());
      Board closed = board.updateProposal(e.proposalId(), p -> p.closed(e.status(), e.outcome()));
      if (e.status() != Proposal.Status.MERGED) {
        return closed;
      }
      // Whoever wanted the merged proposal now backs the one it joined: its proposer and supporters.
      List<UUID> joining = new ArrayList<>(List.of(closing.by()));
      joining.addAll(closing.supporters());
      return closed.updateProposal(e.outcome(), p -> p.withSupporters(plus(p.supporters(), joining)));
    }
    if (event instanceof BackgroundAdded e) {
      return board.withBackground(e.item());
    }
    if (event instanceof BackgroundRemoved e) {
      return board.withoutBackground(e.backgroundId());
    }
    throw new IllegalArgumentException("unhandled board event " + event);
  }

  private static Decision accept(Board board, AcceptProposal command) {
    Proposal proposal = board.proposal(command.proposalId());
    Decision closed = Boards.openOrRefusal(proposal);
    if (closed != null) {
      return closed;
    }
    Decision added = Boards.add(board, command.text() == null ? proposal.text() : command.text(), command.newId(),
        Origin.PROPOSED);
    if (!(added instanceof Decision.Accepted accepted)) {
      return added;
    }
    QuestionAdded question = (QuestionAdded) accepted.events().get(0);
    return Decision.accept(question, new ProposalClosed(proposal.id(), Proposal.Status.ACCEPTED, question.questionId()));
  }

  private static Decision decline(Board board, DeclineProposal command) {
    Decision closed = Boards.openOrRefusal(board.proposal(command.proposalId()));
    if (closed != null) {
      return closed;
    }
    String reason = Texts.normalizeLine(command.reason());
    if (Texts.hasControlCharacters(command.reason()) || reason.length() > Boards.REASON_MAX_LENGTH) {
      return Decision.refuse(Code.INVALID_TEXT,
          "A reason is one line of at most " + Boards.REASON_MAX_LENGTH + " characters.");
    }
    return Decision.accept(new ProposalClosed(command.proposalId(), Proposal.Status.DECLINED, reason));
  }

  private static Decision merge(Board board, MergeProposal command) {
    Decision closed = Boards.openOrRefusal(board.proposal(command.proposalId()));
    if (closed == null) {
      closed = Boards.openOrRefusal(board.proposal(command.intoProposalId()));
    }
    if (closed != null) {
      return closed;
    }
    if (command.proposalId().equals(command.intoProposalId())) {
      return Decision.refuse(Code.SAME_PROPOSAL, "A proposal cannot be merged into itself.");
    }
    return Decision.accept(new ProposalClosed(command.proposalId(), Proposal.Status.MERGED, command.intoProposalId()));
  }

  private static Decision addBackground(Board board, AddBackground command) {
    if (board.background().size() >= Boards.MAX_BACKGROUND) {
      return Decision.refuse(Code.BOARD_FULL, "A board holds at most " + Boards.MAX_BACKGROUND + " background items.");
    }
    Refusal invalid = Boards.invalidLine(command.title(), Boards.TITLE_MAX_LENGTH, "A title");
    if (invalid == null) {
      invalid = Boards.invalidParagraphs(command.text(), Boards.BACKGROUND_MAX_LENGTH, "A background text", true);
    }
    if (invalid != null) {
      return new Decision.Refused(invalid);
    }
    String url = command.url().strip();
    if (!url.isEmpty() && (url.length() > Boards.URL_MAX_LENGTH || !Boards.isWebAddress(url))) {
      return Decision.refuse(Code.INVALID_LINK, "A link must be a web address starting with https:// or http://.");
    }
    return Decision.accept(new BackgroundAdded(new Background(Boards.requireNewId(board, command.newId()),
        Texts.normalizeLine(command.title()), Texts.normalizeParagraphs(command.text()), url)));
  }

  private static List<UUID> plus(List<UUID> first, List<UUID> more) {
    LinkedHashSet<UUID> all = new LinkedHashSet<>(first);
    all.addAll(more);
    return List.copyOf(all);
  }
}

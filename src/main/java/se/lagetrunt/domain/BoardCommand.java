package se.lagetrunt.domain;

import java.util.List;
import java.util.Objects;

/**
 * Commands about the question board. {@code newId} is never taken from a client: the room fills
 * it with a fresh random id, so ids are unique across meetings and replay needs no randomness.
 */
public sealed interface BoardCommand extends MeetingCommand {

  /** The leader writes a question of their own onto the board. */
  record AddQuestion(String text, String newId) implements BoardCommand {
    public AddQuestion {
      Objects.requireNonNull(text, "text");
    }
  }

  record EditQuestion(String questionId, String text) implements BoardCommand {
    public EditQuestion {
      Objects.requireNonNull(questionId, "questionId");
      Objects.requireNonNull(text, "text");
    }
  }

  /** Takes a question off the board; only one that was never taken up (else: skip it). */
  record RemoveQuestion(String questionId) implements BoardCommand {
    public RemoveQuestion {
      Objects.requireNonNull(questionId, "questionId");
    }
  }

  record MoveQuestion(String questionId, int toIndex) implements BoardCommand {
    public MoveQuestion {
      Objects.requireNonNull(questionId, "questionId");
    }
  }

  /** Moves a question between upcoming, current, discussed and skipped; a new current one retires the old. */
  record SetQuestionStatus(String questionId, BoardQuestion.Status status) implements BoardCommand {
    public SetQuestionStatus {
      Objects.requireNonNull(questionId, "questionId");
      Objects.requireNonNull(status, "status");
    }
  }

  /** A local network sets a planned (national) question aside, saying why; the enablers see it. */
  record MarkNotRelevant(String questionId, String reason) implements BoardCommand {
    public MarkNotRelevant {
      Objects.requireNonNull(questionId, "questionId");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** How the group agreed to read the question; leader and note-takers write it. */
  record SetInterpretation(String questionId, String text) implements BoardCommand {
    public SetInterpretation {
      Objects.requireNonNull(questionId, "questionId");
      Objects.requireNonNull(text, "text");
    }
  }

  /** Any member proposes a question; {@code byName} is filled by the room from who sent it. */
  record ProposeQuestion(String text, String newId, String byName) implements BoardCommand {
    public ProposeQuestion {
      Objects.requireNonNull(text, "text");
    }
  }

  record SupportProposal(String proposalId) implements BoardCommand {
    public SupportProposal {
      Objects.requireNonNull(proposalId, "proposalId");
    }
  }

  record WithdrawSupport(String proposalId) implements BoardCommand {
    public WithdrawSupport {
      Objects.requireNonNull(proposalId, "proposalId");
    }
  }

  /** The leader takes a proposal onto the board, optionally reworded ({@code text} null keeps it). */
  record AcceptProposal(String proposalId, String text, String newId) implements BoardCommand {
    public AcceptProposal {
      Objects.requireNonNull(proposalId, "proposalId");
    }
  }

  record DeclineProposal(String proposalId, String reason) implements BoardCommand {
    public DeclineProposal {
      Objects.requireNonNull(proposalId, "proposalId");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Folds a near-duplicate into another open proposal; its supporters come along. */
  record MergeProposal(String proposalId, String intoProposalId) implements BoardCommand {
    public MergeProposal {
      Objects.requireNonNull(proposalId, "proposalId");
      Objects.requireNonNull(intoProposalId, "intoProposalId");
    }
  }

  record AddBackground(String title, String text, String url, String newId) implements BoardCommand {
    public AddBackground {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(url, "url");
    }
  }

  record RemoveBackground(String backgroundId) implements BoardCommand {
    public RemoveBackground {
      Objects.requireNonNull(backgroundId, "backgroundId");
    }
  }

  /**
   * New planned questions replace the planned ones still upcoming; what the local leader added,
   * and what was already taken up, stay. The server issues it when the leader pre-meeting shares
   * its agreed questions, and when a meeting's questions are edited over REST; it has no wire form.
   * The room gives one new id per text, as for every new thing on a board.
   */
  record ReplacePlanned(List<String> texts, List<String> newIds) implements BoardCommand {
    public ReplacePlanned {
      texts = List.copyOf(texts);
      newIds = List.copyOf(newIds);
      if (texts.size() != newIds.size()) {
        throw new IllegalArgumentException("one new id per shared question");
      }
    }
  }
}

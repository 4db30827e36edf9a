package se.lagetrunt.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Facts about the question board. */
public sealed interface BoardEvent extends MeetingEvent {

  /** Planned questions put on the board at {@code atIndex}: by the series plan, or shared from the pre-meeting. */
  record QuestionsPlanned(List<Planned> questions, int atIndex) implements BoardEvent {
    public QuestionsPlanned {
      questions = List.copyOf(questions);
    }
  }

  record Planned(String id, String text) {
    public Planned {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
    }
  }

  record QuestionAdded(String questionId, String text, BoardQuestion.Origin origin) implements BoardEvent {
    public QuestionAdded {
      Objects.requireNonNull(questionId, "questionId");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(origin, "origin");
    }
  }

  record QuestionEdited(String questionId, String text) implements BoardEvent {
    public QuestionEdited {
      Objects.requireNonNull(questionId, "questionId");
      Objects.requireNonNull(text, "text");
    }
  }

  record QuestionRemoved(String questionId) implements BoardEvent {
    public QuestionRemoved {
      Objects.requireNonNull(questionId, "questionId");
    }
  }

  record QuestionMoved(String questionId, int toIndex) implements BoardEvent {
    public QuestionMoved {
      Objects.requireNonNull(questionId, "questionId");
    }
  }

  /** {@code reason} is set only when a planned question was marked not relevant. */
  record QuestionStatusChanged(String questionId, BoardQuestion.Status status, String reason) implements BoardEvent {
    public QuestionStatusChanged {
      Objects.requireNonNull(questionId, "questionId");
      Objects.requireNonNull(status, "status");
    }
  }

  record InterpretationSet(String questionId, String text) implements BoardEvent {
    public InterpretationSet {
      Objects.requireNonNull(questionId, "questionId");
      Objects.requireNonNull(text, "text");
    }
  }

  record QuestionProposed(String proposalId, String text, UUID by, String byName) implements BoardEvent {
    public QuestionProposed {
      Objects.requireNonNull(proposalId, "proposalId");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(byName, "byName");
    }
  }

  record ProposalSupported(String proposalId, UUID by) implements BoardEvent {
    public ProposalSupported {
      Objects.requireNonNull(proposalId, "proposalId");
      Objects.requireNonNull(by, "by");
    }
  }

  record SupportWithdrawn(String proposalId, UUID by) implements BoardEvent {
    public SupportWithdrawn {
      Objects.requireNonNull(proposalId, "proposalId");
      Objects.requireNonNull(by, "by");
    }
  }

  /** Closes a proposal: accepted (outcome = the question it became), declined (the reason) or merged (the proposal it joined). */
  record ProposalClosed(String proposalId, Proposal.Status status, String outcome) implements BoardEvent {
    public ProposalClosed {
      Objects.requireNonNull(proposalId, "proposalId");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  record BackgroundAdded(Background item) implements BoardEvent {
    public BackgroundAdded {
      Objects.requireNonNull(item, "item");
    }
  }

  record BackgroundRemoved(String backgroundId) implements BoardEvent {
    public BackgroundRemoved {
      Objects.requireNonNull(backgroundId, "backgroundId");
    }
  }
}

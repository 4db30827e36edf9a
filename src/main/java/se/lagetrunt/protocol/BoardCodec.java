package se.lagetrunt.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.lagetrunt.domain.Background;
import se.lagetrunt.domain.Board;
import se.lagetrunt.domain.BoardEvent;
import se.lagetrunt.domain.BoardEvent.BackgroundAdded;
import se.lagetrunt.domain.BoardEvent.BackgroundRemoved;
import se.lagetrunt.domain.BoardEvent.InterpretationSet;
import se.lagetrunt.domain.BoardEvent.Planned;
import se.lagetrunt.domain.BoardEvent.ProposalClosed;
import se.lagetrunt.domain.BoardEvent.ProposalSupported;
import se.lagetrunt.domain.BoardEvent.QuestionAdded;
import se.lagetrunt.domain.BoardEvent.QuestionEdited;
import se.lagetrunt.domain.BoardEvent.QuestionMoved;
import se.lagetrunt.domain.BoardEvent.QuestionProposed;
import se.lagetrunt.domain.BoardEvent.QuestionRemoved;
import se.lagetrunt.domain.BoardEvent.QuestionStatusChanged;
import se.lagetrunt.domain.BoardEvent.QuestionsPlanned;
import se.lagetrunt.domain.BoardEvent.SupportWithdrawn;
import se.lagetrunt.domain.BoardQuestion;
import se.lagetrunt.domain.Proposal;

/** Board events and board state as JSON; the part of {@link EventCodec} about the question board. */
public final class BoardCodec {
  private BoardCodec() {}


  static void write(BoardEvent event, ObjectNode node) {
    if (event instanceof QuestionsPlanned e) {
      ArrayNode questions = node.putArray("questions");
      e.questions().forEach(q -> questions.addObject().put("id", q.id()).put("text", q.text()));
      node.put("atIndex", e.atIndex());
    } else if (event instanceof QuestionAdded e) {
      node.put("questionId", e.questionId()).put("text", e.text()).put("origin", e.origin().wireName());
    } else if (event instanceof QuestionEdited e) {
      node.put("questionId", e.questionId()).put("text", e.text());
    } else if (event instanceof QuestionRemoved e) {
      node.put("questionId", e.questionId());
    } else if (event instanceof QuestionMoved e) {
      node.put("questionId", e.questionId()).put("toIndex", e.toIndex());
    } else if (event instanceof QuestionStatusChanged e) {
      node.put("questionId", e.questionId()).put("status", e.status().wireName()).put("reason", e.reason());
    } else if (event instanceof InterpretationSet e) {
      node.put("questionId", e.questionId()).put("text", e.text());
    } else if (event instanceof QuestionProposed e) {
      node.put("proposalId", e.proposalId()).put("text", e.text()).put("by", e.by().toString())
          .put("byName", e.byName());
    } else if (event instanceof ProposalSupported e) {
      node.put("proposalId", e.proposalId()).put("by", e.by().toString());
    } else if (event instanceof SupportWithdrawn e) {
      node.put("proposalId", e.proposalId()).put("by", e.by().toString());
    } else if (event instanceof ProposalClosed e) {
      node.put("proposalId", e.proposalId()).put("status", e.status().wireName()).put("outcome", e.outcome());
    } else if (event instanceof BackgroundAdded e) {
      node.set("item", background(e.item()));
    } else if (event instanceof BackgroundRemoved e) {
      node.put("backgroundId", e.backgroundId());
    } else {
      throw new IllegalArgumentException("unhandled event " + event);
    }
  }

  /** The event of this type, or null if the type is not a board event. */
  static BoardEvent read(String type, JsonNode p) {
    return switch (type) {
      case "questionsPlanned" -> new QuestionsPlanned(planned(p.get("questions")), p.path("atIndex").asInt());
      case "questionAdded" -> new QuestionAdded(p.get("questionId").asText(), p.get("text").asText(),
          BoardQuestion.Origin.fromWire(p.get("origin").asText()));
      case "questionEdited" -> new QuestionEdited(p.get("questionId").asText(), p.get("text").asText());
      case "questionRemoved" -> new QuestionRemoved(p.get("questionId").asText());
      case "questionMoved" -> new QuestionMoved(p.get("questionId").asText(), p.get("toIndex").asInt());
      case "questionStatusChanged" -> new QuestionStatusChanged(p.get("questionId").asText(),
          BoardQuestion.Status.fromWire(p.get("status").asText()), Json.textOrNull(p.get("reason")));
      case "interpretationSet" -> new InterpretationSet(p.get("questionId").asText(), p.get("text").asText());
      case "questionProposed" -> new QuestionProposed(p.get("proposalId").asText(), p.get("text").asText(),
          UUID.fromString(p.get("by").asText()), p.get("byName").asText());
      case "proposalSupported" -> new ProposalSupported(p.get("proposalId").asText(),
          UUID.fromString(p.get("by").asText()));
      case "supportWithdrawn" -> new SupportWithdrawn(p.get("proposalId").asText(),
          UUID.fromString(p.get("by").asText()));
      case "proposalClosed" -> new ProposalClosed(p.get("proposalId").asText(),
          Proposal.Status.fromWire(p.get("status").asText()), p.get("outcome").asText());
      case "backgroundAdded" -> new BackgroundAdded(background(p.get("item")));
      case "backgroundRemoved" -> new BackgroundRemoved(p.get("backgroundId").asText());
      default -> null;
    };
  }

  /** The board as clients and snapshots see it. */
  public static ObjectNode state(Board board) {
    ObjectNode node = Json.object();
    ArrayNode questions = node.putArray("questions");
    board.questions().forEach(q -> questions.add(question(q)));
    ArrayNode proposals = node.putArray("proposals");
    for (Proposal p : board.proposals()) {
      ObjectNode proposal = proposals.addObject().put("id", p.id()).put("text", p.text()).put("by", p.by().toString())
          .put("byName", p.byName()).put("status", p.status().wireName()).put("outcome", p.outcome());
      ArrayNode supporters = proposal.putArray("supporters");
      p.supporters().forEach(s -> supporters.add(s.toString()));
    }
    ArrayNode background = node.putArray("background");
    board.background().forEach(b -> background.add(background(b)));
    return node;
  }

  public static ObjectNode question(BoardQuestion q) {
    return Json.object().put("id", q.id()).put("text", q.text()).put("status", q.status().wireName())
        .put("origin", q.origin().wireName()).put("interpretation", q.interpretation())
        .put("notRelevantReason", q.notRelevantReason());
  }

  static Board state(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return Board.EMPTY;
    }
    List<BoardQuestion> questions = new ArrayList<>();
    node.path("questions").forEach(q -> questions.add(new BoardQuestion(q.get("id").asText(), q.get("text").asText(),
        BoardQuestion.Status.fromWire(q.get("status").asText()), BoardQuestion.Origin.fromWire(q.get("origin").asText()),
        q.path("interpretation").asText(""), Json.textOrNull(q.get("notRelevantReason")))));
    List<Proposal> proposals = new ArrayList<>();
    node.path("proposals").forEach(p -> {
      List<UUID> supporters = new ArrayList<>();
      p.path("supporters").forEach(s -> supporters.add(UUID.fromString(s.asText())));
      proposals.add(new Proposal(p.get("id").asText(), p.get("text").asText(), UUID.fromString(p.get("by").asText()),
          p.get("byName").asText(), supporters, Proposal.Status.fromWire(p.get("status").asText()),
          Json.textOrNull(p.get("outcome"))));
    });
    List<Background> background = new ArrayList<>();
    node.path("background").forEach(b -> background.add(background(b)));
    return new Board(questions, proposals, background);
  }

  private static List<Planned> planned(JsonNode node) {
    List<Planned> planned = new ArrayList<>();
    node.forEach(q -> planned.add(new Planned(q.get("id").asText(), q.get("text").asText())));
    return planned;
  }

  private static ObjectNode background(Background b) {
    return Json.object().put("id", b.id()).put("title", b.title()).put("text", b.text()).put("url", b.url());
  }

  private static Background background(JsonNode b) {
    return new Background(b.get("id").asText(), b.get("title").asText(), b.path("text").asText(""),
        b.path("url").asText(""));
  }
}

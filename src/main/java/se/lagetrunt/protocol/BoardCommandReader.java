package se.lagetrunt.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import se.lagetrunt.domain.BoardCommand;
import se.lagetrunt.domain.BoardQuestion;

/**
 * Reads the question-board commands from their messages. New ids and the proposer's name are
 * the server's: the room makes the commands with them. ReplacePlanned has no wire form; only the
 * server issues it.
 */
final class BoardCommandReader {
  private BoardCommandReader() {}

  /** The command of this message, or null for a type that is not a board command. */
  static WireCommand read(String type, JsonNode root, String id) throws ProtocolException {
    return switch (type) {
      case "addQuestion" -> {
        String text = text(root, "text", id);
        yield facts -> new BoardCommand.AddQuestion(text, facts.newId());
      }
      case "editQuestion" -> WireCommand.of(new BoardCommand.EditQuestion(text(root, "questionId", id), text(root, "text", id)));
      case "removeQuestion" -> WireCommand.of(new BoardCommand.RemoveQuestion(text(root, "questionId", id)));
      case "moveQuestion" -> WireCommand.of(new BoardCommand.MoveQuestion(text(root, "questionId", id),
          ClientMessageParser.wholeNumber(root, "toIndex", id)));
      case "setQuestionStatus" -> WireCommand.of(new BoardCommand.SetQuestionStatus(text(root, "questionId", id), status(root, id)));
      case "markNotRelevant" -> WireCommand.of(new BoardCommand.MarkNotRelevant(text(root, "questionId", id),
          text(root, "reason", id)));
      case "setInterpretation" -> WireCommand.of(new BoardCommand.SetInterpretation(text(root, "questionId", id),
          text(root, "text", id)));
      case "proposeQuestion" -> {
        String text = text(root, "text", id);
        yield facts -> new BoardCommand.ProposeQuestion(text, facts.newId(), facts.senderName());
      }
      case "supportProposal" -> WireCommand.of(new BoardCommand.SupportProposal(text(root, "proposalId", id)));
      case "withdrawSupport" -> WireCommand.of(new BoardCommand.WithdrawSupport(text(root, "proposalId", id)));
      case "acceptProposal" -> {
        String proposalId = text(root, "proposalId", id);
        String text = root.hasNonNull("text") ? text(root, "text", id) : null;
        yield facts -> new BoardCommand.AcceptProposal(proposalId, text, facts.newId());
      }
      case "declineProposal" -> WireCommand.of(new BoardCommand.DeclineProposal(text(root, "proposalId", id),
          root.has("reason") ? text(root, "reason", id) : ""));
      case "mergeProposal" -> WireCommand.of(new BoardCommand.MergeProposal(text(root, "proposalId", id),
          text(root, "intoProposalId", id)));
      case "addBackground" -> {
        String title = text(root, "title", id);
        String text = root.has("text") ? text(root, "text", id) : "";
        String url = root.has("url") ? text(root, "url", id) : "";
        yield facts -> new BoardCommand.AddBackground(title, text, url, facts.newId());
      }
      case "removeBackground" -> WireCommand.of(new BoardCommand.RemoveBackground(text(root, "backgroundId", id)));
      default -> null;
    };
  }

  /** A string field; its content (length, one line, a web address) is for the rules to judge. */
  private static String text(JsonNode root, String field, String id) throws ProtocolException {
    return ClientMessageParser.string(root, field, id);
  }

  private static BoardQuestion.Status status(JsonNode root, String id) throws ProtocolException {
    try {
      return BoardQuestion.Status.fromWire(text(root, "status", id));
    } catch (IllegalArgumentException e) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE,
          "'status' is one of upcoming, current, discussed, skipped.", id);
    }
  }
}

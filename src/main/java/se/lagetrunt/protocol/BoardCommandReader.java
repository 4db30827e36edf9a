package se.lagetrunt.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import se.lagetrunt.domain.BoardCommand;
import se.lagetrunt.domain.BoardQuestion;

/**
 * Reads the question-board commands from their messages. New ids and the proposer's name are
 * left empty here: the room fills them in. ReplacePlanned has no wire form; only the server issues it.
 */
final class BoardCommandReader {
  private BoardCommandReader() {}

  /** The command of this message, or null for a type that is not a board command. */
  static BoardCommand read(String type, JsonNode root, String id) throws ProtocolException {
    return switch (type) {
      case "addQuestion" -> new BoardCommand.AddQuestion(text(root, "text", id), null);
      case "editQuestion" -> new BoardCommand.EditQuestion(text(root, "questionId", id), text(root, "text", id));
      case "removeQuestion" -> new BoardCommand.RemoveQuestion(text(root, "questionId", id));
      case "moveQuestion" -> new BoardCommand.MoveQuestion(text(root, "questionId", id),
          ClientMessageParser.wholeNumber(root, "toIndex", id));
      case "setQuestionStatus" -> new BoardCommand.SetQuestionStatus(text(root, "questionId", id), status(root, id));
      case "markNotRelevant" -> new BoardCommand.MarkNotRelevant(text(root, "questionId", id),
          text(root, "reason", id));
      case "setInterpretation" -> new BoardCommand.SetInterpretation(text(root, "questionId", id),
          text(root, "text", id));
      case "proposeQuestion" -> new BoardCommand.ProposeQuestion(text(root, "text", id), null, null);
      case "supportProposal" -> new BoardCommand.SupportProposal(text(root, "proposalId", id));
      case "withdrawSupport" -> new BoardCommand.WithdrawSupport(text(root, "proposalId", id));
      case "acceptProposal" -> new BoardCommand.AcceptProposal(text(root, "proposalId", id),
          root.hasNonNull("text") ? text(root, "text", id) : null, null);
      case "declineProposal" -> new BoardCommand.DeclineProposal(text(root, "proposalId", id),
          root.has("reason") ? text(root, "reason", id) : "");
      case "mergeProposal" -> new BoardCommand.MergeProposal(text(root, "proposalId", id),
          text(root, "intoProposalId", id));
      case "addBackground" -> new BoardCommand.AddBackground(text(root, "title", id),
          root.has("text") ? text(root, "text", id) : "", root.has("url") ? text(root, "url", id) : "", null);
      case "removeBackground" -> new BoardCommand.RemoveBackground(text(root, "backgroundId", id));
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

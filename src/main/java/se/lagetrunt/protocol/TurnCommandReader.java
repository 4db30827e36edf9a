package se.lagetrunt.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import se.lagetrunt.domain.Hand;
import se.lagetrunt.domain.Round;
import se.lagetrunt.domain.TurnCommand;

/**
 * Reads the turn-taking commands from their messages. Who is present, and the shuffle seed, are
 * left empty here: the room fills them in from what it knows (a client can never supply them).
 */
final class TurnCommandReader {
  private TurnCommandReader() {}

  /** The command of this message, or null for a type that is not a turn command. */
  static TurnCommand read(String type, JsonNode root, String id) throws ProtocolException {
    try {
      return switch (type) {
        case "startRound" -> new TurnCommand.StartRound(
            root.has("kind") ? Round.Kind.fromWire(ClientMessageParser.string(root, "kind", id)) : Round.Kind.DISCUSSION,
            root.has("order") ? TurnCommand.OrderMode.fromWire(ClientMessageParser.string(root, "order", id))
                : TurnCommand.OrderMode.JOIN,
            strings(root.get("custom"), id), List.of(), 0);
        case "endTurn" -> new TurnCommand.EndTurn(ClientMessageParser.string(root, "who", id),
            TurnCommand.EndTurn.Outcome.fromWire(ClientMessageParser.string(root, "outcome", id)), List.of());
        case "moveInRound" -> new TurnCommand.MoveInRound(ClientMessageParser.string(root, "who", id), ClientMessageParser.wholeNumber(root, "toIndex", id));
        case "addToRound" -> new TurnCommand.AddToRound(ClientMessageParser.string(root, "who", id), List.of());
        case "endRound" -> new TurnCommand.EndRound();
        case "carryOver" -> new TurnCommand.CarryOver();
        case "raiseHand" -> new TurnCommand.RaiseHand(
            root.has("who") ? ClientMessageParser.string(root, "who", id) : ClientMessageParser.SELF,
            root.has("kind") ? Hand.Kind.fromWire(ClientMessageParser.string(root, "kind", id)) : Hand.Kind.NEW_TOPIC);
        case "lowerHand" -> new TurnCommand.LowerHand(ClientMessageParser.string(root, "handId", id));
        case "moveHand" -> new TurnCommand.MoveHand(ClientMessageParser.string(root, "handId", id), ClientMessageParser.wholeNumber(root, "toIndex", id));
        case "setTurnTime" -> new TurnCommand.SetTurnTime(ClientMessageParser.wholeNumber(root, "seconds", id));
        case "giveFloor" -> new TurnCommand.GiveFloor(ClientMessageParser.string(root, "handId", id));
        case "endFloor" -> new TurnCommand.EndFloor(ClientMessageParser.string(root, "who", id));
        default -> null;
      };
    } catch (IllegalArgumentException e) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "A field has a value that does not exist.", id);
    }
  }

  private static List<String> strings(JsonNode node, String id) throws ProtocolException {
    List<String> list = new ArrayList<>();
    if (node == null || node.isNull()) {
      return list;
    }
    if (!node.isArray() || node.size() > 100) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "'custom' must list at most 100 people.", id);
    }
    for (JsonNode item : node) {
      if (!item.isTextual()) {
        throw new ProtocolException(ErrorCode.BAD_MESSAGE, "'custom' must list people by id.", id);
      }
      list.add(item.asText());
    }
    return list;
  }
}

package se.lagetrunt.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import se.lagetrunt.domain.Hand;
import se.lagetrunt.domain.Round;
import se.lagetrunt.domain.TurnCommand;

/**
 * Reads the turn-taking commands from their messages. Who is present, the shuffle's seed, the
 * round's question and whom "my hand" means are the server's: the room makes the commands with them.
 */
final class TurnCommandReader {
  private TurnCommandReader() {}

  /** The command of this message, or null for a type that is not a turn command. */
  static WireCommand read(String type, JsonNode root, String id) throws ProtocolException {
    try {
      return switch (type) {
        case "startRound" -> {
          Round.Kind kind = root.has("kind") ? Round.Kind.fromWire(ClientMessageParser.string(root, "kind", id))
              : Round.Kind.DISCUSSION;
          TurnCommand.OrderMode order = root.has("order")
              ? TurnCommand.OrderMode.fromWire(ClientMessageParser.string(root, "order", id)) : TurnCommand.OrderMode.JOIN;
          List<String> custom = strings(root.get("custom"), id);
          yield facts -> new TurnCommand.StartRound(kind, order, custom, facts.present(), facts.seed(), facts.currentQuestion());
        }
        case "endTurn" -> {
          String who = ClientMessageParser.string(root, "who", id);
          TurnCommand.EndTurn.Outcome outcome = TurnCommand.EndTurn.Outcome.fromWire(ClientMessageParser.string(root, "outcome", id));
          yield facts -> new TurnCommand.EndTurn(who, outcome, facts.present());
        }
        case "moveInRound" -> WireCommand.of(new TurnCommand.MoveInRound(ClientMessageParser.string(root, "who", id),
            ClientMessageParser.wholeNumber(root, "toIndex", id)));
        case "addToRound" -> {
          String who = ClientMessageParser.string(root, "who", id);
          yield facts -> new TurnCommand.AddToRound(who, facts.present());
        }
        case "endRound" -> WireCommand.of(new TurnCommand.EndRound());
        case "carryOver" -> WireCommand.of(new TurnCommand.CarryOver());
        case "raiseHand" -> {
          // For someone else (a seat, by the leader), or by default for oneself.
          String who = root.has("who") ? ClientMessageParser.string(root, "who", id) : null;
          Hand.Kind kind = root.has("kind") ? Hand.Kind.fromWire(ClientMessageParser.string(root, "kind", id)) : Hand.Kind.NEW_TOPIC;
          yield facts -> new TurnCommand.RaiseHand(who != null ? who : facts.sender(), kind);
        }
        case "lowerHand" -> WireCommand.of(new TurnCommand.LowerHand(ClientMessageParser.string(root, "handId", id)));
        case "moveHand" -> WireCommand.of(new TurnCommand.MoveHand(ClientMessageParser.string(root, "handId", id),
            ClientMessageParser.wholeNumber(root, "toIndex", id)));
        case "setTurnTime" -> WireCommand.of(new TurnCommand.SetTurnTime(ClientMessageParser.wholeNumber(root, "seconds", id)));
        case "giveFloor" -> WireCommand.of(new TurnCommand.GiveFloor(ClientMessageParser.string(root, "handId", id)));
        case "endFloor" -> WireCommand.of(new TurnCommand.EndFloor(ClientMessageParser.string(root, "who", id)));
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

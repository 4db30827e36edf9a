package se.lagetrunt.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.lagetrunt.domain.Floor;
import se.lagetrunt.domain.Hand;
import se.lagetrunt.domain.Round;
import se.lagetrunt.domain.TurnEvent;
import se.lagetrunt.domain.TurnEvent.AddedToRound;
import se.lagetrunt.domain.TurnEvent.FloorEnded;
import se.lagetrunt.domain.TurnEvent.FloorGiven;
import se.lagetrunt.domain.TurnEvent.HandLowered;
import se.lagetrunt.domain.TurnEvent.HandMoved;
import se.lagetrunt.domain.TurnEvent.HandRaised;
import se.lagetrunt.domain.TurnEvent.MovedInRound;
import se.lagetrunt.domain.TurnEvent.RoundCarriedOver;
import se.lagetrunt.domain.TurnEvent.RoundEnded;
import se.lagetrunt.domain.TurnEvent.RoundStarted;
import se.lagetrunt.domain.TurnEvent.TurnDeferred;
import se.lagetrunt.domain.TurnEvent.TurnEnded;
import se.lagetrunt.domain.TurnEvent.TurnStarted;
import se.lagetrunt.domain.TurnEvent.TurnTimeSet;
import se.lagetrunt.domain.TurnState;

/** Turn events and turn state as JSON; the part of {@link EventCodec} about going round the table. */
final class TurnCodec {
  private TurnCodec() {}


  static void write(TurnEvent event, ObjectNode node) {
    if (event instanceof RoundStarted e) {
      node.put("roundId", e.roundId()).put("kind", e.kind().wireName()).put("at", e.at().toString())
          .put("questionId", e.questionId());
      ArrayNode order = node.putArray("order");
      e.order().forEach(order::add);
    } else if (event instanceof TurnStarted e) {
      node.put("who", e.who()).put("at", e.at().toString());
    } else if (event instanceof TurnEnded e) {
      node.put("who", e.who()).put("outcome", e.outcome().wireName()).put("at", e.at().toString());
    } else if (event instanceof TurnDeferred e) {
      node.put("who", e.who());
    } else if (event instanceof RoundCarriedOver e) {
      node.put("roundId", e.roundId()).put("kind", e.kind().wireName());
      ArrayNode remaining = node.putArray("remaining");
      e.remaining().forEach(remaining::add);
    } else if (event instanceof RoundEnded e) {
      node.put("roundId", e.roundId()).put("at", e.at().toString());
    } else if (event instanceof AddedToRound e) {
      node.put("who", e.who());
    } else if (event instanceof MovedInRound e) {
      node.put("who", e.who()).put("toIndex", e.toIndex());
    } else if (event instanceof HandRaised e) {
      node.put("handId", e.handId()).put("who", e.who()).put("kind", e.kind().wireName()).put("at", e.at().toString());
    } else if (event instanceof HandLowered e) {
      node.put("handId", e.handId());
    } else if (event instanceof HandMoved e) {
      node.put("handId", e.handId()).put("toIndex", e.toIndex());
    } else if (event instanceof FloorGiven e) {
      node.put("handId", e.handId()).put("who", e.who()).put("at", e.at().toString());
    } else if (event instanceof FloorEnded e) {
      node.put("who", e.who()).put("at", e.at().toString());
    } else if (event instanceof TurnTimeSet e) {
      node.put("seconds", e.seconds());
    } else {
      throw new IllegalArgumentException("unhandled event " + event);
    }
  }

  /** The event of this type, or null if the type is not a turn event. */
  static TurnEvent read(String type, JsonNode p) {
    return switch (type) {
      case "roundStarted" -> new RoundStarted(p.get("roundId").asText(), Round.Kind.fromWire(p.get("kind").asText()),
          strings(p.get("order")), Instant.parse(p.get("at").asText()), Json.textOrNull(p.get("questionId")));
      case "turnStarted" -> new TurnStarted(p.get("who").asText(), Instant.parse(p.get("at").asText()));
      case "turnEnded" -> new TurnEnded(p.get("who").asText(), Round.Status.fromWire(p.get("outcome").asText()),
          Instant.parse(p.get("at").asText()));
      case "turnDeferred" -> new TurnDeferred(p.get("who").asText());
      case "roundCarriedOver" -> carried(p);
      case "roundEnded" -> new RoundEnded(p.get("roundId").asText(), Instant.parse(p.get("at").asText()));
      case "addedToRound" -> new AddedToRound(p.get("who").asText());
      case "movedInRound" -> new MovedInRound(p.get("who").asText(), p.get("toIndex").asInt());
      case "handRaised" -> new HandRaised(p.get("handId").asText(), p.get("who").asText(),
          Hand.Kind.fromWire(p.get("kind").asText()), Instant.parse(p.get("at").asText()));
      case "handLowered" -> new HandLowered(p.get("handId").asText());
      case "handMoved" -> new HandMoved(p.get("handId").asText(), p.get("toIndex").asInt());
      case "floorGiven" -> new FloorGiven(p.get("handId").asText(), p.get("who").asText(),
          Instant.parse(p.get("at").asText()));
      case "floorEnded" -> new FloorEnded(p.get("who").asText(), Instant.parse(p.get("at").asText()));
      case "turnTimeSet" -> new TurnTimeSet(p.get("seconds").asInt());
      default -> null;
    };
  }

  static ObjectNode state(TurnState turns) {
    ObjectNode node = Json.object();
    Round round = turns.round();
    if (round == null) {
      node.putNull("round");
    } else {
      ObjectNode r = node.putObject("round");
      r.put("id", round.id()).put("kind", round.kind().wireName()).put("speaking", round.speaking())
          .put("questionId", round.questionId());
      r.put("turnStartedAt", round.turnStartedAt() == null ? null : round.turnStartedAt().toString());
      ArrayNode entries = r.putArray("entries");
      round.entries().forEach(e -> entries.addObject().put("who", e.who()).put("status", e.status().wireName()));
    }
    ArrayNode hands = node.putArray("hands");
    turns.hands().forEach(h -> hands.addObject().put("id", h.id()).put("who", h.who())
        .put("kind", h.kind().wireName()).put("raisedAt", h.raisedAt().toString()));
    ObjectNode spoken = node.putObject("spokenMillis");
    turns.spokenMillis().forEach(spoken::put);
    node.put("roundsStarted", turns.roundsStarted()).put("handsRaised", turns.handsRaised())
        .put("turnSeconds", turns.turnSeconds());
    if (turns.carriedOver() != null) {
      ObjectNode carried = node.putObject("carriedOver");
      write(turns.carriedOver(), carried);
    }
    Floor floor = turns.floor();
    if (floor == null) {
      node.putNull("floor");
    } else {
      node.putObject("floor").put("who", floor.who()).put("handId", floor.handId()).put("since", floor.since().toString());
    }
    return node;
  }

  static TurnState state(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return TurnState.EMPTY;
    }
    Round round = null;
    JsonNode r = node.get("round");
    if (r != null && !r.isNull()) {
      List<Round.Entry> entries = new ArrayList<>();
      r.get("entries").forEach(e -> entries.add(new Round.Entry(e.get("who").asText(),
          Round.Status.fromWire(e.get("status").asText()))));
      JsonNode started = r.get("turnStartedAt");
      round = new Round(r.get("id").asText(), Round.Kind.fromWire(r.get("kind").asText()), entries,
          r.get("speaking").asInt(), started == null || started.isNull() ? null : Instant.parse(started.asText()),
          Json.textOrNull(r.get("questionId")));
    }
    List<Hand> hands = new ArrayList<>();
    node.path("hands").forEach(h -> hands.add(new Hand(h.get("id").asText(), h.get("who").asText(),
        Hand.Kind.fromWire(h.get("kind").asText()), Instant.parse(h.get("raisedAt").asText()))));
    Map<String, Long> spoken = new LinkedHashMap<>();
    node.path("spokenMillis").fields().forEachRemaining(f -> spoken.put(f.getKey(), f.getValue().asLong()));
    return new TurnState(round, hands, spoken, node.path("roundsStarted").asInt(), node.path("handsRaised").asInt(),
        node.path("turnSeconds").asInt(), node.hasNonNull("carriedOver") ? carried(node.get("carriedOver")) : null,
        node.hasNonNull("floor") ? floor(node.get("floor")) : null);
  }

  private static Floor floor(JsonNode p) {
    return new Floor(p.get("who").asText(), p.get("handId").asText(), Instant.parse(p.get("since").asText()));
  }

  private static RoundCarriedOver carried(JsonNode p) {
    return new RoundCarriedOver(p.get("roundId").asText(), Round.Kind.fromWire(p.get("kind").asText()),
        strings(p.get("remaining")));
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(item -> list.add(item.asText()));
    return list;
  }
}

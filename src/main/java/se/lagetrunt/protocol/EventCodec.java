package se.lagetrunt.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import se.lagetrunt.domain.Attendee;
import se.lagetrunt.domain.BoardEvent;
import se.lagetrunt.domain.MeetingEvent;
import se.lagetrunt.domain.MeetingEvent.Arrived;
import se.lagetrunt.domain.MeetingEvent.SeatAdded;
import se.lagetrunt.domain.MeetingEvent.SeatRemoved;
import se.lagetrunt.domain.MeetingEvent.TopicSet;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.domain.MinutesEvent;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.TurnEvent;
import se.lagetrunt.domain.VoiceEvent;

/**
 * Events and state as JSON. The same form goes on the wire and into the event log's jsonb
 * payload, so a replayed event and a broadcast one can never differ.
 */
public final class EventCodec {
  private EventCodec() {}

  /** An event's type on the wire and in the log: its record's name, starting in lower case ("topicSet"). */
  public static String typeOf(MeetingEvent event) {
    String simple = event.getClass().getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  /** The event's fields without its type; the type is stored in its own column. */
  public static ObjectNode payload(MeetingEvent event) {
    ObjectNode node = Json.object();
    if (event instanceof TurnEvent turnEvent) {
      TurnCodec.write(turnEvent, node);
    } else if (event instanceof BoardEvent boardEvent) {
      BoardCodec.write(boardEvent, node);
    } else if (event instanceof MinutesEvent minutesEvent) {
      MinutesCodec.write(minutesEvent, node);
    } else if (event instanceof VoiceEvent voiceEvent) {
      VoiceCodec.write(voiceEvent, node);
    } else if (event instanceof TopicSet topicSet) {
      node.put("text", topicSet.text());
    } else if (event instanceof Arrived arrived) {
      node.put("personId", arrived.personId().toString());
      node.put("name", arrived.name());
      node.put("group", arrived.group().wireName());
    } else if (event instanceof SeatAdded seatAdded) {
      node.set("seat", attendee(seatAdded.seat()));
    } else if (event instanceof SeatRemoved seatRemoved) {
      node.put("seatId", seatRemoved.seatId());
    } else {
      throw new IllegalArgumentException("unhandled event " + event);
    }
    return node;
  }

  public static MeetingEvent fromJson(String type, JsonNode payload) {
    TurnEvent turnEvent = TurnCodec.read(type, payload);
    if (turnEvent != null) {
      return turnEvent;
    }
    BoardEvent boardEvent = BoardCodec.read(type, payload);
    if (boardEvent != null) {
      return boardEvent;
    }
    MinutesEvent minutesEvent = MinutesCodec.read(type, payload);
    if (minutesEvent != null) {
      return minutesEvent;
    }
    VoiceEvent voiceEvent = VoiceCodec.read(type, payload);
    if (voiceEvent != null) {
      return voiceEvent;
    }
    return switch (type) {
      case "topicSet" -> new TopicSet(payload.path("text").asText(""));
      case "arrived" -> new Arrived(UUID.fromString(payload.get("personId").asText()), payload.get("name").asText(),
          StakeholderGroup.fromWire(payload.get("group").asText()));
      case "seatAdded" -> new SeatAdded(attendee(payload.get("seat")));
      case "seatRemoved" -> new SeatRemoved(payload.get("seatId").asText());
      default -> throw new IllegalArgumentException("unknown event type in the log: " + type);
    };
  }

  public static ObjectNode stateToJson(MeetingState state) {
    ObjectNode node = Json.object();
    node.put("topic", state.topic());
    ArrayNode arrivals = node.putArray("arrivals");
    state.arrivals().values().forEach(attendee -> arrivals.add(attendee(attendee)));
    ArrayNode seats = node.putArray("seats");
    state.seats().values().forEach(seat -> seats.add(attendee(seat)));
    node.put("seatsAdded", state.seatsAdded());
    node.set("turns", TurnCodec.state(state.turns()));
    node.set("board", BoardCodec.state(state.board()));
    node.set("minutes", MinutesCodec.state(state.minutes()));
    node.set("voice", VoiceCodec.state(state.voice()));
    return node;
  }

  public static MeetingState stateFromJson(JsonNode node) {
    Map<UUID, Attendee> arrivals = new LinkedHashMap<>();
    node.path("arrivals").forEach(entry -> {
      Attendee attendee = attendee(entry);
      arrivals.put(attendee.personId(), attendee);
    });
    Map<String, Attendee> seats = new LinkedHashMap<>();
    node.path("seats").forEach(entry -> {
      Attendee seat = attendee(entry);
      seats.put(seat.seatId(), seat);
    });
    return new MeetingState(node.path("topic").asText(""), arrivals, seats, node.path("seatsAdded").asInt(0),
        TurnCodec.state(node.get("turns")), BoardCodec.state(node.get("board")), MinutesCodec.state(node.get("minutes")),
        VoiceCodec.state(node.get("voice")));
  }

  private static ObjectNode attendee(Attendee attendee) {
    ObjectNode node = Json.object();
    if (attendee.seatId() != null) {
      node.put("seatId", attendee.seatId());
    }
    if (attendee.personId() != null) {
      node.put("personId", attendee.personId().toString());
    }
    node.put("name", attendee.name());
    node.put("group", attendee.group().wireName());
    node.put("via", attendee.via().wireName());
    return node;
  }

  private static Attendee attendee(JsonNode node) {
    JsonNode personId = node.get("personId");
    JsonNode seatId = node.get("seatId");
    return new Attendee(
        seatId == null ? null : seatId.asText(),
        personId == null ? null : UUID.fromString(personId.asText()),
        node.get("name").asText(),
        StakeholderGroup.fromWire(node.get("group").asText()),
        Attendee.Via.fromWire(node.get("via").asText()));
  }
}

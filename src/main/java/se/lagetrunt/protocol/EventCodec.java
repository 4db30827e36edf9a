package se.lagetrunt.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.lagetrunt.domain.MeetingEvent;
import se.lagetrunt.domain.MeetingEvent.TopicSet;
import se.lagetrunt.domain.MeetingState;

/**
 * Events and state as JSON. The same form goes on the wire and into the event log's jsonb
 * payload, so a replayed event and a broadcast one can never differ.
 */
public final class EventCodec {
  private EventCodec() {}

  public static String typeOf(MeetingEvent event) {
    if (event instanceof TopicSet) {
      return "topicSet";
    }
    throw new IllegalArgumentException("unhandled event " + event);
  }

  /** The event's fields without its type; the type is stored in its own column. */
  public static ObjectNode payload(MeetingEvent event) {
    ObjectNode node = Json.object();
    if (event instanceof TopicSet topicSet) {
      node.put("text", topicSet.text());
      return node;
    }
    throw new IllegalArgumentException("unhandled event " + event);
  }

  public static MeetingEvent fromJson(String type, JsonNode payload) {
    if ("topicSet".equals(type)) {
      return new TopicSet(payload.path("text").asText(""));
    }
    throw new IllegalArgumentException("unknown event type in the log: " + type);
  }

  public static ObjectNode stateToJson(MeetingState state) {
    ObjectNode node = Json.object();
    node.put("topic", state.topic());
    return node;
  }

  public static MeetingState stateFromJson(JsonNode node) {
    return new MeetingState(node.path("topic").asText(""));
  }
}

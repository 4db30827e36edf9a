package se.lagetrunt.protocol;

import io.micrometer.core.instrument.Metrics;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import se.lagetrunt.domain.Capabilities;
import se.lagetrunt.domain.Minutes;
import se.lagetrunt.domain.MeetingEvent;
import se.lagetrunt.domain.MeetingState;

/** Every message the server sends, built in one place so docs/protocol.md has one source. */
public final class ServerMessages {
  private ServerMessages() {}

  /** One person in the presence list, with how many of their devices are connected. */
  public record PresentPerson(UUID personId, String name, String stakeholderGroup, String role, int connections) {}

  /** {@code now} is the server's time: the page measures turns against it, not the device's clock. */
  public static String welcome(UUID meetingId, UUID personId, String role, Capabilities may, long seq, Instant now) {
    ObjectNode node = typed("welcome");
    node.put("v", ClientMessageParser.PROTOCOL_VERSION);
    node.put("meeting", meetingId.toString());
    node.put("you", personId.toString());
    node.put("role", role);
    // What this connection may do, as decided when it was let in: the page shows its controls by it.
    node.set("capabilities", capabilities(may));
    node.put("seq", seq);
    node.put("now", now.toString());
    // The rules' numbers the page must keep to, from the rules themselves.
    node.putObject("limits")
        .put("minutesUpdatesPerPush", Minutes.MAX_UPDATES_PER_PUSH)
        .put("minutesSectionLength", Minutes.SECTION_MAX_LENGTH);
    return Json.write(node);
  }

  public static String ok(String commandId, long seq) {
    ObjectNode node = typed("ok");
    node.put("re", commandId);
    node.put("seq", seq);
    return Json.write(node);
  }

  /** Every refusal is made here, so it is counted here, by its code (the operator's metrics). */
  public static String error(String commandId, String code, String message) {
    Metrics.counter("lagetrunt.refusals", "code", code).increment();
    ObjectNode node = typed("error");
    if (commandId != null) {
      node.put("re", commandId);
    }
    node.put("code", code);
    node.put("message", message);
    return Json.write(node);
  }

  public static String event(long seq, MeetingEvent event, UUID actor, Instant at) {
    ObjectNode node = typed("event");
    node.put("seq", seq);
    node.put("actor", actor.toString());
    node.put("at", at.toString());
    ObjectNode body = EventCodec.payload(event);
    body.put("type", EventCodec.typeOf(event));
    node.set("event", body);
    return Json.write(node);
  }

  /**
   * The meeting's state. Speaking time per person, from turns and measured from the voice, is for
   * those who steer: for everyone else it is left out (the turns themselves are seen by all as they happen).
   */
  /** The meeting's state as someone may see it: the snapshot's side of {@link Capabilities#sees}. */
  public static String snapshot(long seq, MeetingState state, Capabilities may) {
    ObjectNode node = typed("snapshot");
    node.put("seq", seq);
    ObjectNode json = EventCodec.stateToJson(state);
    if (!may.seesSpeakingTime()) {
      ((ObjectNode) json.get("turns")).putObject("spokenMillis");
      ObjectNode voice = (ObjectNode) json.get("voice");
      voice.putObject("spokenMillis");
      voice.putObject("outsideFloorMillis");
      voice.putObject("lastSpokenAt");
    }
    if (!may.readsMinutes()) {
      json.putNull("minutes");
    }
    node.set("state", json);
    return Json.write(node);
  }

  /** An event someone may not see (minutes, outside the group): only that it happened, so no gap. */
  public static String withheld(long seq, Instant at) {
    ObjectNode node = typed("event");
    node.put("seq", seq);
    node.put("at", at.toString());
    node.putObject("event").put("type", "withheld");
    return Json.write(node);
  }

  public static String presence(Collection<PresentPerson> people) {
    ObjectNode node = typed("presence");
    ArrayNode list = node.putArray("people");
    for (PresentPerson person : people) {
      ObjectNode entry = list.addObject();
      entry.put("id", person.personId().toString());
      entry.put("name", person.name());
      entry.put("group", person.stakeholderGroup());
      entry.put("role", person.role());
      entry.put("connections", person.connections());
    }
    return Json.write(node);
  }

  /** The last message before the server closes a connection: the close code, why (stable) and the English reason. */
  public static String bye(Farewell farewell) {
    ObjectNode node = typed("bye");
    node.put("code", farewell.code());
    node.put("why", farewell.why());
    node.put("reason", farewell.reason());
    return Json.write(node);
  }

  /** Capabilities as the page gets them, in welcome and in the meeting's REST view. */
  public static ObjectNode capabilities(Capabilities may) {
    return Json.object().put("steers", may.steers()).put("inGroup", may.inGroup()).put("readsMinutes", may.readsMinutes())
        .put("writesMinutes", may.writesMinutes()).put("seesSpeakingTime", may.seesSpeakingTime())
        .put("attends", may.attends()).put("readOnly", may.readOnly());
  }

  public static String pong() {
    return "{\"type\":\"pong\"}";
  }

  private static ObjectNode typed(String type) {
    ObjectNode node = Json.object();
    node.put("type", type);
    return node;
  }
}

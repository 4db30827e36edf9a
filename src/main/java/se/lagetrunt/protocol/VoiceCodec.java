package se.lagetrunt.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import se.lagetrunt.domain.VoiceEvent;
import se.lagetrunt.domain.VoiceEvent.VoiceModeSet;
import se.lagetrunt.domain.VoiceEvent.VoiceSpoken;
import se.lagetrunt.domain.VoiceMode;
import se.lagetrunt.domain.VoiceState;

/** Voice events and state as JSON; the part of {@link EventCodec} about the floor's mode and measured speech. */
final class VoiceCodec {
  private VoiceCodec() {}

  static void write(VoiceEvent event, ObjectNode node) {
    if (event instanceof VoiceModeSet e) {
      node.put("mode", e.mode().wireName());
    } else if (event instanceof VoiceSpoken e) {
      node.put("who", e.who()).put("millis", e.millis()).put("at", e.at().toString()).put("outsideFloor", e.outsideFloor());
    } else {
      throw new IllegalArgumentException("unhandled event " + event);
    }
  }

  /** The event of this type, or null if the type is not a voice event. */
  static VoiceEvent read(String type, JsonNode p) {
    return switch (type) {
      case "voiceModeSet" -> new VoiceModeSet(VoiceMode.fromWire(p.get("mode").asText()));
      case "voiceSpoken" -> new VoiceSpoken(p.get("who").asText(), p.get("millis").asLong(),
          Instant.parse(p.get("at").asText()), p.get("outsideFloor").asBoolean());
      default -> null;
    };
  }

  static ObjectNode state(VoiceState voice) {
    ObjectNode node = Json.object().put("mode", voice.mode().wireName());
    ObjectNode spoken = node.putObject("spokenMillis");
    voice.spokenMillis().forEach(spoken::put);
    ObjectNode outside = node.putObject("outsideFloorMillis");
    voice.outsideFloorMillis().forEach(outside::put);
    ObjectNode last = node.putObject("lastSpokenAt");
    voice.lastSpokenAt().forEach((who, at) -> last.put(who, at.toString()));
    return node;
  }

  static VoiceState state(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return VoiceState.EMPTY;
    }
    return new VoiceState(VoiceMode.fromWire(node.path("mode").asText("strict")), millis(node.path("spokenMillis")),
        millis(node.path("outsideFloorMillis")), instants(node.path("lastSpokenAt")));
  }

  private static Map<String, Long> millis(JsonNode node) {
    Map<String, Long> map = new LinkedHashMap<>();
    node.fields().forEachRemaining(f -> map.put(f.getKey(), f.getValue().asLong()));
    return map;
  }

  private static Map<String, Instant> instants(JsonNode node) {
    Map<String, Instant> map = new LinkedHashMap<>();
    node.fields().forEachRemaining(f -> map.put(f.getKey(), Instant.parse(f.getValue().asText())));
    return map;
  }
}

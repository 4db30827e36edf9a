package se.lagetrunt.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import se.lagetrunt.domain.VoiceCommand;
import se.lagetrunt.domain.VoiceMode;

/**
 * The voice call on the wire: joining and leaving the call, microphones opened and closed (and
 * the floor that decides them), and WebRTC's offers, answers and ICE candidates passed from one
 * peer (a connection in the call) to another through the meeting's room. Nothing of the call is
 * stored: a call is who is connected now. The two voice commands that are (the floor's mode and
 * measured speaking time) are parsed here too.
 */
public final class VoiceMessages {
  /** What a signal may be: WebRTC's session descriptions and candidates, and a peer hanging up on one other. */
  static final Set<String> KINDS = Set.of("offer", "answer", "candidate", "hangup");
  private static final Pattern PEER = Pattern.compile("[a-z0-9]{1,32}");

  private VoiceMessages() {}

  /** One peer in the call as the others see it. */
  public record Peer(String peerId, UUID personId, String name) {}

  /** The voice command of this message, or null for a type that is not one. */
  static WireCommand command(String type, JsonNode root, String id) throws ProtocolException {
    if (!type.equals("setVoiceMode") && !type.equals("reportVoice")) {
      return null;
    }
    if (type.equals("setVoiceMode")) {
      try {
        return WireCommand.of(new VoiceCommand.SetVoiceMode(VoiceMode.fromWire(ClientMessageParser.string(root, "mode", id))));
      } catch (IllegalArgumentException e) {
        throw new ProtocolException(ErrorCode.BAD_MESSAGE, "'mode' is strict or open.", id);
      }
    }
    JsonNode millis = root.get("millis");
    if (millis == null || !millis.isIntegralNumber() || !millis.canConvertToLong()) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "reportVoice needs 'millis', a whole number.", id);
    }
    return WireCommand.of(new VoiceCommand.ReportVoice(millis.longValue()));
  }

  static ClientMessage.VoiceMic mic(JsonNode root, String id) throws ProtocolException {
    JsonNode open = root.get("open");
    if (open == null || !open.isBoolean()) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "voiceMic needs 'open': true or false.", id);
    }
    return new ClientMessage.VoiceMic(id, open.booleanValue());
  }

  static ClientMessage.Voice aboutPerson(String type, JsonNode root, String id) throws ProtocolException {
    UUID personId = ClientMessageParser.uuid(root.get("personId"), "personId", id);
    if (personId == null) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, type + " needs 'personId'.", id);
    }
    return type.equals("voiceMute") ? new ClientMessage.VoiceMute(id, personId) : new ClientMessage.VoiceAskUnmute(id, personId);
  }

  static ClientMessage.VoiceSignal signal(JsonNode root, String id) throws ProtocolException {
    JsonNode to = root.get("to");
    if (to == null || !to.isTextual() || !PEER.matcher(to.asText()).matches()) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "voiceSignal needs 'to', a peer id.", id);
    }
    JsonNode kind = root.get("kind");
    if (kind == null || !kind.isTextual() || !KINDS.contains(kind.asText())) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "voiceSignal 'kind' is one of " + KINDS + ".", id);
    }
    JsonNode data = root.get("data");
    if (data != null && !data.isObject() && !data.isNull()) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "voiceSignal 'data' is an object.", id);
    }
    return new ClientMessage.VoiceSignal(id, to.asText(), kind.asText(), data == null || data.isNull() ? null : (ObjectNode) data);
  }

  /**
   * To a peer that joined: its own id, everyone already in the call (it calls them) with whether
   * their microphone is open, whether its own is, and the floor.
   */
  public static String joined(String you, boolean micOpen, Map<Peer, Boolean> others, Set<String> floor, VoiceMode mode) {
    ObjectNode node = Json.object().put("type", "voiceJoined").put("you", you).put("micOpen", micOpen);
    ArrayNode peers = node.putArray("peers");
    others.forEach((peer, open) -> peers.add(peer(peer, open)));
    floorFields(node, floor, mode);
    return Json.write(node);
  }

  /** To everyone else in the call: someone came (they will call you). */
  public static String peerJoined(Peer peer) {
    ObjectNode node = Json.object().put("type", "voicePeerJoined");
    node.set("peer", peer(peer, false));
    return Json.write(node);
  }

  /**
   * To everyone in the call: a peer's microphone is now open or closed, and why – {@code "self"},
   * {@code "leader"} (muted by the leader) or {@code "floor"} (the floor moved on).
   */
  public static String micState(String peerId, boolean open, String by) {
    return Json.write(Json.object().put("type", "voiceMicState").put("peerId", peerId).put("open", open).put("by", by));
  }

  /** To everyone in the call: who has the floor now (empty: open discussion) and how strict it is. */
  public static String floor(Set<String> floor, VoiceMode mode) {
    ObjectNode node = Json.object().put("type", "voiceFloor");
    floorFields(node, floor, mode);
    return Json.write(node);
  }

  /** To one person's peers: the leader asks them to open their microphone. */
  public static String unmuteAsked(String byName) {
    return Json.write(Json.object().put("type", "voiceUnmuteAsked").put("by", byName));
  }

  private static void floorFields(ObjectNode node, Set<String> floor, VoiceMode mode) {
    ArrayNode holders = node.putArray("floor");
    floor.forEach(holders::add);
    node.put("mode", mode.wireName());
  }

  public static String peerLeft(String peerId) {
    return Json.write(Json.object().put("type", "voicePeerLeft").put("peerId", peerId));
  }

  /** The signal as its addressee gets it: who it is from, and what. */
  public static String signal(String from, String kind, ObjectNode data) {
    ObjectNode node = Json.object().put("type", "voiceSignal").put("from", from).put("kind", kind);
    node.set("data", data);
    return Json.write(node);
  }

  private static ObjectNode peer(Peer peer, boolean micOpen) {
    return Json.object().put("peerId", peer.peerId()).put("personId", peer.personId().toString()).put("name", peer.name())
        .put("micOpen", micOpen);
  }
}

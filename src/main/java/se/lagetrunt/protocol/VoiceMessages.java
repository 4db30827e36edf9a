package se.lagetrunt.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The voice call's signalling on the wire: joining and leaving the call, and WebRTC's offers,
 * answers and ICE candidates passed from one peer (a connection in the call) to another through
 * the meeting's room. Nothing of it is stored: a call is who is connected now.
 */
public final class VoiceMessages {
  /** What a signal may be: WebRTC's session descriptions and candidates, and a peer hanging up on one other. */
  static final Set<String> KINDS = Set.of("offer", "answer", "candidate", "hangup");
  private static final Pattern PEER = Pattern.compile("[a-z0-9]{1,32}");

  private VoiceMessages() {}

  /** One peer in the call as the others see it. */
  public record Peer(String peerId, UUID personId, String name) {}

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

  /** To a peer that joined: its own id and everyone already in the call (it calls them). */
  public static String joined(String you, Collection<Peer> others) {
    ObjectNode node = Json.object().put("type", "voiceJoined").put("you", you);
    ArrayNode peers = node.putArray("peers");
    others.forEach(peer -> peers.add(peer(peer)));
    return Json.write(node);
  }

  /** To everyone else in the call: someone came (they will call you). */
  public static String peerJoined(Peer peer) {
    ObjectNode node = Json.object().put("type", "voicePeerJoined");
    node.set("peer", peer(peer));
    return Json.write(node);
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

  private static ObjectNode peer(Peer peer) {
    return Json.object().put("peerId", peer.peerId()).put("personId", peer.personId().toString()).put("name", peer.name());
  }
}

package se.lagetrunt.room;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import se.lagetrunt.protocol.ClientMessage;
import se.lagetrunt.protocol.ErrorCode;
import se.lagetrunt.protocol.ServerMessages;
import se.lagetrunt.protocol.VoiceMessages;
import se.lagetrunt.protocol.VoiceMessages.Peer;

/**
 * A meeting's voice call as the room relays it: which connections are in it (each a peer with an
 * id of its own, a person's phone and laptop being two), and WebRTC's signals passed from one peer
 * to another of the same call – a full mesh, the browsers send the media to each other. Nothing is
 * stored; only the room's context touches it. (A media server in place of the mesh would take the
 * signals here instead of the peers.)
 */
final class VoiceCall {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Map<ClientChannel, Peer> peers = new LinkedHashMap<>();

  void handle(Member member, ClientChannel channel, ClientMessage.Voice message) {
    if (member == null) {
      refuse(channel, message, ErrorCode.NOT_AUTHENTICATED);
    } else if (member.display()) {
      refuse(channel, message, ErrorCode.READ_ONLY);
    } else if (message instanceof ClientMessage.VoiceJoin) {
      join(member, channel);
    } else if (message instanceof ClientMessage.VoiceLeave) {
      leave(channel);
    } else if (message instanceof ClientMessage.VoiceSignal signal) {
      relay(channel, signal);
    }
  }

  private void join(Member member, ClientChannel channel) {
    Peer peer = peers.get(channel);
    if (peer == null) {
      peer = new Peer(newPeerId(), member.personId(), member.name());
      String arrived = VoiceMessages.peerJoined(peer);
      peers.keySet().forEach(other -> other.send(arrived));
    }
    ArrayList<Peer> others = new ArrayList<>(peers.values());
    others.remove(peer);
    peers.put(channel, peer);
    channel.send(VoiceMessages.joined(peer.peerId(), others));
  }

  /** The connection is out of the call (it left it, or the meeting); the others hang up on it. */
  void leave(ClientChannel channel) {
    Peer gone = peers.remove(channel);
    if (gone != null) {
      String left = VoiceMessages.peerLeft(gone.peerId());
      peers.keySet().forEach(other -> other.send(left));
    }
  }

  private void relay(ClientChannel channel, ClientMessage.VoiceSignal signal) {
    Peer from = peers.get(channel);
    if (from == null) {
      refuse(channel, signal, ErrorCode.NOT_IN_CALL);
      return;
    }
    ClientChannel to = peers.entrySet().stream().filter(e -> e.getValue().peerId().equals(signal.to()))
        .map(Map.Entry::getKey).findFirst().orElse(null);
    if (to == null || to == channel) {
      refuse(channel, signal, ErrorCode.UNKNOWN_PEER);
      return;
    }
    to.send(VoiceMessages.signal(from.peerId(), signal.kind(), signal.data()));
  }

  private static void refuse(ClientChannel channel, ClientMessage.Voice message, ErrorCode code) {
    channel.send(ServerMessages.error(message.id(), code.wireName(), code.message()));
  }

  private static String newPeerId() {
    return Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
  }
}

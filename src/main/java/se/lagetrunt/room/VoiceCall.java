package se.lagetrunt.room;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.domain.Refusal;
import se.lagetrunt.domain.Voices;
import se.lagetrunt.protocol.ClientMessage;
import se.lagetrunt.protocol.ErrorCode;
import se.lagetrunt.protocol.ServerMessages;
import se.lagetrunt.protocol.VoiceMessages;
import se.lagetrunt.protocol.VoiceMessages.Peer;

/**
 * A meeting's voice call as the room keeps it: which connections are in it (each a peer with an
 * id of its own, a person's phone and laptop being two), whose microphone is open, and WebRTC's
 * signals passed from one peer to another of the same call – a full mesh, the browsers send the
 * media to each other. Who may open a microphone, and whose closes when the floor moves, is
 * {@link Voices}' rule, applied here to the meeting's committed state. Nothing here is stored; only
 * the room's context touches it. (A media server in place of the mesh would take the signals here
 * instead of the peers; the microphones and the floor would stay as they are.)
 */
final class VoiceCall {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A connection in the call. */
  private static final class InCall {
    final Peer peer;
    final Member member;
    boolean micOpen;

    InCall(Peer peer, Member member) {
      this.peer = peer;
      this.member = member;
    }

    String who() {
      return member.personId().toString();
    }
  }

  private final Map<ClientChannel, InCall> peers = new LinkedHashMap<>();

  void handle(Member member, ClientChannel channel, ClientMessage.Voice message, MeetingState meeting) {
    if (member == null) {
      refuse(channel, message, ErrorCode.NOT_AUTHENTICATED.wireName(), ErrorCode.NOT_AUTHENTICATED.message());
    } else if (member.display()) {
      refuse(channel, message, ErrorCode.READ_ONLY.wireName(), ErrorCode.READ_ONLY.message());
    } else if (message instanceof ClientMessage.VoiceJoin) {
      join(member, channel, meeting);
    } else if (message instanceof ClientMessage.VoiceLeave) {
      leave(channel);
    } else if (!peers.containsKey(channel)) {
      refuse(channel, message, ErrorCode.NOT_IN_CALL.wireName(), ErrorCode.NOT_IN_CALL.message());
    } else if (message instanceof ClientMessage.VoiceSignal signal) {
      relay(channel, signal);
    } else if (message instanceof ClientMessage.VoiceMic mic) {
      mic(channel, mic, meeting);
    } else if (!member.steers()) {
      refuse(channel, message, Refusal.Code.NOT_ALLOWED.wireName(), "Only the leader mutes others or asks them to unmute.");
    } else if (message instanceof ClientMessage.VoiceMute mute) {
      mute(channel, mute.id(), mute.personId());
    } else if (message instanceof ClientMessage.VoiceAskUnmute ask) {
      askUnmute(channel, ask.id(), ask.personId(), member.name());
    }
  }

  boolean has(ClientChannel channel) {
    return peers.containsKey(channel);
  }

  /** A peer joins with its microphone closed; the page opens it as the floor allows. */
  private void join(Member member, ClientChannel channel, MeetingState meeting) {
    InCall self = peers.get(channel);
    if (self == null) {
      self = new InCall(new Peer(newPeerId(), member.personId(), member.name()), member);
      String arrived = VoiceMessages.peerJoined(self.peer);
      peers.keySet().forEach(other -> other.send(arrived));
      peers.put(channel, self);
    }
    Map<Peer, Boolean> others = new LinkedHashMap<>();
    for (InCall other : peers.values()) {
      if (other != self) {
        others.put(other.peer, other.micOpen);
      }
    }
    channel.send(VoiceMessages.joined(self.peer.peerId(), self.micOpen, others, Voices.floor(meeting.turns()),
        meeting.voice().mode()));
  }

  /** The connection is out of the call (it left it, or the meeting); the others hang up on it. */
  void leave(ClientChannel channel) {
    InCall gone = peers.remove(channel);
    if (gone != null) {
      broadcast(VoiceMessages.peerLeft(gone.peer.peerId()));
    }
  }

  private void relay(ClientChannel channel, ClientMessage.VoiceSignal signal) {
    ClientChannel to = channelOf(peer -> peer.peer.peerId().equals(signal.to()));
    if (to == null || to == channel) {
      refuse(channel, signal, ErrorCode.UNKNOWN_PEER.wireName(), ErrorCode.UNKNOWN_PEER.message());
      return;
    }
    to.send(VoiceMessages.signal(peers.get(channel).peer.peerId(), signal.kind(), signal.data()));
  }

  private void mic(ClientChannel channel, ClientMessage.VoiceMic mic, MeetingState meeting) {
    InCall self = peers.get(channel);
    if (mic.open() && !Voices.mayOpenMic(meeting, self.who(), self.member.steers())) {
      refuse(channel, mic, ErrorCode.FLOOR_HELD.wireName(), ErrorCode.FLOOR_HELD.message());
      return;
    }
    setMic(self, mic.open(), "self");
  }

  private void mute(ClientChannel channel, String id, UUID personId) {
    if (channelOf(peer -> peer.member.personId().equals(personId)) == null) {
      refuse(channel, id, Refusal.Code.UNKNOWN_PERSON.wireName(), "This person is not in the call.");
      return;
    }
    peers.values().stream().filter(peer -> peer.member.personId().equals(personId) && peer.micOpen)
        .toList().forEach(peer -> setMic(peer, false, "leader"));
  }

  private void askUnmute(ClientChannel channel, String id, UUID personId, String leaderName) {
    String asked = VoiceMessages.unmuteAsked(leaderName);
    boolean any = false;
    for (Map.Entry<ClientChannel, InCall> entry : peers.entrySet()) {
      if (entry.getValue().member.personId().equals(personId)) {
        entry.getKey().send(asked);
        any = true;
      }
    }
    if (!any) {
      refuse(channel, id, Refusal.Code.UNKNOWN_PERSON.wireName(), "This person is not in the call.");
    }
  }

  /**
   * The meeting moved on: open microphones the floor no longer allows close, and everyone in the
   * call hears who has the floor now (the one who got it opens their own).
   */
  void meetingChanged(MeetingState before, MeetingState after) {
    if (peers.isEmpty() || (Voices.floor(before.turns()).equals(Voices.floor(after.turns()))
        && before.voice().mode() == after.voice().mode())) {
      return;
    }
    peers.values().stream().filter(peer -> peer.micOpen && !Voices.keepsMicOpen(before, after, peer.who(), peer.member.steers()))
        .toList().forEach(peer -> setMic(peer, false, "floor"));
    broadcast(VoiceMessages.floor(Voices.floor(after.turns()), after.voice().mode()));
  }

  private void setMic(InCall peer, boolean open, String by) {
    peer.micOpen = open;
    broadcast(VoiceMessages.micState(peer.peer.peerId(), open, by));
  }

  private void broadcast(String message) {
    peers.keySet().forEach(channel -> channel.send(message));
  }

  private ClientChannel channelOf(Predicate<InCall> which) {
    return peers.entrySet().stream().filter(e -> which.test(e.getValue())).map(Map.Entry::getKey).findFirst().orElse(null);
  }

  private static void refuse(ClientChannel channel, ClientMessage.Voice message, String code, String text) {
    refuse(channel, message.id(), code, text);
  }

  private static void refuse(ClientChannel channel, String id, String code, String text) {
    channel.send(ServerMessages.error(id, code, text));
  }

  private static String newPeerId() {
    return Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
  }
}

// The meeting's voice call on the page: the browser asks for the microphone once, joins the call
// (the server introduces the peers, docs/protocol.md) and sends its audio straight to every other
// peer (WebRTC, a full mesh); the others' audio plays here. Who is heard, and how loud, is shown
// per person and refreshed every second from the connections' own statistics.
import { t } from './i18n.js';
import { $, el } from './ui.js';

const STATS_EVERY_MS = 1000;
// Whether this tab was in the call: a reload (or a crash of the page) joins it again by itself.
const IN_CALL = 'laget-runt.inCall';

export class VoicePanel {
  /** @param {object} o send(message), announce(text), iceServers() → Promise<{iceServers, relayOnly}> */
  constructor(o) {
    this.o = o;
    this.stream = null;
    this.problem = ''; // what went wrong, in words for the person
    this.me = null; // this connection's peer id while in the call
    this.peers = new Map(); // peer id → { pc, name, personId, audio, bytes, level, candidates }
    this.muted = false;
    $('voice-join').addEventListener('click', () => (this.stream ? this.leave() : this.join()));
    $('voice-mute').addEventListener('click', () => this.setMuted(!this.muted));
    document.addEventListener('keydown', (e) => {
      const typing = e.target.closest?.('input, textarea, [contenteditable="true"]');
      if (this.stream && !typing && !e.ctrlKey && !e.metaKey && !e.altKey && e.key.toLowerCase() === 'm') this.setMuted(!this.muted);
    });
    this.render();
  }

  async join() {
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
    } catch (error) {
      this.stream = null;
      this.problem = error?.name === 'NotFoundError' ? t('voiceNoMicrophone') : t('voiceMicrophoneBlocked');
      this.render();
      return;
    }
    this.stream.getAudioTracks().forEach((track) => { track.enabled = !this.muted; }); // muted stays muted
    // The relays to use, with credentials of this person's own; without them, direct connections only.
    this.ice = await this.o.iceServers().catch(() => ({ iceServers: [], relayOnly: false }));
    this.problem = '';
    sessionStorage.setItem(IN_CALL, 'yes');
    this.o.send({ type: 'voiceJoin' });
    this.timer = setInterval(() => this.measure(), STATS_EVERY_MS);
    this.render();
  }

  leave() {
    sessionStorage.removeItem(IN_CALL);
    this.o.send({ type: 'voiceLeave' });
    this.hangUpAll();
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
    this.me = null;
    clearInterval(this.timer);
    this.render();
  }

  /**
   * At every welcome: after a reconnect the server has forgotten this connection's place in the
   * call, and after a reload this page has: join again.
   */
  rejoin() {
    if (!this.stream) {
      if (sessionStorage.getItem(IN_CALL) === 'yes') this.join();
      return;
    }
    this.hangUpAll();
    this.o.send({ type: 'voiceJoin' });
  }

  setMuted(muted) {
    this.muted = muted;
    this.stream?.getAudioTracks().forEach((track) => { track.enabled = !muted; });
    this.o.announce(muted ? t('voiceMutedNow') : t('voiceHeardNow'));
    this.render();
  }

  /** A voice message from the server; returns false for any other. */
  handle(message) {
    switch (message.type) {
      case 'voiceJoined':
        this.me = message.you;
        // The one who comes calls those already there.
        for (const peer of message.peers) this.call(peer, true);
        break;
      case 'voicePeerJoined':
        this.call(message.peer, false);
        break;
      case 'voicePeerLeft':
        this.hangUp(message.peerId);
        break;
      case 'voiceSignal':
        this.signal(message.from, message.kind, message.data);
        break;
      default:
        return false;
    }
    this.render();
    return true;
  }

  call(peer, offer) {
    if (!this.stream || this.peers.has(peer.peerId)) return;
    const pc = new RTCPeerConnection({
      iceServers: this.ice?.iceServers ?? [],
      iceTransportPolicy: this.ice?.relayOnly ? 'relay' : 'all',
    });
    const entry = { pc, name: peer.name, personId: peer.personId, bytes: 0, level: 0 };
    this.peers.set(peer.peerId, entry);
    this.stream.getTracks().forEach((track) => pc.addTrack(track, this.stream));
    pc.onicecandidate = (e) => { if (e.candidate) this.o.send({ type: 'voiceSignal', to: peer.peerId, kind: 'candidate', data: e.candidate.toJSON() }); };
    pc.ontrack = (e) => {
      entry.audio ??= el('audio', { autoplay: true });
      entry.audio.srcObject = e.streams[0];
      $('voice-audio').append(entry.audio);
    };
    pc.onconnectionstatechange = () => {
      if (pc.connectionState === 'failed') this.problem = t('voiceUnreachable', { name: entry.name });
      this.render();
    };
    // A relay that refuses the credentials (401) will never carry this call: say so at once.
    pc.onicecandidateerror = (e) => {
      if (e.errorCode === 401) {
        this.problem = t('voiceRelayRefused');
        this.render();
      }
    };
    if (offer) {
      pc.createOffer()
        .then((description) => pc.setLocalDescription(description))
        .then(() => this.o.send({ type: 'voiceSignal', to: peer.peerId, kind: 'offer', data: pc.localDescription.toJSON() }))
        .catch((error) => this.trouble(error));
    }
  }

  signal(from, kind, data) {
    const entry = this.peers.get(from);
    if (!entry) return;
    const { pc } = entry;
    const fail = (error) => this.trouble(error);
    // Candidates can overtake the description they belong to: they wait until it is set.
    const described = (description) => pc.setRemoteDescription(description).then(() => {
      const waiting = entry.candidates ?? [];
      entry.candidates = null;
      return Promise.all(waiting.map((candidate) => pc.addIceCandidate(candidate)));
    });
    if (kind === 'offer') {
      described(data)
        .then(() => pc.createAnswer())
        .then((description) => pc.setLocalDescription(description))
        .then(() => this.o.send({ type: 'voiceSignal', to: from, kind: 'answer', data: pc.localDescription.toJSON() }))
        .catch(fail);
    } else if (kind === 'answer') {
      described(data).catch(fail);
    } else if (kind === 'candidate' && !pc.remoteDescription) {
      (entry.candidates ??= []).push(data);
    } else if (kind === 'candidate') {
      pc.addIceCandidate(data).catch(fail);
    } else if (kind === 'hangup') {
      this.hangUp(from);
    }
  }

  hangUp(peerId) {
    const entry = this.peers.get(peerId);
    if (!entry) return;
    entry.pc.close();
    entry.audio?.remove();
    this.peers.delete(peerId);
  }

  hangUpAll() {
    for (const peerId of [...this.peers.keys()]) this.hangUp(peerId);
  }

  /** How much of each peer's audio arrives, and how loud: from the connection's own statistics. */
  async measure() {
    for (const entry of this.peers.values()) {
      const stats = await entry.pc.getStats();
      stats.forEach((report) => {
        if (report.type === 'inbound-rtp' && report.kind === 'audio') {
          entry.bytes = report.bytesReceived ?? 0;
          entry.level = report.audioLevel ?? 0;
        }
      });
    }
    this.render();
  }

  trouble(error) {
    this.problem = `${t('voiceTrouble')} (${error.name})`;
    this.render();
  }

  render() {
    const joined = Boolean(this.stream);
    $('voice-join').textContent = joined ? t('voiceLeave') : t('voiceJoin');
    $('voice-mute').hidden = !joined;
    $('voice-mute').textContent = this.muted ? t('voiceUnmute') : t('voiceMute');
    $('voice-mute').setAttribute('aria-pressed', String(this.muted));
    const now = this.problem || (joined ? (this.muted ? t('voiceMutedNow') : t('voiceHeardNow')) : '');
    if ($('voice-status').textContent !== now) $('voice-status').textContent = now;
    $('voice-peers').replaceChildren(...[...this.peers.entries()].map(([peerId, entry]) => {
      const connected = entry.pc.connectionState === 'connected';
      return el('li', {
        dataset: { peer: peerId, bytes: String(entry.bytes), level: String(entry.level), state: entry.pc.connectionState },
      }, `${entry.name} – ${connected ? (entry.level > 0.01 ? t('voicePeerSpeaking') : t('voicePeerConnected'))
        : entry.pc.connectionState === 'failed' ? t('voicePeerUnreachable') : t('voicePeerConnecting')}`);
    }));
  }
}

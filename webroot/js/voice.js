// The meeting's voice call on the page: the browser asks for the microphone once, joins the call
// (the server introduces the peers, docs/protocol.md) and sends its audio straight to every other
// peer (WebRTC, a full mesh); the others' audio plays here. Who is heard, and how loud, is shown
// per person and refreshed every second from the connections' own statistics.
//
// The floor decides the microphones, on the server: this page asks to open its microphone and
// opens it only when the server says it is open; it opens it by itself when the floor comes to
// this person (with a short tone), and plays another peer only while the server says that peer's
// microphone is open. Its own speech is measured here (voice-activity.js) and reported as time.
import { t } from './i18n.js';
import { $, el } from './ui.js';
import { listen } from './voice-activity.js';
import { tone } from './tone.js';
import { Camera, received, showVideos, videoSlot } from './voice-video.js';

const STATS_EVERY_MS = 1000;
const LEVEL_EVERY_MS = 200;
// A connection to a peer that fails is tried again this many times before the person is told to get help.
const RETRIES = 3;
// Whether this tab was in the call: a reload (or a crash of the page) joins it again by itself.
const IN_CALL = 'laget-runt.inCall';

export class VoicePanel {
  /**
   * @param {object} o meId, steers, send(message), command(type, fields) → Promise, announce(text),
   *   iceServers() → Promise<{iceServers, relayOnly}>, steersOf(personId) (from presence: their picture may show)
   */
  constructor(o) {
    this.o = o;
    this.stream = null;
    this.problem = ''; // what went wrong, in words for the person
    this.me = null; // this connection's peer id while in the call
    this.peers = new Map(); // peer id → { pc, name, personId, micOpen, audio, bytes, level, candidates }
    this.micOpen = false; // as the server has it: only then does this page send sound
    this.keepOff = false; // the person turned it off themselves: joining again does not turn it on
    this.floor = []; // who has the floor (person ids); empty is open discussion
    this.mode = 'strict';
    this.camera = new Camera();
    $('voice-join').addEventListener('click', () => (this.stream ? this.leave() : this.join()));
    $('voice-mute').addEventListener('click', () => this.toggleMic());
    $('voice-camera').addEventListener('click', () => this.toggleCamera());
    $('voice-asked-unmute').addEventListener('click', () => { $('voice-asked').hidden = true; this.askToOpen(); });
    $('voice-mode').addEventListener('change', () => this.o.command('setVoiceMode', { mode: $('voice-mode').value })
      .catch((error) => { $('voice-mode').value = this.mode; this.o.onError(error); }));
    document.addEventListener('keydown', (e) => {
      const typing = e.target.closest?.('input, textarea, select, [contenteditable="true"]');
      if (this.stream && !typing && !e.ctrlKey && !e.metaKey && !e.altKey && e.key.toLowerCase() === 'm') this.toggleMic();
    });
    this.render();
  }

  /** The meeting's mode, from its state (for the leader's choice, also outside the call). */
  setMode(mode) {
    this.mode = mode ?? 'strict';
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
    this.setTrack(false); // closed until the server says it is open
    this.meter = await listen(this.stream, (millis) => this.o.command('reportVoice', { millis }).catch(() => {}),
      () => this.micOpen).catch(() => null); // without a meter the call still works; only voice time is not measured
    // The relays to use, with credentials of this person's own; without them, direct connections only.
    this.ice = await this.o.iceServers().catch(() => ({ iceServers: [], relayOnly: false }));
    this.problem = '';
    sessionStorage.setItem(IN_CALL, 'yes');
    this.o.send({ type: 'voiceJoin' });
    this.timer = setInterval(() => this.measure(), STATS_EVERY_MS);
    this.levelTimer = setInterval(() => this.showLevel(), LEVEL_EVERY_MS);
    this.render();
  }

  leave() {
    sessionStorage.removeItem(IN_CALL);
    this.o.send({ type: 'voiceLeave' });
    this.hangUpAll();
    this.meter?.stop();
    this.meter = null;
    this.camera.stop();
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
    this.me = null;
    this.micOpen = false;
    clearInterval(this.timer);
    clearInterval(this.levelTimer);
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
    this.setTrack(false);
    this.o.send({ type: 'voiceJoin' });
  }

  setTrack(open) {
    this.micOpen = open;
    this.stream?.getAudioTracks().forEach((track) => { track.enabled = open; });
  }

  /** The big button and M: close at once; opening is asked of the server, which knows the floor. */
  toggleMic() {
    if (this.micOpen) {
      this.keepOff = true;
      this.setTrack(false);
      this.o.send({ type: 'voiceMic', open: false });
      this.o.announce(t('voiceMutedNow'));
      this.render();
    } else {
      this.keepOff = false;
      this.askToOpen();
    }
  }

  /** The camera: off by default; on, it is sent only while this person has the floor or steers. */
  async toggleCamera() {
    try {
      await this.camera.setWanted(!this.camera.wanted);
    } catch (error) {
      this.problem = error?.name === 'NotFoundError' ? t('voiceNoCamera') : t('voiceCameraBlocked');
    }
    this.sendVideo();
    this.o.announce(this.camera.wanted ? t('voiceCameraOnNow') : t('voiceCameraOffNow'));
    this.render();
  }

  sendVideo() {
    this.camera.apply(this.peers, this.floor.includes(this.o.meId) || this.o.steers);
  }

  askToOpen() {
    this.o.send({ type: 'voiceMic', id: `mic-${Date.now()}`, open: true });
  }

  /** A refusal from the server about the call; true if it was one (the page shows the others). */
  refused(error) {
    if (error.code !== 'floor_held') return false;
    this.problem = t('error.floor_held');
    this.o.announce(this.problem);
    this.render();
    return true;
  }

  /** Who has the floor changed: the one who got it opens their microphone, with a tone to say so. */
  floorChanged(floor, mode) {
    const had = this.floor.includes(this.o.meId);
    this.floor = floor;
    this.mode = mode;
    this.sendVideo();
    if (this.stream && !had && floor.includes(this.o.meId)) {
      tone();
      this.o.announce(t('voiceFloorYours'));
      this.askToOpen();
    }
  }

  micChanged(peerId, open, by) {
    if (peerId === this.me) {
      this.setTrack(open);
      if (open) this.problem = '';
      this.o.announce(open ? t('voiceHeardNow') : by === 'leader' ? t('voiceMutedByLeader') : by === 'floor' ? t('voiceMutedByFloor') : t('voiceMutedNow'));
      return;
    }
    const entry = this.peers.get(peerId);
    if (!entry) return;
    entry.micOpen = open;
    // Heard only while the server says their microphone is open: the floor holds on this side too.
    if (entry.audio) entry.audio.muted = !open;
  }

  /** A voice message from the server; returns false for any other. */
  handle(message) {
    switch (message.type) {
      case 'voiceJoined':
        this.me = message.you;
        this.floor = [];
        // The one who comes calls those already there.
        for (const peer of message.peers) this.call(peer, true);
        // Open discussion, or this person's floor: the microphone opens (unless they keep it off).
        if (!this.keepOff && (message.floor.length === 0 || message.floor.includes(this.o.meId) || this.o.steers)) this.askToOpen();
        this.floorChanged(message.floor, message.mode);
        break;
      case 'voiceFloor':
        this.floorChanged(message.floor, message.mode);
        break;
      case 'voiceMicState':
        this.micChanged(message.peerId, message.open, message.by);
        break;
      case 'voiceUnmuteAsked':
        $('voice-asked-text').textContent = t('voiceAskedToUnmute', { name: message.by });
        $('voice-asked').hidden = !this.stream || this.micOpen;
        if (!$('voice-asked').hidden) $('voice-asked-unmute').focus();
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
    const entry = { pc, name: peer.name, personId: peer.personId, micOpen: Boolean(peer.micOpen), bytes: 0, level: 0 };
    this.peers.set(peer.peerId, entry);
    this.stream.getTracks().forEach((track) => pc.addTrack(track, this.stream));
    // A video slot from the start, empty until a camera goes in: no renegotiation when the floor moves.
    if (offer) pc.addTransceiver('video', { direction: 'sendrecv' });
    pc.onicecandidate = (e) => { if (e.candidate) this.o.send({ type: 'voiceSignal', to: peer.peerId, kind: 'candidate', data: e.candidate.toJSON() }); };
    pc.ontrack = (e) => {
      if (e.track.kind === 'video') {
        received(entry, e.track, () => this.render());
        return;
      }
      entry.audio ??= el('audio', { autoplay: true });
      entry.audio.srcObject = e.streams[0];
      entry.audio.muted = !entry.micOpen;
      $('voice-audio').append(entry.audio);
    };
    pc.onconnectionstatechange = () => {
      if (pc.connectionState === 'failed') this.retry(peer.peerId, entry);
      if (pc.connectionState === 'connected') {
        if (this.problem === t('voiceRetrying', { name: entry.name })) this.problem = '';
        this.sendVideo();
      }
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

  /**
   * A connection to one peer failed: "försöker igen", and one of the two (the smaller peer id, so
   * the two never cross) calls again on a fresh connection; the other answers it as new.
   */
  retry(peerId, entry) {
    const tries = (entry.tries ?? 0) + 1;
    if (tries > RETRIES) {
      this.problem = t('voiceUnreachable', { name: entry.name });
      return;
    }
    this.problem = t('voiceRetrying', { name: entry.name });
    if (this.me < peerId) this.callAgain(peerId, entry, tries, true);
  }

  callAgain(peerId, entry, tries, offer) {
    this.hangUp(peerId);
    this.call({ peerId, name: entry.name, personId: entry.personId, micOpen: entry.micOpen }, offer);
    this.peers.get(peerId).tries = tries;
  }

  signal(from, kind, data) {
    let entry = this.peers.get(from);
    if (!entry) return;
    if (kind === 'offer' && entry.pc.remoteDescription) {
      // The peer calls again (its connection to us failed): answer on a fresh connection.
      this.callAgain(from, entry, entry.tries ?? 0, false);
      entry = this.peers.get(from);
    }
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
        .then(() => { const slot = videoSlot(pc); if (slot) slot.direction = 'sendrecv'; })
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
    entry.figure?.remove();
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

  /** How loud this microphone hears the person, so they see it picks them up (and how long it has listened). */
  showLevel() {
    const meter = $('voice-level');
    meter.value = Math.max(-60, this.meter?.level ?? -60);
    meter.dataset.listenedMillis = String((this.meter?.frames ?? 0) * 20);
  }

  trouble(error) {
    this.problem = `${t('voiceTrouble')} (${error.name})`;
    this.render();
  }

  render() {
    const joined = Boolean(this.stream);
    $('voice-join').textContent = joined ? t('voiceLeave') : t('voiceJoin');
    $('voice-mute').hidden = !joined;
    $('voice-mute').textContent = this.micOpen ? t('voiceMute') : t('voiceUnmute');
    $('voice-mute').setAttribute('aria-pressed', String(!this.micOpen));
    $('voice-camera').hidden = !joined;
    $('voice-camera').textContent = this.camera.wanted ? t('voiceCameraOff') : t('voiceCameraOn');
    $('voice-camera').setAttribute('aria-pressed', String(this.camera.wanted));
    // Only who may send shows: the floor, and those who steer (a picture from anyone else is not shown).
    showVideos($('voice-videos'), this.peers, (personId) => this.floor.includes(personId) || this.o.steersOf(personId));
    $('voice-leader').hidden = !this.o.steers;
    $('voice-level-row').hidden = !joined || !this.meter;
    if ($('voice-mode').value !== this.mode) $('voice-mode').value = this.mode;
    if (this.micOpen) $('voice-asked').hidden = true;
    const now = this.problem || (joined ? (this.micOpen ? t('voiceHeardNow') : t('voiceMutedNow')) : '');
    if ($('voice-status').textContent !== now) $('voice-status').textContent = now;
    $('voice-peers').replaceChildren(...[...this.peers.entries()].map(([peerId, entry]) => {
      const connected = entry.pc.connectionState === 'connected';
      const state = !connected ? (entry.pc.connectionState === 'failed' ? t('voicePeerUnreachable') : t('voicePeerConnecting'))
        : !entry.micOpen ? t('voicePeerMuted') : entry.level > 0.01 ? t('voicePeerSpeaking') : t('voicePeerConnected');
      const item = el('li', {
        dataset: { peer: peerId, person: entry.personId, bytes: String(entry.bytes), level: String(entry.level), state: entry.pc.connectionState, mic: entry.micOpen ? 'open' : 'closed' },
      }, el('span', {}, `${entry.name} – ${state}`));
      if (this.o.steers && entry.personId !== this.o.meId) {
        item.append(entry.micOpen
          ? el('button', { type: 'button', className: 'small secondary', 'aria-label': `${t('voiceMuteOther')}: ${entry.name}`,
            onclick: () => this.o.send({ type: 'voiceMute', personId: entry.personId }) }, t('voiceMuteOther'))
          : el('button', { type: 'button', className: 'small secondary', 'aria-label': `${t('voiceAskUnmute')}: ${entry.name}`,
            onclick: () => this.o.send({ type: 'voiceAskUnmute', personId: entry.personId }) }, t('voiceAskUnmute')));
      }
      return item;
    }));
  }
}

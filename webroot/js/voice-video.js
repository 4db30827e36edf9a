// Video in the call, light by design: off by default; a person who turns their camera on sends it
// only while they have the floor (or steer the meeting), so at most one or two pictures move at a
// time, small (320×240, 15 a second) – which old laptops and phones cope with. No renegotiation:
// every connection has a video slot from the start, and the camera is put into it or taken out.
import { el } from './ui.js';

export const VIDEO = { width: { ideal: 320 }, height: { ideal: 240 }, frameRate: { ideal: 15, max: 15 } };

/** The connection's video slot (the offerer makes it; the answerer opens it for sending too). */
export function videoSlot(pc) {
  return pc.getTransceivers().find((t) => t.receiver.track.kind === 'video');
}

export class Camera {
  constructor() {
    this.wanted = false; // the person turned their camera on
    this.track = null;
  }

  /** Turns the camera on (asking for it; a refusal leaves it off and throws) or off. */
  async setWanted(wanted) {
    if (wanted && !this.track) {
      const stream = await navigator.mediaDevices.getUserMedia({ video: VIDEO });
      [this.track] = stream.getVideoTracks();
    } else if (!wanted && this.track) {
      this.track.stop();
      this.track = null;
    }
    this.wanted = wanted;
  }

  /** Puts the camera into every connection while this person may send, and takes it out otherwise. */
  apply(peers, maySend) {
    const sending = this.wanted && maySend ? this.track : null;
    for (const entry of peers.values()) {
      const sender = videoSlot(entry.pc)?.sender;
      if (sender && sender.track !== sending) sender.replaceTrack(sending).catch(() => {});
    }
    return Boolean(sending);
  }

  stop() {
    this.track?.stop();
    this.track = null;
    this.wanted = false;
  }
}

/** A peer's picture: a muted video element (its sound plays through the audio element). */
export function received(entry, track, onChange) {
  entry.videoTrack = track;
  entry.video ??= el('video', { autoplay: true, muted: true, playsInline: true, className: 'peer-video' });
  entry.video.muted = true;
  entry.video.srcObject = new MediaStream([track]);
  // A sender that takes its camera out stops the stream: the receiver's track goes quiet (muted).
  track.onmute = onChange;
  track.onunmute = onChange;
}

/** The pictures to show: those of peers who may send now (the floor, those who steer) whose video arrives. */
export function showVideos(container, peers, mayShow) {
  const shown = [...peers.values()].filter((entry) => entry.video && entry.videoTrack && !entry.videoTrack.muted
    && mayShow(entry.personId));
  const figures = shown.map((entry) => {
    entry.figure ??= el('figure', { className: 'peer-figure' }, entry.video, el('figcaption', {}, entry.name));
    entry.figure.dataset.person = entry.personId;
    return entry.figure;
  });
  container.replaceChildren(...figures);
  container.hidden = figures.length === 0;
}

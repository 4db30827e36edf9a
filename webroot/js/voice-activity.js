// When a person is speaking, told from their own microphone's level in the browser (no audio
// leaves it for this): stretches of speech, reported as they end (and every 10 s while someone
// talks on), for the meeting's speaking time. Short pauses between words belong to the stretch;
// a cough or a click shorter than a syllable does not count.

export const SPEECH = Object.freeze({
  thresholdDb: -45, // a voice at a normal distance is -35 to -15 dBFS; a quiet room below -55
  hangoverMs: 500, // a pause shorter than this is within the stretch
  minimumMs: 200, // shorter than this is not speech
  chunkMs: 10000, // a long stretch is reported in parts, so the leader's view keeps up
});

/** Folds level frames into stretches of speech; {@code report(millis)} gets each as it ends. */
export class SpeechSegmenter {
  constructor(report, options = SPEECH) {
    this.report = report;
    this.o = options;
    this.start = null; // when the current stretch began (ms on the frames' clock)
    this.lastSpeech = 0; // where the last frame of speech ended
    this.continued = false; // the stretch is the rest of a long one already partly reported
  }

  /** One frame: its start time and length in ms, its level in dBFS. */
  frame(at, ms, db) {
    if (db > this.o.thresholdDb) {
      if (this.start === null) this.start = at;
      this.lastSpeech = at + ms;
      if (this.lastSpeech - this.start >= this.o.chunkMs) {
        this.report(Math.round(this.lastSpeech - this.start));
        this.start = this.lastSpeech; // talking on: the next part starts here
        this.continued = true;
      }
    } else if (this.start !== null && at - this.lastSpeech >= this.o.hangoverMs) {
      this.close();
    }
  }

  /** Ends the stretch now (the microphone closed, the call ended). */
  close() {
    if (this.start === null) return;
    const millis = Math.round(this.lastSpeech - this.start);
    const short = millis < (this.continued ? 1 : this.o.minimumMs);
    this.start = null;
    this.continued = false;
    if (!short) this.report(millis);
  }
}

/**
 * Listens to a microphone stream through an AudioWorklet and segments what it hears. Returns a
 * handle: {@code stop()}, and {@code frames} (how many frames were measured, for a self-check).
 */
export async function listen(stream, report, isOpen) {
  const context = new AudioContext();
  await context.audioWorklet.addModule('/js/voice-level-worklet.js');
  const source = context.createMediaStreamSource(stream);
  const meter = new AudioWorkletNode(context, 'voice-level');
  const segmenter = new SpeechSegmenter(report);
  const handle = { frames: 0, level: -120, stop: () => { segmenter.close(); context.close(); } };
  meter.port.onmessage = ({ data }) => {
    handle.frames += 1;
    handle.level = data.db;
    // A closed microphone is not heard, so it does not speak either.
    if (isOpen()) segmenter.frame(data.at, data.ms, data.db);
    else segmenter.close();
  };
  // The meter is pulled by the audio graph only when it leads somewhere: into a silent gain.
  const silent = context.createGain();
  silent.gain.value = 0;
  source.connect(meter).connect(silent).connect(context.destination);
  if (context.state === 'suspended') context.resume().catch(() => {});
  return handle;
}

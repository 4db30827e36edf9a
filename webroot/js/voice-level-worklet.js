// Runs on the audio thread (an AudioWorklet, so a tab in the background is measured as well as one
// in front): the microphone's level every 20 ms, in dB of full scale, with the audio clock's time.
// Only these numbers leave the audio thread; no sound does.
const FRAME_SECONDS = 0.02;

class VoiceLevel extends AudioWorkletProcessor {
  constructor() {
    super();
    this.sum = 0;
    this.count = 0;
    this.size = Math.round(sampleRate * FRAME_SECONDS);
  }

  process(inputs) {
    const channel = inputs[0]?.[0];
    if (channel) {
      for (let i = 0; i < channel.length; i += 1) {
        this.sum += channel[i] * channel[i];
        this.count += 1;
        if (this.count === this.size) {
          const rms = Math.sqrt(this.sum / this.count);
          this.port.postMessage({ at: currentTime * 1000, db: rms > 0 ? 20 * Math.log10(rms) : -120, ms: FRAME_SECONDS * 1000 });
          this.sum = 0;
          this.count = 0;
        }
      }
    }
    return true;
  }
}

registerProcessor('voice-level', VoiceLevel);

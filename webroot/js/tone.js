// A short, soft tone played here: the floor has come to this person, or the self-check asks
// whether the speaker works.

/** Plays {@code seconds} of a tone (a few notes for a longer one); resolves when it has played. */
export function tone(seconds = 0.18) {
  return new Promise((resolve) => {
    try {
      const context = new AudioContext();
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      gain.gain.value = 0.08;
      oscillator.frequency.value = 660;
      // A longer tone steps through three notes, so it is heard as a sound, not a hum.
      for (let i = 1; seconds > 0.5 && i < 3; i += 1) oscillator.frequency.setValueAtTime(660 + 220 * i, context.currentTime + (i * seconds) / 3);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start();
      oscillator.stop(context.currentTime + seconds);
      oscillator.onended = () => { context.close(); resolve(); };
    } catch {
      resolve(); // no sound for it here: what the tone says is announced too
    }
  });
}

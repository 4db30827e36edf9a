package se.lagetrunt.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Real speech with known silences, for a fake microphone: sentences spoken by Debian's espeak-ng
 * (.ci/run installs it), put one after another with pauses between them. The truth it carries is
 * how long speech is heard in it: each sentence from its first sound to its last, its own short
 * pauses between words included, as a person listening would time it.
 *
 * @param wav the file (16-bit mono PCM)
 * @param lengthMillis the whole file
 * @param speechMillis the truth: time spoken
 */
public record SpeechFile(Path wav, long lengthMillis, long speechMillis) {

  /** {@code sentences} spoken in Swedish, after {@code leadMillis} of silence and each followed by {@code pauseMillis}. */
  public static SpeechFile of(List<String> sentences, long leadMillis, long pauseMillis) {
    try {
      Path dir = Files.createTempDirectory("speech");
      List<short[]> spoken = new ArrayList<>();
      float rate = 0;
      for (int i = 0; i < sentences.size(); i++) {
        Path part = dir.resolve("part" + i + ".wav");
        Process espeak = new ProcessBuilder("espeak-ng", "-v", "sv", "-s", "150", "-w", part.toString(), sentences.get(i))
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!espeak.waitFor(60, TimeUnit.SECONDS) || espeak.exitValue() != 0) {
          throw new IllegalStateException("espeak-ng failed");
        }
        try (AudioInputStream in = AudioSystem.getAudioInputStream(part.toFile())) {
          rate = in.getFormat().getSampleRate();
          spoken.add(trimmed(samples(in.readAllBytes())));
        }
      }
      int lead = (int) (rate * leadMillis / 1000);
      int pause = (int) (rate * pauseMillis / 1000);
      int total = lead + spoken.stream().mapToInt(s -> s.length + pause).sum();
      ByteBuffer pcm = ByteBuffer.allocate(total * 2).order(ByteOrder.LITTLE_ENDIAN);
      pcm.position(lead * 2);
      long speechSamples = 0;
      for (short[] sentence : spoken) {
        for (short sample : sentence) {
          pcm.putShort(sample);
        }
        pcm.position(pcm.position() + pause * 2);
        speechSamples += sentence.length;
      }
      AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
      Path wav = dir.resolve("speech.wav");
      try (AudioInputStream out = new AudioInputStream(new ByteArrayInputStream(pcm.array()), format, total)) {
        AudioSystem.write(out, AudioFileFormat.Type.WAVE, wav.toFile());
      }
      return new SpeechFile(wav, Math.round(total * 1000.0 / rate), Math.round(speechSamples * 1000.0 / rate));
    } catch (IOException | UnsupportedAudioFileException e) {
      throw new IllegalStateException("could not make the speech file (apt-get install espeak-ng)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static short[] samples(byte[] bytes) {
    short[] samples = new short[bytes.length / 2];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
    return samples;
  }

  /** From the first sound to the last: espeak-ng's silence before and after is exact zeros. */
  private static short[] trimmed(short[] samples) {
    int first = 0;
    while (first < samples.length && Math.abs(samples[first]) < 8) {
      first++;
    }
    int last = samples.length - 1;
    while (last > first && Math.abs(samples[last]) < 8) {
      last--;
    }
    short[] trimmed = new short[last - first + 1];
    System.arraycopy(samples, first, trimmed, 0, trimmed.length);
    return trimmed;
  }
}

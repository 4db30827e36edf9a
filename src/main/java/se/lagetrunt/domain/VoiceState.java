package se.lagetrunt.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The meeting's voice as its log has it.
 *
 * @param mode how strictly the floor decides the microphones
 * @param spokenMillis time each one's browser measured them speaking, over the whole meeting
 * @param outsideFloorMillis the part of it while someone else had the floor
 * @param lastSpokenAt where each one's last measured stretch ended: a new one cannot reach back before it
 */
public record VoiceState(VoiceMode mode, Map<String, Long> spokenMillis, Map<String, Long> outsideFloorMillis,
    Map<String, Instant> lastSpokenAt) {

  public static final VoiceState EMPTY = new VoiceState(VoiceMode.STRICT, Map.of(), Map.of(), Map.of());

  public VoiceState {
    Objects.requireNonNull(mode, "mode");
    spokenMillis = Collections.unmodifiableMap(new LinkedHashMap<>(spokenMillis));
    outsideFloorMillis = Collections.unmodifiableMap(new LinkedHashMap<>(outsideFloorMillis));
    lastSpokenAt = Collections.unmodifiableMap(new LinkedHashMap<>(lastSpokenAt));
  }

  VoiceState withMode(VoiceMode newMode) {
    return new VoiceState(newMode, spokenMillis, outsideFloorMillis, lastSpokenAt);
  }

  VoiceState withSpoken(VoiceEvent.VoiceSpoken spoken) {
    Map<String, Long> total = new LinkedHashMap<>(spokenMillis);
    total.merge(spoken.who(), spoken.millis(), Long::sum);
    Map<String, Long> outside = new LinkedHashMap<>(outsideFloorMillis);
    if (spoken.outsideFloor()) {
      outside.merge(spoken.who(), spoken.millis(), Long::sum);
    }
    Map<String, Instant> last = new LinkedHashMap<>(lastSpokenAt);
    last.put(spoken.who(), spoken.at());
    return new VoiceState(mode, total, outside, last);
  }
}

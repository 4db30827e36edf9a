package se.lagetrunt.domain;

import java.time.Instant;
import java.util.Objects;

/** Facts about the meeting's voice. The call itself (who is connected, whose microphone is open) is live only. */
public sealed interface VoiceEvent extends MeetingEvent {

  record VoiceModeSet(VoiceMode mode) implements VoiceEvent {
    public VoiceModeSet {
      Objects.requireNonNull(mode, "mode");
    }
  }

  /**
   * Someone spoke for {@code millis} up to {@code at}. {@code outsideFloor}: someone else had the
   * floor then (decided when it is recorded, so a replay gives the same answer).
   */
  record VoiceSpoken(String who, long millis, Instant at, boolean outsideFloor) implements VoiceEvent {
    public VoiceSpoken {
      Objects.requireNonNull(who, "who");
      Objects.requireNonNull(at, "at");
    }
  }
}

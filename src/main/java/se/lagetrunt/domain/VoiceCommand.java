package se.lagetrunt.domain;

import java.util.Objects;

/** Commands about the meeting's voice: how strict the floor is, and time measured as spoken. */
public sealed interface VoiceCommand extends MeetingCommand {

  /** The leader chooses how strictly the floor decides who can open their microphone. */
  record SetVoiceMode(VoiceMode mode) implements VoiceCommand {
    public SetVoiceMode {
      Objects.requireNonNull(mode, "mode");
    }
  }

  /**
   * A person's browser heard them speak for {@code millis}, ending now: measured from their own
   * microphone's level, in the browser (no audio leaves it for this).
   */
  record ReportVoice(long millis) implements VoiceCommand {}
}

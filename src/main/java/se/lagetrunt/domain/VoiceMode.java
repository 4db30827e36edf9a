package se.lagetrunt.domain;

/**
 * How strictly the floor decides the microphones while someone has it. Outside rounds, and
 * when nobody has the floor, it is open discussion either way.
 */
public enum VoiceMode {
  /** Only who has the floor, and those who steer, can open their microphone. */
  STRICT,
  /** Anyone may open their microphone; the floor only suggests (and closes the others' at each new turn). */
  OPEN;

  public String wireName() {
    return WireNames.of(this);
  }

  public static VoiceMode fromWire(String value) {
    return WireNames.parse(VoiceMode.class, value);
  }
}

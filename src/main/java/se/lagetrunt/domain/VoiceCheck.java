package se.lagetrunt.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a person's self-check before a meeting found: their microphone (heard them, heard nothing,
 * none found, blocked by the browser), their speaker (they heard the test sound, did not, or did not
 * try), and whether the call's connection got through (and which ways: {@link #WAYS}).
 */
public record VoiceCheck(String microphone, String speaker, String connection, List<String> via) {
  public static final Set<String> MICROPHONE = Set.of("ok", "silent", "none", "blocked");
  public static final Set<String> SPEAKER = Set.of("ok", "no", "untested");
  public static final Set<String> CONNECTION = Set.of("ok", "blocked");
  /** Direct between browsers, or through the relay over UDP, TCP, or TLS on 443. */
  public static final Set<String> WAYS = Set.of("direct", "relay-udp", "relay-tcp", "relay-tls");

  public VoiceCheck {
    Objects.requireNonNull(microphone, "microphone");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(connection, "connection");
    via = List.copyOf(via);
  }

  /** What the leader sees of it: one word for whether the person is ready, and if not, why. */
  public enum Readiness {
    READY,
    NO_MICROPHONE,
    NO_SOUND,
    BLOCKED,
    UNTESTED;

    public String wireName() {
      return WireNames.of(this);
    }
  }

  /** The one rule for readiness; null (never checked) is untested. */
  public static Readiness readiness(VoiceCheck check) {
    if (check == null) {
      return Readiness.UNTESTED;
    }
    if (check.microphone().equals("blocked") || check.connection().equals("blocked")) {
      return Readiness.BLOCKED;
    }
    if (!check.microphone().equals("ok")) {
      return Readiness.NO_MICROPHONE;
    }
    return check.speaker().equals("no") ? Readiness.NO_SOUND : Readiness.READY;
  }
}

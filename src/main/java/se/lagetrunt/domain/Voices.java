package se.lagetrunt.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import se.lagetrunt.domain.VoiceCommand.ReportVoice;
import se.lagetrunt.domain.VoiceCommand.SetVoiceMode;
import se.lagetrunt.domain.VoiceEvent.VoiceModeSet;
import se.lagetrunt.domain.VoiceEvent.VoiceSpoken;

/**
 * The floor and the microphones: who has the floor (the round's speaker, and a hand the leader
 * gave it), who may open their microphone, whose open microphone closes when the floor moves, and
 * speaking time measured from the voice. The call's transport follows these; the browser is told
 * the outcome, never left to work it out.
 */
public final class Voices {
  /** The longest stretch one report may carry: a browser reports at least this often while someone talks on. */
  public static final long MAX_REPORT_MILLIS = 60_000;

  private Voices() {}

  static Decision decide(MeetingState state, Actor actor, VoiceCommand command, Instant now) {
    if (command instanceof SetVoiceMode set) {
      if (!actor.role().steers()) {
        return Decision.refuse(Refusal.Code.NOT_ALLOWED, "Only the leader chooses how the floor decides the microphones.");
      }
      return set.mode() == state.voice().mode()
          ? Decision.refuse(Refusal.Code.UNCHANGED, "The meeting already has this mode.")
          : Decision.accept(new VoiceModeSet(set.mode()));
    }
    return report(state, actor.personId().toString(), ((ReportVoice) command).millis(), now);
  }

  /**
   * A measured stretch ends now and reaches back {@code millis} – but never before the previous
   * one ended, so a retried or overlapping report cannot count the same time twice.
   */
  private static Decision report(MeetingState state, String who, long millis, Instant now) {
    if (millis < 1 || millis > MAX_REPORT_MILLIS) {
      return Decision.refuse(Refusal.Code.INVALID_DURATION,
          "A measured stretch is 1 ms to " + MAX_REPORT_MILLIS / 1000 + " seconds.");
    }
    Instant last = state.voice().lastSpokenAt().get(who);
    long counted = last == null ? millis : Math.min(millis, Duration.between(last, now).toMillis());
    if (counted <= 0) {
      return Decision.refuse(Refusal.Code.INVALID_DURATION, "This time is already counted.");
    }
    Set<String> floor = floor(state.turns());
    return Decision.accept(new VoiceSpoken(who, counted, now, !floor.isEmpty() && !floor.contains(who)));
  }

  static VoiceState apply(VoiceState state, VoiceEvent event) {
    if (event instanceof VoiceModeSet set) {
      return state.withMode(set.mode());
    }
    return state.withSpoken((VoiceSpoken) event);
  }

  /** Who has the floor now: the round's speaker and a hand the leader gave it. Empty: open discussion. */
  public static Set<String> floor(TurnState turns) {
    Set<String> floor = new LinkedHashSet<>();
    if (turns.round() != null && turns.round().speaker() != null) {
      floor.add(turns.round().speaker());
    }
    if (turns.floor() != null) {
      floor.add(turns.floor().who());
    }
    return floor;
  }

  /** Whether this person may open their microphone now. */
  public static boolean mayOpenMic(MeetingState state, String who, boolean steers) {
    Set<String> floor = floor(state.turns());
    return steers || state.voice().mode() == VoiceMode.OPEN || floor.isEmpty() || floor.contains(who);
  }

  /**
   * Whether an open microphone stays open as the meeting moves from {@code before} to {@code after}.
   * A new turn closes everyone else's (in both modes: the others are muted by default); the floor
   * ending closes its holder's; the meeting turning strict closes all but the floor's. Those who
   * steer keep theirs: in a hybrid meeting the leader's device is the room's voice.
   */
  public static boolean keepsMicOpen(MeetingState before, MeetingState after, String who, boolean steers) {
    Set<String> was = floor(before.turns());
    Set<String> is = floor(after.turns());
    if (steers || is.contains(who)) {
      return true;
    }
    if (!was.equals(is)) {
      return is.isEmpty() && !was.contains(who);
    }
    boolean turnedStrict = before.voice().mode() != VoiceMode.STRICT && after.voice().mode() == VoiceMode.STRICT;
    return !(turnedStrict && !is.isEmpty());
  }
}

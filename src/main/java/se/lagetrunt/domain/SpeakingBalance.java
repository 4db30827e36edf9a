package se.lagetrunt.domain;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Who was heard, per stakeholder group: speaking time against the number of people present.
 * The evaluation's warning was that family carers "came in the shadow"; this makes it visible.
 */
public final class SpeakingBalance {
  private SpeakingBalance() {}

  /**
   * One group's part: milliseconds spoken in turns (turns done and hands given the floor), people
   * present, and milliseconds their microphones measured them speaking (0 without the built-in voice).
   */
  public record Share(long millis, int people, long voiceMillis) {}

  /** Every group that was present or spoke, from the meeting's attendance and speaking time. */
  public static Map<StakeholderGroup, Share> of(MeetingState state) {
    Map<String, StakeholderGroup> groupOf = new HashMap<>();
    Map<StakeholderGroup, Integer> people = new EnumMap<>(StakeholderGroup.class);
    for (Attendee attendee : state.attendance()) {
      String who = attendee.via() == Attendee.Via.ONLINE ? attendee.personId().toString() : MeetingState.whoOf(attendee);
      groupOf.put(who, attendee.group());
      people.merge(attendee.group(), 1, Integer::sum);
    }
    Map<StakeholderGroup, Long> millis = new EnumMap<>(StakeholderGroup.class);
    state.turns().spokenMillis().forEach((who, ms) ->
        millis.merge(groupOf.getOrDefault(who, StakeholderGroup.OTHER), ms, Long::sum));
    Map<StakeholderGroup, Long> voice = new EnumMap<>(StakeholderGroup.class);
    state.voice().spokenMillis().forEach((who, ms) ->
        voice.merge(groupOf.getOrDefault(who, StakeholderGroup.OTHER), ms, Long::sum));
    Map<StakeholderGroup, Share> shares = new EnumMap<>(StakeholderGroup.class);
    for (StakeholderGroup group : StakeholderGroup.values()) {
      if (people.containsKey(group) || millis.containsKey(group) || voice.containsKey(group)) {
        shares.put(group, new Share(millis.getOrDefault(group, 0L), people.getOrDefault(group, 0),
            voice.getOrDefault(group, 0L)));
      }
    }
    return shares;
  }
}

package se.lagetrunt.domain;

/**
 * What a person may do in one meeting, decided once when they are let in – from their role there
 * and the kind of meeting – and carried from there: to the room with their connection, and to the
 * page in {@code welcome} and in the meeting's REST view, so no one works it out again.
 *
 * @param steers leads the meeting: rounds, the board, the floor, the minutes' review
 * @param inGroup sits at the group's table. A local network's meeting is its members'; the theme's
 *     enablers visit it from outside: what is said there reaches them only once the minutes are
 *     submitted (without the group-only passages)
 * @param readsMinutes sees the minutes as they are written
 * @param writesMinutes writes them (those who steer, and note-takers)
 * @param seesSpeakingTime sees speaking time per person (groups' shares are for the same people)
 * @param attends joining counts as attending (in the meeting's time, see {@link AttendanceWindow}):
 *     an enabler's visit to a local network is not one of the group's people present
 * @param readOnly a room screen (the room view on a projector): shows the meeting, changes nothing,
 *     and is no one at the table – not present, not in rounds
 */
public record Capabilities(boolean steers, boolean inGroup, boolean readsMinutes, boolean writesMinutes,
    boolean seesSpeakingTime, boolean attends, boolean readOnly) {

  /** The one rule. {@code meetingKind} is adhoc, local, pre or after. */
  public static Capabilities of(MeetingRole role, String meetingKind) {
    boolean inGroup = !(role == MeetingRole.ENABLER && "local".equals(meetingKind));
    boolean steers = role.steers();
    return new Capabilities(steers, inGroup, inGroup, inGroup && (steers || role == MeetingRole.NOTE_TAKER), steers,
        inGroup, false);
  }

  /** The same person's room screen: it shows what the group sees, and nothing only they may see or do. */
  public Capabilities onScreen() {
    return new Capabilities(false, inGroup, readsMinutes, false, false, false, true);
  }

  /**
   * The one projection: whether this person is shown an event itself, or only that one happened
   * (its number, so they see no gap). The room's snapshots leave out the same: the minutes outside
   * the group, speaking time per person for those who do not steer.
   */
  public boolean sees(MeetingEvent event) {
    if (event instanceof MinutesEvent) {
      return readsMinutes;
    }
    return !(event instanceof VoiceEvent.VoiceSpoken) || seesSpeakingTime;
  }
}

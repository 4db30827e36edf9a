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
 */
public record Capabilities(boolean steers, boolean inGroup, boolean readsMinutes, boolean writesMinutes,
    boolean seesSpeakingTime, boolean attends) {

  /** The one rule. {@code meetingKind} is adhoc, local, pre or after. */
  public static Capabilities of(MeetingRole role, String meetingKind) {
    boolean inGroup = !(role == MeetingRole.ENABLER && "local".equals(meetingKind));
    boolean steers = role.steers();
    return new Capabilities(steers, inGroup, inGroup, inGroup && (steers || role == MeetingRole.NOTE_TAKER), steers, inGroup);
  }
}

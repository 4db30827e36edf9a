// Who is present in a meeting, and speaking time per stakeholder group: the page's mirror of the
// server's MeetingState.attendance and SpeakingBalance.of, moved on by the same events. The
// shared vectors of MirrorVectorsBrowserTest check it against the server's answers.

export const emptyAttendance = () => ({ arrivals: new Map(), seats: new Map() });

/** The attendance in a snapshot's state. */
export function attendanceFrom(state) {
  return {
    arrivals: new Map((state?.arrivals ?? []).map((a) => [a.personId, a])),
    seats: new Map((state?.seats ?? []).map((s) => [s.seatId, s])),
  };
}

/** Applies one event in place; returns false for events that are not about attendance. */
export function applyAttendanceEvent(attendance, e) {
  switch (e.type) {
    case 'arrived':
      attendance.arrivals.set(e.personId, { personId: e.personId, name: e.name, group: e.group, via: 'online' });
      return true;
    case 'seatAdded':
      attendance.seats.set(e.seat.seatId, e.seat);
      return true;
    case 'seatRemoved':
      attendance.seats.delete(e.seatId);
      return true;
    default:
      return false;
  }
}

/** Everyone counted as present, each person once: arrivals, then seats that are not also arrivals. */
export function present(attendance) {
  const everyone = [...attendance.arrivals.values()];
  for (const seat of attendance.seats.values()) if (!seat.personId || !attendance.arrivals.has(seat.personId)) everyone.push(seat);
  return everyone;
}

/** How someone present takes part in rounds: as the person, or as a seat without one. */
export const whoOf = (attendee) => attendee.personId ?? attendee.seatId;

/**
 * Every group that was present or spoke, in the order of {@code groups}: milliseconds spoken in
 * turns, people present and milliseconds measured from the voice. Time of someone not present
 * counts for 'other', as on the server.
 */
export function speakingBalance(attendance, spokenMillis, voiceMillis, groups) {
  const groupOf = new Map(present(attendance).map((a) => [whoOf(a), a.group]));
  const shares = new Map();
  const share = (group) => {
    if (!shares.has(group)) shares.set(group, { group, millis: 0, people: 0, voiceMillis: 0 });
    return shares.get(group);
  };
  for (const a of present(attendance)) share(a.group).people += 1;
  for (const [who, ms] of Object.entries(spokenMillis ?? {})) share(groupOf.get(who) ?? 'other').millis += ms;
  for (const [who, ms] of Object.entries(voiceMillis ?? {})) share(groupOf.get(who) ?? 'other').voiceMillis += ms;
  return groups.filter((group) => shares.has(group)).map((group) => shares.get(group));
}

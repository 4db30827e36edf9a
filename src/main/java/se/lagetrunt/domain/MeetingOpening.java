package se.lagetrunt.domain;

/**
 * How a meeting opens. Every meeting of a series begins with the group's thoughts on the last
 * one's summary – except the first, which has none to reflect on: there the group gets to know
 * each other in a check-in round (name, and why I am here). A meeting made by hand, outside a
 * series, opens as a first one.
 */
public enum MeetingOpening {
  INTRODUCTIONS,
  PREVIOUS_SUMMARY;

  /** By the meeting's place in its series (1 for the first), or null outside a series. */
  public static MeetingOpening of(Integer placeInSeries) {
    return placeInSeries == null || placeInSeries <= 1 ? INTRODUCTIONS : PREVIOUS_SUMMARY;
  }

  /** The round the leader is offered first. */
  public Round.Kind firstRound() {
    return this == INTRODUCTIONS ? Round.Kind.CHECK_IN : Round.Kind.DISCUSSION;
  }

  public String wireName() {
    return WireNames.of(this);
  }
}

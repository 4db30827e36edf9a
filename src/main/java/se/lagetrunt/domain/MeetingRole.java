package se.lagetrunt.domain;

/** What a person may do inside one meeting. Decided per meeting, not per account. */
public enum MeetingRole {
  ENABLER,
  LEADER,
  NOTE_TAKER,
  PARTICIPANT;

  /** Leaders steer their network's meetings; enablers steer the leader meetings they moderate. */
  public boolean steers() {
    return this == ENABLER || this == LEADER;
  }

  public String wireName() {
    return WireNames.of(this);
  }

  public static MeetingRole fromWire(String value) {
    return WireNames.parse(MeetingRole.class, value);
  }
}

package se.lagetrunt.domain;

/** What a person's account is for, across meetings. Meeting roles are decided per meeting. */
public enum AccountRole {
  ENABLER,
  LEADER,
  PARTICIPANT;

  public String wireName() {
    return WireNames.of(this);
  }

  /** Enablers and leaders set meetings up; participants join them. */
  public boolean createsMeetings() {
    return this != PARTICIPANT;
  }

  public static AccountRole fromWire(String value) {
    return WireNames.parse(AccountRole.class, value);
  }
}

package se.lagetrunt.store;

import java.util.Locale;

/** What a person's account is for, across meetings. Meeting roles are decided per meeting. */
public enum AccountRole {
  ENABLER,
  LEADER,
  PARTICIPANT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Enablers and leaders set meetings up; participants join them. */
  public boolean createsMeetings() {
    return this != PARTICIPANT;
  }

  public static AccountRole fromWire(String value) {
    for (AccountRole role : values()) {
      if (role.wireName().equals(value)) {
        return role;
      }
    }
    throw new IllegalArgumentException("unknown account role: " + value);
  }
}

package se.lagetrunt.domain;

/** What a person is in a local network. Enablers hold this through the theme network. */
public enum NetworkRole {
  ENABLER,
  LEADER,
  PARTICIPANT;

  /** Enablers and leaders look after a network's people and meetings. */
  public boolean manages() {
    return this != PARTICIPANT;
  }

  public String wireName() {
    return WireNames.of(this);
  }

  public static NetworkRole fromWire(String value) {
    return WireNames.parse(NetworkRole.class, value);
  }
}

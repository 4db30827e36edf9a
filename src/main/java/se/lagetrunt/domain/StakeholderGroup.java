package se.lagetrunt.domain;

/**
 * The groups a mixed learning network mixes. A leader must see at a glance which are present,
 * so every participant has exactly one.
 */
public enum StakeholderGroup {
  FAMILY_CARER,
  CARE_STAFF,
  OFFICIAL,
  MANAGER,
  POLITICIAN,
  CIVIL_SOCIETY,
  RESEARCHER,
  OTHER;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public static StakeholderGroup fromWire(String value) {
    for (StakeholderGroup group : values()) {
      if (group.wireName().equals(value)) {
        return group;
      }
    }
    throw new IllegalArgumentException("unknown stakeholder group: " + value);
  }
}

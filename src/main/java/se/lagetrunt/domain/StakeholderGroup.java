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
    return WireNames.of(this);
  }

  public static StakeholderGroup fromWire(String value) {
    return WireNames.parse(StakeholderGroup.class, value);
  }
}

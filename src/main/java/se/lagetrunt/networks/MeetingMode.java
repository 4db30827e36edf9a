package se.lagetrunt.networks;

import java.util.Arrays;
import java.util.List;
import se.lagetrunt.domain.WireNames;

/** How a meeting is held: online, round a table, or both at once (people in the room and online). */
public enum MeetingMode {
  DIGITAL,
  PHYSICAL,
  HYBRID;

  public String wireName() {
    return WireNames.of(this);
  }

  /** Every mode's wire name, in this order (the order the pages offer them). */
  public static List<String> wireNames() {
    return Arrays.stream(values()).map(MeetingMode::wireName).toList();
  }
}

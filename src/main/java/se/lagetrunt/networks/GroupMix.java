package se.lagetrunt.networks;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.lagetrunt.domain.StakeholderGroup;

/**
 * A local network's mix of stakeholder groups, and the groups it lacks: the seeds ask every
 * network for family carers, care staff, officials, managers, politicians and civil society
 * (researchers and others are welcome, not required). Pure.
 */
public record GroupMix(Map<StakeholderGroup, Integer> counts, List<StakeholderGroup> missing) {
  public static final List<StakeholderGroup> NEEDED = List.of(StakeholderGroup.FAMILY_CARER, StakeholderGroup.CARE_STAFF,
      StakeholderGroup.OFFICIAL, StakeholderGroup.MANAGER, StakeholderGroup.POLITICIAN, StakeholderGroup.CIVIL_SOCIETY);

  public GroupMix {
    counts = Map.copyOf(counts);
    missing = List.copyOf(missing);
  }

  /** The current members' groups, leaders included. */
  public static GroupMix of(List<NetworkMember> members) {
    Map<StakeholderGroup, Integer> counts = new EnumMap<>(StakeholderGroup.class);
    members.forEach(member -> counts.merge(member.person().group(), 1, Integer::sum));
    return new GroupMix(counts, NEEDED.stream().filter(group -> !counts.containsKey(group)).toList());
  }
}

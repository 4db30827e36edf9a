package se.lagetrunt.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a meeting's log must hold after failures: every acknowledged command, each once. */
final class Durability {
  private Durability() {}

  /** Acknowledged command ids missing from the log, sorted. */
  static List<String> lost(Collection<String> acknowledged, List<String> logged) {
    Set<String> there = new HashSet<>(logged);
    return acknowledged.stream().filter(id -> !there.contains(id)).sorted().toList();
  }

  /** Command ids the log holds more than once, in log order. */
  static List<String> repeated(List<String> logged) {
    Set<String> seen = new HashSet<>();
    List<String> twice = new ArrayList<>();
    logged.forEach(id -> {
      if (!seen.add(id)) {
        twice.add(id);
      }
    });
    return twice;
  }
}

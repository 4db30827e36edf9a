package se.lagetrunt.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The last updates of a section, for rebasing a push made against a version a little older than
 * the current one (a writer on a slow link). Kept in memory only: after a restart the window is
 * empty and a push against an older version is answered {@code version_conflict}, after which
 * the browser catches up and sends again.
 *
 * @param upTo the version the newest update made
 */
record RecentUpdates(int upTo, List<Step> steps) {
  /** How many updates back a push may be: a slow link is a few behind, a page back from offline catches up first. */
  static final int KEPT = 256;

  record Step(String clientId, ChangeSet changes) {}

  RecentUpdates {
    steps = List.copyOf(steps);
  }

  static RecentUpdates startingAt(int version) {
    return new RecentUpdates(version, List.of());
  }

  RecentUpdates plus(String clientId, ChangeSet changes) {
    List<Step> next = new ArrayList<>(steps.size() + 1);
    next.addAll(steps.size() >= KEPT ? steps.subList(steps.size() - KEPT + 1, steps.size()) : steps);
    next.add(new Step(clientId, changes));
    return new RecentUpdates(upTo + 1, next);
  }

  /** The updates since {@code version}, or null when they are no longer (or not yet) at hand. */
  List<Step> since(int version) {
    int count = upTo - version;
    if (count < 0 || count > steps.size()) {
      return null;
    }
    return steps.subList(steps.size() - count, steps.size());
  }
}

package se.lagetrunt.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for edits made at the same time to one section: a writer's edits that the others
 * have not seen yet are moved over an edit that got there first. The server applies it to a push
 * made against an older version, and every browser applies it to its own unsaved edits when
 * someone else's arrive (webroot/js/minutes-sync.js; shared vectors keep the two alike), so the
 * text comes out the same everywhere.
 *
 * <p>Where both insert at the same place, the edits being moved go first. A person typing puts
 * each letter right after their previous one; if the other's text went first, it would land
 * between the two letters and split the word (at 150 ms each way, a third of the words of two
 * people typing at one spot). The other's text goes after, next to where that writer continues.
 */
public final class Rebase {
  private Rebase() {}

  /** {@code edits} (made one after another) moved over {@code other}, and {@code other} moved over them. */
  public record Moved(List<ChangeSet> edits, ChangeSet other) {}

  public static Moved over(List<ChangeSet> edits, ChangeSet other) {
    List<ChangeSet> moved = new ArrayList<>(edits.size());
    ChangeSet rest = other;
    for (ChangeSet edit : edits) {
      moved.add(edit.map(rest, true));
      rest = rest.map(edit, false);
    }
    return new Moved(moved, rest);
  }
}

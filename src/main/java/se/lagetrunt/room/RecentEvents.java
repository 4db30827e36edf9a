package se.lagetrunt.room;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import se.lagetrunt.store.StoredEvent;

/**
 * The last committed events a room keeps at hand, so a reconnecting client can be sent exactly
 * what it missed; a client further behind than this gets a snapshot instead.
 */
final class RecentEvents {
  private final int capacity;
  private final ArrayDeque<StoredEvent> events = new ArrayDeque<>();

  RecentEvents(int capacity) {
    this.capacity = capacity;
  }

  void add(StoredEvent event) {
    events.addLast(event);
    while (events.size() > capacity) {
      events.removeFirst();
    }
  }

  void replaceWith(List<StoredEvent> loaded) {
    events.clear();
    loaded.forEach(this::add);
  }

  /**
   * The events after {@code lastSeenSeq} up to {@code currentSeq}, or null when they are not
   * all at hand: the client saw nothing yet, is too far behind, claims a future sequence, or
   * some of them are no longer in the log (submitted minutes that forgot how they were typed).
   */
  List<StoredEvent> after(long lastSeenSeq, long currentSeq) {
    long oldestAtHand = events.isEmpty() ? currentSeq + 1 : events.peekFirst().seq();
    if (lastSeenSeq < 0 || lastSeenSeq > currentSeq || lastSeenSeq < oldestAtHand - 1) {
      return null;
    }
    List<StoredEvent> missed = new ArrayList<>();
    for (StoredEvent event : events) {
      if (event.seq() > lastSeenSeq) {
        if (event.seq() != lastSeenSeq + missed.size() + 1) {
          return null; // a gap: only a snapshot brings this client to the present
        }
        missed.add(event);
      }
    }
    return missed;
  }
}

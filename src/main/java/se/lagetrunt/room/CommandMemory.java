package se.lagetrunt.room;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.lagetrunt.store.StoredEvent;

/**
 * The sequence number each recently committed command ended at, by person and command id, so a
 * retry is answered with the first answer instead of being applied twice. Oldest entries go first.
 */
final class CommandMemory {
  private final LinkedHashMap<String, Long> seqByCommand;

  CommandMemory(int capacity) {
    this.seqByCommand = new LinkedHashMap<>(64, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
        return size() > capacity;
      }
    };
  }

  static String key(UUID personId, String commandId) {
    return personId + "/" + commandId;
  }

  Long seqOf(String key) {
    return seqByCommand.get(key);
  }

  void remember(String key, long seq) {
    seqByCommand.put(key, seq);
  }

  /** Forgets everything, then remembers the commands of the events a room has just loaded. */
  void rememberOnly(List<StoredEvent> events) {
    seqByCommand.clear();
    for (StoredEvent event : events) {
      if (event.commandId() != null) {
        remember(key(event.actor(), event.commandId()), event.seq());
      }
    }
  }
}

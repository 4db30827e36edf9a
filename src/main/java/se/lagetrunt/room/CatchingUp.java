package se.lagetrunt.room;

import se.lagetrunt.protocol.Farewell;
import io.vertx.core.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;
import se.lagetrunt.store.RepeatedFaults;
import se.lagetrunt.store.MeetingLog;
import se.lagetrunt.store.StoredEvent;

/**
 * Connections too far behind for the events a room keeps at hand, whose missed events are being
 * read from the log; they join once those are in. Only the room's context touches it.
 */
final class CatchingUp {
  private static final RepeatedFaults FAULTS = RepeatedFaults.of(Logger.getLogger(CatchingUp.class.getName()));

  private final UUID meetingId;
  private final MeetingLog log;
  private final Set<ClientChannel> reading = new HashSet<>();

  CatchingUp(UUID meetingId, MeetingLog log) {
    this.meetingId = meetingId;
    this.log = log;
  }

  /**
   * Reads the events after {@code afterSeq} up to {@code upToSeq}, then hands them on, on the
   * room's context: all of them, or none if they could not all be read (the client then gets a
   * snapshot) – or null if the connection left meanwhile.
   */
  void read(Context context, ClientChannel channel, long afterSeq, long upToSeq, Consumer<List<StoredEvent>> then) {
    reading.add(channel);
    log.range(meetingId, afterSeq, upToSeq).onComplete(loaded -> context.runOnContext(v -> {
      if (!reading.remove(channel)) {
        then.accept(null);
        return;
      }
      boolean whole = loaded.succeeded() && loaded.result().size() == upToSeq - afterSeq;
      if (!whole) {
        FAULTS.report("could not read missed events of meeting " + meetingId + "; sending a snapshot", loaded.cause());
      }
      then.accept(whole ? loaded.result() : List.of());
    }));
  }

  void forget(ClientChannel channel) {
    reading.remove(channel);
  }

  boolean isEmpty() {
    return reading.isEmpty();
  }

  void closeAll(Farewell farewell) {
    reading.forEach(channel -> channel.close(farewell));
  }
}

package se.lagetrunt.room;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.lagetrunt.protocol.ErrorCode;

/**
 * The commands of a room being committed, by person/command id, with everyone waiting for the
 * one answer – a retry sent while the first is on its way waits for the same answer. A room that
 * stops waits for them to drain. Only the room's context touches it.
 */
final class InFlight {
  private final Map<String, List<Reply>> waiting = new HashMap<>();
  private Promise<Void> drained;

  /** Adds {@code reply} to a command already on its way; false if it is not. */
  boolean join(String key, Reply reply) {
    List<Reply> replies = waiting.get(key);
    if (replies == null) {
      return false;
    }
    replies.add(reply);
    return true;
  }

  /** A command on its way to the log, answered to {@code reply} (none for the room's own events). */
  void start(String key, Reply reply) {
    List<Reply> replies = new ArrayList<>(1);
    if (reply != null) {
      replies.add(reply);
    }
    waiting.put(key, replies);
  }

  void committed(String key, long seq) {
    waiting.remove(key).forEach(reply -> reply.ok(seq));
    settle();
  }

  void failed(String key) {
    waiting.remove(key).forEach(reply -> reply.refused(ErrorCode.UNAVAILABLE));
    settle();
  }

  boolean isEmpty() {
    return waiting.isEmpty();
  }

  /** Completes once nothing is on its way any more. */
  Future<Void> drained() {
    drained = Promise.promise();
    settle();
    return drained.future();
  }

  private void settle() {
    if (drained != null && waiting.isEmpty()) {
      drained.tryComplete();
    }
  }
}

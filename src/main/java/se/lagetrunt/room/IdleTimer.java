package se.lagetrunt.room;

import io.vertx.core.Vertx;

/** One pending timer a room restarts or cancels: how long a room with nobody in it stays loaded. */
final class IdleTimer {
  private final Vertx vertx;
  private final long millis;
  private long timerId = -1;

  IdleTimer(Vertx vertx, long millis) {
    this.vertx = vertx;
    this.millis = millis;
  }

  void restart(Runnable whenIdle) {
    cancel();
    timerId = vertx.setTimer(millis, t -> {
      timerId = -1;
      whenIdle.run();
    });
  }

  void cancel() {
    if (timerId >= 0) {
      vertx.cancelTimer(timerId);
      timerId = -1;
    }
  }
}

package se.lagetrunt.app;

import io.vertx.core.Vertx;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the embedded Postgres running: if it dies under the server (killed, out of memory, a full
 * disk), nothing else would start it again and every meeting would answer "unavailable" until
 * someone restarted the whole server. Every {@link #EVERY_MILLIS} it looks; a dead one is started
 * again on its port, and the pool reconnects by itself. The outage is logged once when it begins
 * and once when it ends, however long it lasts.
 */
final class DatabaseWatchdog {
  static final long EVERY_MILLIS = 1000;
  private static final Logger LOG = Logger.getLogger(DatabaseWatchdog.class.getName());

  private final Vertx vertx;
  private final EmbeddedDatabase database;
  private final AtomicBoolean looking = new AtomicBoolean();
  private long downSinceNanos;
  private int failedRestarts;
  private long timer = -1;

  private DatabaseWatchdog(Vertx vertx, EmbeddedDatabase database) {
    this.vertx = vertx;
    this.database = database;
  }

  static DatabaseWatchdog watch(Vertx vertx, EmbeddedDatabase database) {
    DatabaseWatchdog watchdog = new DatabaseWatchdog(vertx, database);
    watchdog.timer = vertx.setPeriodic(EVERY_MILLIS, id -> watchdog.look());
    return watchdog;
  }

  void stop() {
    vertx.cancelTimer(timer);
  }

  private void look() {
    if (!looking.compareAndSet(false, true)) {
      return; // a restart is still under way
    }
    vertx.executeBlocking(() -> {
      check();
      return null;
    }, false).onComplete(done -> looking.set(false));
  }

  private void check() {
    if (database.running()) {
      return;
    }
    if (downSinceNanos == 0) {
      downSinceNanos = System.nanoTime();
      LOG.warning("The embedded database stopped unexpectedly; starting it again. Meetings answer "
          + "'unavailable' until it runs; nothing acknowledged is lost (its WAL has it).");
    }
    try {
      database.restart();
      LOG.info("The embedded database runs again, after " + (System.nanoTime() - downSinceNanos) / 1_000_000
          + " ms" + (failedRestarts > 0 ? " and " + failedRestarts + " failed tries" : "") + ".");
      downSinceNanos = 0;
      failedRestarts = 0;
    } catch (Exception e) {
      // Its old processes may hold its shared memory for a moment: the next look tries again.
      failedRestarts++;
      LOG.log(failedRestarts == 1 ? Level.WARNING : Level.FINE, "The embedded database did not start yet; trying again", e);
    }
  }
}

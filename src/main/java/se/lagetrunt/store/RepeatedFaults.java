package se.lagetrunt.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A database that is down fails every room and request at once, and again at every retry: logged
 * one by one, a few seconds' outage became a thousand stack traces that buried its one cause. Here
 * the first failure of a kind (the cause's class and message) is logged as a warning with its
 * stack trace; the same kind again within {@link #QUIET_NANOS} is only counted, and the next one
 * after that says how many there were.
 */
public final class RepeatedFaults {
  static final long QUIET_NANOS = 60_000_000_000L;

  private final Logger log;
  private final LongSupplier nanos;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  private static final class Window {
    long startedNanos;
    int suppressed;
  }

  RepeatedFaults(Logger log, LongSupplier nanos) {
    this.log = log;
    this.nanos = nanos;
  }

  /** On the monotonic clock: how long since the last report, not what time it is. */
  public static RepeatedFaults of(Logger log) {
    return new RepeatedFaults(log, System::nanoTime);
  }

  public void report(String what, Throwable cause) {
    String kind = cause == null ? what : cause.getClass().getName() + ": " + cause.getMessage();
    long now = nanos.getAsLong();
    int suppressed;
    synchronized (this) {
      Window window = windows.get(kind);
      if (window != null && now - window.startedNanos < QUIET_NANOS) {
        window.suppressed++;
        log.log(Level.FINE, what, cause);
        return;
      }
      suppressed = window == null ? 0 : window.suppressed;
      if (windows.size() > 1000) {
        windows.clear(); // causes whose messages vary (an id in each) must not grow this forever
      }
      Window fresh = new Window();
      fresh.startedNanos = now;
      windows.put(kind, fresh);
    }
    if (suppressed == 0) {
      log.log(Level.WARNING, what, cause);
    } else {
      log.warning(what + (cause == null ? "" : ": " + cause) + " (and " + suppressed + " more like it in the minute before, logged at FINE)");
    }
  }
}

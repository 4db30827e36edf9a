package se.lagetrunt.auth;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * At most {@code max} uses per key in a fixed window. Keeps one small entry per key seen in the
 * current window and forgets the rest as windows pass, so strangers cannot grow it without bound.
 */
public final class RateLimit {
  private final int max;
  private final long windowNanos;
  private final LongSupplier nanoTime;
  private final Map<String, Window> windows = new HashMap<>();
  private long lastSweep;

  private record Window(long startedAt, int used) {}

  public RateLimit(int max, Duration window, LongSupplier nanoTime) {
    if (max < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a limit needs at least one use per positive window");
    }
    this.max = max;
    this.windowNanos = window.toNanos();
    this.nanoTime = nanoTime;
    this.lastSweep = nanoTime.getAsLong();
  }

  /** Counts one use of the key; empty if allowed, else how long until the key may be used again. */
  public synchronized Optional<Duration> use(String key) {
    long now = nanoTime.getAsLong();
    sweep(now);
    Window window = windows.get(key);
    if (window == null || now - window.startedAt() >= windowNanos) {
      windows.put(key, new Window(now, 1));
      return Optional.empty();
    }
    if (window.used() >= max) {
      return Optional.of(Duration.ofNanos(window.startedAt() + windowNanos - now));
    }
    windows.put(key, new Window(window.startedAt(), window.used() + 1));
    return Optional.empty();
  }

  /** How many keys are remembered (for tests of the forgetting). */
  synchronized int remembered() {
    return windows.size();
  }

  private void sweep(long now) {
    if (now - lastSweep < windowNanos) {
      return;
    }
    lastSweep = now;
    windows.values().removeIf(window -> now - window.startedAt() >= windowNanos);
  }
}

package se.lagetrunt.auth;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@code max} uses per key in a fixed window of the server's clock. Keeps one small entry
 * per key seen in the current window and forgets the rest as windows pass, so strangers cannot
 * grow it without bound.
 */
public final class RateLimit {
  private final int max;
  private final Duration window;
  private final InstantSource clock;
  private final Map<String, Window> windows = new HashMap<>();
  private Instant lastSweep;

  private record Window(Instant startedAt, int used) {}

  public RateLimit(int max, Duration window, InstantSource clock) {
    if (max < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a limit needs at least one use per positive window");
    }
    this.max = max;
    this.window = window;
    this.clock = clock;
    this.lastSweep = clock.instant();
  }

  /** Counts one use of the key; empty if allowed, else how long until the key may be used again. */
  public synchronized Optional<Duration> use(String key) {
    Instant now = clock.instant();
    sweep(now);
    Window current = windows.get(key);
    if (current == null || over(current, now)) {
      windows.put(key, new Window(now, 1));
      return Optional.empty();
    }
    if (current.used() >= max) {
      return Optional.of(Duration.between(now, current.startedAt().plus(window)));
    }
    windows.put(key, new Window(current.startedAt(), current.used() + 1));
    return Optional.empty();
  }

  /** How many keys are remembered (for tests of the forgetting). */
  synchronized int remembered() {
    return windows.size();
  }

  private boolean over(Window used, Instant now) {
    return !now.isBefore(used.startedAt().plus(window));
  }

  private void sweep(Instant now) {
    if (now.isBefore(lastSweep.plus(window))) {
      return;
    }
    lastSweep = now;
    windows.values().removeIf(used -> over(used, now));
  }
}

package se.lagetrunt.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  private long now = 1_000_000_000L;
  private final RateLimit limit = new RateLimit(3, Duration.ofMinutes(15), () -> now);

  @Test
  void allowsUpToTheLimitPerKeyThenSaysWhenToComeBack() {
    for (int i = 0; i < 3; i++) {
      assertEquals(Optional.empty(), limit.use("eva@example.se"));
    }
    now += Duration.ofMinutes(5).toNanos();
    assertEquals(Optional.of(Duration.ofMinutes(10)), limit.use("eva@example.se"));
    assertEquals(Optional.empty(), limit.use("lena@example.se"), "other keys have their own count");

    now += Duration.ofMinutes(10).toNanos();
    assertEquals(Optional.empty(), limit.use("eva@example.se"), "a new window starts afresh");
  }

  @Test
  void forgetsKeysWhoseWindowHasPassed() {
    for (int i = 0; i < 1000; i++) {
      limit.use("stranger" + i + "@example.se");
    }
    assertEquals(1000, limit.remembered());
    now += Duration.ofMinutes(16).toNanos();
    limit.use("eva@example.se");
    assertEquals(1, limit.remembered());
  }

  @Test
  void refusesALimitThatAllowsNothing() {
    assertThrows(IllegalArgumentException.class, () -> new RateLimit(0, Duration.ofMinutes(1), System::nanoTime));
    assertThrows(IllegalArgumentException.class, () -> new RateLimit(1, Duration.ZERO, System::nanoTime));
  }
}

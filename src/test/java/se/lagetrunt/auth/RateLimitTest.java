package se.lagetrunt.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.lagetrunt.testing.TestClock;

class RateLimitTest {
  private final TestClock clock = new TestClock();
  private final RateLimit limit = new RateLimit(3, Duration.ofMinutes(15), clock);

  @Test
  void allowsUpToTheLimitPerKeyThenSaysWhenToComeBack() {
    for (int i = 0; i < 3; i++) {
      assertEquals(Optional.empty(), limit.use("eva@example.se"));
    }
    clock.advance(Duration.ofMinutes(5));
    assertEquals(Optional.of(Duration.ofMinutes(10)), limit.use("eva@example.se"));
    assertEquals(Optional.empty(), limit.use("lena@example.se"), "other keys have their own count");

    clock.advance(Duration.ofMinutes(10));
    assertEquals(Optional.empty(), limit.use("eva@example.se"), "a new window starts afresh");
  }

  @Test
  void forgetsKeysWhoseWindowHasPassed() {
    for (int i = 0; i < 1000; i++) {
      limit.use("stranger" + i + "@example.se");
    }
    assertEquals(1000, limit.remembered());
    clock.advance(Duration.ofMinutes(16));
    limit.use("eva@example.se");
    assertEquals(1, limit.remembered());
  }

  @Test
  void refusesALimitThatAllowsNothing() {
    assertThrows(IllegalArgumentException.class, () -> new RateLimit(0, Duration.ofMinutes(1), clock));
    assertThrows(IllegalArgumentException.class, () -> new RateLimit(1, Duration.ZERO, clock));
  }
}

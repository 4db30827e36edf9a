package se.lagetrunt.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The time a test server runs on. It starts at {@code -Dlagetrunt.testNow=<ISO instant>} (by
 * default the real now, to the second) and stands still until a test moves it, so what a test
 * expects follows from the clock it gave the server, never from the machine's date, and nothing
 * needs to sleep for time to pass.
 */
public final class TestClock extends Clock {
  public static final String PROPERTY = "lagetrunt.testNow";
  /** Where every test clock starts. */
  public static final Instant START = start(System.getProperty(PROPERTY));
  /** Where the people in our tests live; dates typed into pages are theirs. */
  public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public TestClock() {
    this(new AtomicReference<>(START), ZoneOffset.UTC);
  }

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  static Instant start(String setting) {
    if (setting == null || setting.isBlank()) {
      return Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS); // the default: the real now
    }
    try {
      return Instant.parse(setting.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(PROPERTY + " must be an ISO instant such as 2031-06-01T09:00:00Z, not " + setting, e);
    }
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  /** Lets {@code time} pass, as if the test had waited that long. */
  public Instant advance(Duration time) {
    if (time.isNegative()) {
      throw new IllegalArgumentException("time does not run backwards: " + time);
    }
    return now.updateAndGet(current -> current.plus(time));
  }

  /** The date in Sweden right now, as a person there would type it. */
  public LocalDate todayInSweden() {
    return inSweden().toLocalDate();
  }

  public ZonedDateTime inSweden() {
    return instant().atZone(SWEDEN);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** The same clock seen from another zone: moving one moves both. */
  @Override
  public Clock withZone(ZoneId other) {
    return new TestClock(now, other);
  }

  @Override
  public String toString() {
    return "TestClock[" + instant() + "]";
  }
}

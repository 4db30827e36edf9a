package se.lagetrunt.app;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import se.lagetrunt.room.RoomDirectory;
import se.lagetrunt.store.Retention;

/**
 * Runs the retention purge a minute after start and then every six hours, by the server's clock:
 * what has outlived {@code operations.linkRetentionDays} or {@code meetingRetentionYears} goes, and
 * minutes submitted more than {@code typedMinutesMonths} ago keep only their final text.
 * Logged only when something went.
 */
final class RetentionJob {
  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
  private static final long FIRST_MILLIS = 60_000;
  private static final long EVERY_MILLIS = 6 * 3600_000L;
  /** "For ever": before anything this server can have stored. */
  private static final Instant NEVER = Instant.parse("2000-01-01T00:00:00Z");

  private final Vertx vertx;
  private final Retention retention;
  private final RoomDirectory rooms;
  private final Clock clock;
  private final AppConfig.Operations limits;
  private long timer = -1;

  RetentionJob(Vertx vertx, Retention retention, RoomDirectory rooms, Clock clock, AppConfig.Operations limits) {
    this.vertx = vertx;
    this.retention = retention;
    this.rooms = rooms;
    this.clock = clock;
    this.limits = limits;
  }

  void start() {
    timer = vertx.setTimer(FIRST_MILLIS, first -> {
      runOnce();
      timer = vertx.setPeriodic(EVERY_MILLIS, every -> runOnce());
    });
  }

  void stop() {
    vertx.cancelTimer(timer);
  }

  Future<Retention.Purged> runOnce() {
    Instant now = clock.instant();
    Instant links = limits.linkRetentionDays() <= 0 ? NEVER : now.minus(Duration.ofDays(limits.linkRetentionDays()));
    Instant meetings = limits.meetingRetentionYears() <= 0 ? NEVER
        : now.atOffset(ZoneOffset.UTC).minusYears(limits.meetingRetentionYears()).toInstant();
    Instant typed = limits.typedMinutesMonths() <= 0 ? NEVER
        : now.atOffset(ZoneOffset.UTC).minusMonths(limits.typedMinutesMonths()).toInstant();
    return retention.purge(links, meetings, typed)
        // A live room still holds the updates it has at hand: it reads its meeting anew.
        .compose(purged -> Future.join(purged.compacted().stream().map(rooms::reload).toList()).map(purged))
        .onSuccess(purged -> {
          if (purged.any()) {
            LOG.info("Retention: deleted " + purged.signIns() + " ended sign-ins, " + purged.links() + " dead links and "
                + purged.meetings() + " meetings older than the limits; " + purged.compactedMinutes()
                + " submitted minutes forgot how they were typed");
          }
        })
        .onFailure(error -> LOG.warning("Retention could not run this time (it tries again): " + error));
  }
}

package se.lagetrunt.auth;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import se.lagetrunt.store.SessionStore;

/**
 * Signed-in devices. A personal link, once used, opens one; its id travels in the session token,
 * and every REST call and socket hello checks here that it is still open – so signing out, a link
 * replaced or revoked, or a person removed ends the session at once, not when its token expires.
 *
 * <p>Sessions slide: each use (at most once an hour, to spare the database a write per call)
 * moves the expiry {@code idle} further on, so someone who comes every three weeks stays signed in
 * for the whole term. A check is remembered for a few seconds, so a page's burst of calls costs
 * one query; a session ended through this server is forgotten at once.
 */
public final class DeviceSessions {
  static final Duration REMEMBER = Duration.ofSeconds(5);
  static final Duration RENEW_AFTER = Duration.ofHours(1);
  private static final int MAX_DEVICE_LENGTH = 200;

  private final SessionStore store;
  private final Duration idle;
  private final Clock clock;
  private final Map<UUID, Checked> recent = new ConcurrentHashMap<>();

  private record Checked(UUID personId, Instant until) {}

  public DeviceSessions(SessionStore store, Duration idle, Clock clock) {
    this.store = store;
    this.idle = idle;
    this.clock = clock;
  }

  /** Opens a session for the person on a device (its own words for itself, e.g. a User-Agent). */
  public Future<UUID> open(UUID personId, byte[] linkHash, String device) {
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    String said = device == null ? "" : device.length() > MAX_DEVICE_LENGTH ? device.substring(0, MAX_DEVICE_LENGTH) : device;
    return store.open(id, personId, linkHash, said, now, now.plus(idle)).map(v -> id);
  }

  /** Completes if the session is open and the person's; fails with a SecurityException otherwise. */
  public Future<Void> check(UUID sessionId, UUID personId) {
    Instant now = clock.instant();
    Checked known = recent.get(sessionId);
    if (known != null && now.isBefore(known.until())) {
      return mine(known.personId(), personId);
    }
    return store.use(sessionId, now, now.minus(RENEW_AFTER), now.plus(idle)).compose(found -> {
      if (found.isEmpty()) {
        recent.remove(sessionId);
        return Future.failedFuture(new SecurityException("the session has ended"));
      }
      recent.put(sessionId, new Checked(found.get(), now.plus(REMEMBER)));
      return mine(found.get(), personId);
    });
  }

  /** Ends one of the person's sessions; whether it was open. */
  public Future<Boolean> end(UUID personId, UUID sessionId, String why) {
    recent.remove(sessionId);
    return store.end(personId, sessionId, why, clock.instant());
  }

  /** Ends every session of the person; the ones that were open. */
  public Future<List<UUID>> endAll(UUID personId, String why) {
    recent.values().removeIf(checked -> checked.personId().equals(personId));
    return store.endAll(personId, why, clock.instant()).onSuccess(ended -> ended.forEach(recent::remove));
  }

  /** The person's open sessions, the most recently used first. */
  public Future<List<SessionStore.DeviceSession>> openOf(UUID personId) {
    return store.open(personId, clock.instant());
  }

  private static Future<Void> mine(UUID owner, UUID personId) {
    return owner.equals(personId) ? Future.succeededFuture()
        : Future.failedFuture(new SecurityException("the session is another person's"));
  }
}

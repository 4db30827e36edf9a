package se.lagetrunt.auth;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import se.lagetrunt.store.LoginLinkStore;

/**
 * Personal links that sign a person in without a password. The link holds 256 random bits; the
 * database keeps only their SHA-256, so the link is the only key.
 */
public final class LoginLinks {
  private final LoginLinkStore store;
  private final String publicUrl;
  private final Duration lifetime;
  private final Clock clock;

  public LoginLinks(LoginLinkStore store, String publicUrl, Duration lifetime, Clock clock) {
    this.store = store;
    this.publicUrl = publicUrl;
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /** A link that signed someone in: whose it is, and which link (by its hash) it was. */
  public record Redeemed(UUID personId, byte[] linkHash) {}

  /** A new link the server makes for the person itself (the first enabler's, one asked for by e-mail). */
  public Future<String> create(UUID personId) {
    return create(personId, null);
  }

  /**
   * A new link for the person, made at the request of {@code createdBy} (recorded, and shown to
   * the person with their sign-ins). The secret is in the fragment so it never reaches server logs.
   */
  public Future<String> create(UUID personId, UUID createdBy) {
    String token = Secrets.newToken();
    Instant now = clock.instant();
    // Zero: the link works until it is replaced or revoked, as long as the person's place does.
    return store.create(Secrets.hash(token), personId, createdBy, now, lifetime.isZero() ? null : now.plus(lifetime))
        .map(ignored -> publicUrl + "/login.html#" + token);
  }

  /** A new link that replaces every earlier one: links that were sent before stop working. */
  public Future<String> replace(UUID personId, UUID createdBy) {
    return revokeAll(personId).compose(v -> create(personId, createdBy));
  }

  public Future<Void> revokeAll(UUID personId) {
    return store.revokeAll(personId, clock.instant());
  }

  public Future<Optional<Redeemed>> redeem(String token) {
    if (token == null || !Secrets.TOKEN.matcher(token).matches()) {
      return Future.succeededFuture(Optional.empty());
    }
    byte[] linkHash = Secrets.hash(token);
    return store.redeem(linkHash, clock.instant()).map(found -> found.map(person -> new Redeemed(person, linkHash)));
  }
}

package se.lagetrunt.auth;

import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import se.lagetrunt.store.LoginLinkStore;

/**
 * Personal links that sign a person in without a password. The link holds 256 random bits; the
 * database keeps only their SHA-256, so the link is the only key.
 */
public final class LoginLinks {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private final SecureRandom random = new SecureRandom();
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

  /** A new link for the person; the secret is in the fragment so it never reaches server logs. */
  public Future<String> create(UUID personId) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    return store.create(hash(token), personId, clock.instant().plus(lifetime)).map(ignored -> publicUrl + "/login.html#" + token);
  }

  /** A new link that replaces every earlier one: links that were sent before stop working. */
  public Future<String> replace(UUID personId) {
    return revokeAll(personId).compose(v -> create(personId));
  }

  public Future<Void> revokeAll(UUID personId) {
    return store.revokeAll(personId, clock.instant());
  }

  public Future<Optional<UUID>> redeem(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Future.succeededFuture(Optional.empty());
    }
    return store.redeem(hash(token), clock.instant());
  }

  private static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}

package se.lagetrunt.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Session tokens: a signed JWT that says which person a device belongs to and which of their
 * device sessions it is ({@code sid}; see {@link DeviceSessions}, which says whether it is still
 * open). The token carries no permissions; what a person may do is looked up per meeting, so
 * removing someone takes effect at once. Signature, expiry, issuer and audience are all checked.
 *
 * <p>Issue and expiry times come from the server's clock, and expiry is checked against it here
 * (the JWT library would read the machine's clock instead), so a session lasts exactly as long
 * as the server's time says.
 */
public final class TokenService {
  public static final String ISSUER = "laget-runt";
  public static final String AUDIENCE = "laget-runt-session";
  private static final String ALGORITHM = "HS256";
  /** Seconds of difference between clocks forgiven, for tokens made by another node. */
  private static final long LEEWAY_SECONDS = 5;

  private final JWTAuth jwt;
  private final long lifetimeSeconds;
  private final Clock clock;

  public TokenService(Vertx vertx, String signingKey, long lifetimeSeconds, Clock clock) {
    if (signingKey == null || signingKey.length() < 32) {
      throw new IllegalArgumentException("the JWT signing key must be at least 32 characters");
    }
    this.lifetimeSeconds = lifetimeSeconds;
    this.clock = clock;
    this.jwt = JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm(ALGORITHM).setBuffer(signingKey))
        .setJWTOptions(new JWTOptions()
            .setAlgorithm(ALGORITHM)
            .setIssuer(ISSUER)
            .setAudience(List.of(AUDIENCE))
            .setIgnoreExpiration(true)));
  }

  /** What a verified token says: whose it is, and which device session. */
  public record Verified(UUID personId, UUID sessionId) {}

  public String issue(UUID personId, UUID sessionId) {
    long now = clock.instant().getEpochSecond();
    return jwt.generateToken(
        new JsonObject().put("sub", personId.toString()).put("sid", sessionId.toString())
            .put("iat", now).put("exp", now + lifetimeSeconds),
        new JWTOptions()
            .setAlgorithm(ALGORITHM)
            .setIssuer(ISSUER)
            .setAudience(List.of(AUDIENCE))
            .setNoTimestamp(true));
  }

  /** The person and session the token was issued for; fails for forged, unsigned, expired or foreign tokens. */
  public Future<Verified> verify(String token) {
    Future<io.vertx.ext.auth.User> authenticated;
    try {
      authenticated = jwt.authenticate(new TokenCredentials(token));
    } catch (RuntimeException e) {
      // A claim of the wrong kind (an expiry that is text) throws inside the library: still just a bad token.
      return Future.failedFuture(new SecurityException("malformed token", e));
    }
    return authenticated.compose(user -> {
      // The decoded, already verified claims; the principal only holds the raw token.
      JsonObject claims = user.attributes().getJsonObject("accessToken", new JsonObject());
      if (!ISSUER.equals(claims.getString("iss")) || !(claims.getValue("exp") instanceof Number expiry)) {
        return Future.failedFuture(new SecurityException("token without issuer or expiry"));
      }
      long now = clock.instant().getEpochSecond();
      if (now - LEEWAY_SECONDS >= expiry.longValue()) {
        return Future.failedFuture(new SecurityException("token expired"));
      }
      if (claims.getValue("iat") instanceof Number issued && issued.longValue() > now + LEEWAY_SECONDS) {
        return Future.failedFuture(new SecurityException("token issued in the future"));
      }
      try {
        return Future.succeededFuture(new Verified(UUID.fromString(String.valueOf(claims.getValue("sub"))),
            UUID.fromString(String.valueOf(claims.getValue("sid")))));
      } catch (IllegalArgumentException e) {
        return Future.failedFuture(new SecurityException("token without a person and session id"));
      }
    });
  }
}

package se.lagetrunt.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.util.List;
import java.util.UUID;

/**
 * Session tokens: a signed JWT that says which person a device belongs to. The token carries no
 * permissions; what a person may do is looked up per meeting, so removing someone takes effect at
 * once. Signature, expiry, issuer and audience are all checked.
 */
public final class TokenService {
  public static final String ISSUER = "laget-runt";
  public static final String AUDIENCE = "laget-runt-session";
  private static final String ALGORITHM = "HS256";

  private final JWTAuth jwt;
  private final long lifetimeSeconds;

  public TokenService(Vertx vertx, String signingKey, long lifetimeSeconds) {
    if (signingKey == null || signingKey.length() < 32) {
      throw new IllegalArgumentException("the JWT signing key must be at least 32 characters");
    }
    this.lifetimeSeconds = lifetimeSeconds;
    this.jwt = JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm(ALGORITHM).setBuffer(signingKey))
        .setJWTOptions(new JWTOptions()
            .setAlgorithm(ALGORITHM)
            .setIssuer(ISSUER)
            .setAudience(List.of(AUDIENCE))
            .setLeeway(5)));
  }

  public String issue(UUID personId) {
    return jwt.generateToken(
        new JsonObject().put("sub", personId.toString()),
        new JWTOptions()
            .setAlgorithm(ALGORITHM)
            .setIssuer(ISSUER)
            .setAudience(List.of(AUDIENCE))
            .setExpiresInSeconds((int) Math.min(Integer.MAX_VALUE, lifetimeSeconds)));
  }

  /** The person the token was issued to; fails for forged, unsigned, expired or foreign tokens. */
  public Future<UUID> verify(String token) {
    return jwt.authenticate(new TokenCredentials(token)).compose(user -> {
      // The decoded, already verified claims; the principal only holds the raw token.
      JsonObject claims = user.attributes().getJsonObject("accessToken", new JsonObject());
      if (!ISSUER.equals(claims.getString("iss")) || claims.getValue("exp") == null) {
        return Future.failedFuture(new SecurityException("token without issuer or expiry"));
      }
      try {
        return Future.succeededFuture(UUID.fromString(claims.getString("sub", "")));
      } catch (IllegalArgumentException e) {
        return Future.failedFuture(new SecurityException("token subject is not a person id"));
      }
    });
  }
}

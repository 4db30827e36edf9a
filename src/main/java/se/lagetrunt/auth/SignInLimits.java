package se.lagetrunt.auth;

import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.time.InstantSource;

/**
 * How often sign-in links may be asked for by e-mail: a few per address, so nobody can fill an
 * inbox with them, and a few per client, so nobody can make the server a mail cannon with many
 * addresses – without a ceiling for the whole server, which made-up addresses could use up to
 * lock the real people out. Counted in Postgres: they hold across a cluster's nodes.
 */
public record SignInLimits(RateLimit perAddress, RateLimit perClient) {
  public static SignInLimits in(Pool pool, InstantSource clock) {
    return new SignInLimits(new RateLimit(pool, "sign-in-links-per-address", 3, Duration.ofMinutes(15), clock),
        new RateLimit(pool, "sign-in-links-per-client", 10, Duration.ofMinutes(15), clock));
  }
}

package se.lagetrunt.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import se.lagetrunt.testing.JwtForge;
import se.lagetrunt.testing.TestClock;
import se.lagetrunt.testing.TestServer;

class TokenServiceTest {
  private static final Vertx VERTX = Vertx.vertx();
  private static final String SECRET = "a-real-signing-key-of-more-than-32-characters";
  private final TestClock clock = new TestClock();
  private final TokenService tokens = new TokenService(VERTX, SECRET, 3600, clock);
  private final UUID person = UUID.randomUUID();
  private final UUID session = UUID.randomUUID();
  private final Instant inAnHour = clock.instant().plus(Duration.ofHours(1));

  @AfterAll
  static void close() {
    VERTX.close();
  }

  @Test
  void anIssuedTokenNamesItsPerson() {
    TokenService.Verified verified = TestServer.await(tokens.verify(tokens.issue(person, session)));
    assertEquals(person, verified.personId());
    assertEquals(session, verified.sessionId(), "and which device session it is");
  }

  @Test
  void aSessionLastsItsLifetimeByTheServersClock() {
    String token = tokens.issue(person, session);
    clock.advance(Duration.ofMinutes(59));
    assertEquals(person, TestServer.await(tokens.verify(token)).personId(), "still within the hour");
    clock.advance(Duration.ofMinutes(2));
    assertThrows(IllegalStateException.class, () -> TestServer.await(tokens.verify(token)), "an hour and a minute on");
  }

  @Test
  void theMachinesDateIsNeverAsked() {
    // Years before and after any machine this runs on: only the service's clock can make these pass.
    for (String year : new String[] {"2001-03-04T05:06:07Z", "2099-12-31T23:30:00Z"}) {
      Clock then = Clock.fixed(Instant.parse(year), ZoneOffset.UTC);
      TokenService service = new TokenService(VERTX, SECRET, 3600, then);
      assertEquals(person, TestServer.await(service.verify(service.issue(person, session))).personId(), year);
      assertThrows(IllegalStateException.class, () -> TestServer.await(tokens.verify(service.issue(person, session))),
          "a token from " + year + " is expired, or from the future, on today's clock");
    }
  }

  @Test
  void aHandSignedTokenWithTheRightKeyAndClaimsIsAccepted() {
    String token = JwtForge.hs256(SECRET, JwtForge.claims(person.toString(), clock.instant(), inAnHour, "laget-runt", "laget-runt-session"));
    assertEquals(person, TestServer.await(tokens.verify(token)).personId());
  }

  @Test
  void expiredForgedUnsignedSessionlessAndForeignTokensAreRefused() {
    String expired = JwtForge.hs256(SECRET, JwtForge.claims(person.toString(), clock.instant(),
        clock.instant().minusSeconds(60), "laget-runt", "laget-runt-session"));
    String forged = JwtForge.hs256("another-key-that-is-also-long-enough-to-use",
        JwtForge.claims(person.toString(), clock.instant(), inAnHour, "laget-runt", "laget-runt-session"));
    String unsigned = JwtForge.unsigned(JwtForge.claims(person.toString(), clock.instant(), inAnHour, "laget-runt", "laget-runt-session"));
    String otherIssuer = JwtForge.hs256(SECRET, JwtForge.claims(person.toString(), clock.instant(), inAnHour, "someone-else", "laget-runt-session"));
    String otherAudience = JwtForge.hs256(SECRET, JwtForge.claims(person.toString(), clock.instant(), inAnHour, "laget-runt", "another-app"));
    String noExpiry = JwtForge.hs256(SECRET,
        "{\"sub\":\"" + person + "\",\"sid\":\"" + session + "\",\"iss\":\"laget-runt\",\"aud\":\"laget-runt-session\"}");
    String noSession = JwtForge.hs256(SECRET, "{\"sub\":\"" + person + "\",\"exp\":" + inAnHour.getEpochSecond()
        + ",\"iss\":\"laget-runt\",\"aud\":\"laget-runt-session\"}");
    for (String token : new String[] {expired, forged, unsigned, otherIssuer, otherAudience, noExpiry, noSession, "garbage"}) {
      assertThrows(IllegalStateException.class, () -> TestServer.await(tokens.verify(token)), token);
    }
  }

  @Test
  void aShortKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new TokenService(VERTX, "short", 60, clock));
  }
}

package se.lagetrunt.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.Vertx;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import se.lagetrunt.testing.JwtForge;
import se.lagetrunt.testing.TestServer;

class TokenServiceTest {
  private static final Vertx VERTX = Vertx.vertx();
  private static final String SECRET = "a-real-signing-key-of-more-than-32-characters";
  private final TokenService tokens = new TokenService(VERTX, SECRET, 3600);
  private final UUID person = UUID.randomUUID();
  private final long inAnHour = System.currentTimeMillis() / 1000 + 3600;

  @AfterAll
  static void close() {
    VERTX.close();
  }

  @Test
  void anIssuedTokenNamesItsPerson() {
    assertEquals(person, TestServer.await(tokens.verify(tokens.issue(person))));
  }

  @Test
  void aHandSignedTokenWithTheRightKeyAndClaimsIsAccepted() {
    String token = JwtForge.hs256(SECRET, JwtForge.claims(person.toString(), inAnHour, "laget-runt", "laget-runt-session"));
    assertEquals(person, TestServer.await(tokens.verify(token)));
  }

  @Test
  void expiredForgedUnsignedAndForeignTokensAreRefused() {
    String expired = JwtForge.hs256(SECRET,
        JwtForge.claims(person.toString(), System.currentTimeMillis() / 1000 - 60, "laget-runt", "laget-runt-session"));
    String forged = JwtForge.hs256("another-key-that-is-also-long-enough-to-use",
        JwtForge.claims(person.toString(), inAnHour, "laget-runt", "laget-runt-session"));
    String unsigned = JwtForge.unsigned(JwtForge.claims(person.toString(), inAnHour, "laget-runt", "laget-runt-session"));
    String otherIssuer = JwtForge.hs256(SECRET, JwtForge.claims(person.toString(), inAnHour, "someone-else", "laget-runt-session"));
    String otherAudience = JwtForge.hs256(SECRET, JwtForge.claims(person.toString(), inAnHour, "laget-runt", "another-app"));
    String noExpiry = JwtForge.hs256(SECRET,
        "{\"sub\":\"" + person + "\",\"iss\":\"laget-runt\",\"aud\":\"laget-runt-session\"}");
    for (String token : new String[] {expired, forged, unsigned, otherIssuer, otherAudience, noExpiry, "garbage"}) {
      assertThrows(IllegalStateException.class, () -> TestServer.await(tokens.verify(token)), token);
    }
  }

  @Test
  void aShortKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new TokenService(VERTX, "short", 60));
  }
}

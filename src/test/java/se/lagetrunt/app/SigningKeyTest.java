package se.lagetrunt.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.lagetrunt.protocol.Json;

/**
 * A signing key copied from an example is no key: anyone who read the example could forge a
 * session as the enabler. The server refuses to start with one, with a short one, or with one of
 * too few different characters, and says how to make a good one.
 */
class SigningKeyTest {
  private static AppConfig withSecret(String secret) throws Exception {
    return AppConfig.from(Json.object(), Map.of("JWT_SECRET", secret))
        .onThisMachine(0, "postgresql://localhost/none", Files.createTempDirectory("laget-key"));
  }

  @Test
  void theComposeFilesOldPlaceholderAndOtherWeakKeysAreRefusedAtStart() throws Exception {
    for (String weak : new String[] {"change-me-to-at-least-32-random-characters", "replace-with-your-own-long-random-value!",
        "my-jwt-secret-for-laget-runt-production", "a".repeat(64), "abcabcabcabcabcabcabcabcabcabcabcabc", "kort"}) {
      IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SigningKey.resolve(withSecret(weak), false), weak);
      assertTrue(refused.getMessage().startsWith("JWT_SECRET is not safe to sign with: "), refused.getMessage());
      assertTrue(refused.getMessage().contains("openssl rand -base64 48"), "says how to make a good one");
    }
    assertEquals(Optional.of("it looks like a placeholder (it contains \"change\")"),
        SigningKey.weakness("change-me-to-at-least-32-random-characters"));
  }

  @Test
  void aRandomKeyIsTaken() throws Exception {
    String base64 = "q3T0vYk9mR2xW8bLc5ZpHn1uJd7eGfA4sK6iOaNwPzE=";
    String hex = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    assertEquals(base64, SigningKey.resolve(withSecret(base64), false));
    assertEquals(hex, SigningKey.resolve(withSecret(hex), false));
  }
}

package se.lagetrunt.app;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The key that signs session tokens. A configured key always wins – if it is strong: a
 * placeholder copied from an example (anyone who has read the example can sign in as anyone) or a
 * short or repetitive one is refused at start. Only the embedded default may make one up, and it
 * keeps it in the data folder so sign-ins survive a restart; a server on an external database
 * without a key refuses to start rather than sign with something guessable.
 */
final class SigningKey {
  static final int MIN_LENGTH = 32;
  /** A random key of 32 characters has far more different characters than this (hex: about 14). */
  static final int MIN_DIFFERENT_CHARACTERS = 10;
  /** Words that mark a value copied from an example or a template rather than made up at random. */
  private static final List<String> PLACEHOLDER_WORDS = List.of("change", "replace", "placeholder", "example", "your",
      "secret", "password", "default", "insecure", "dummy", "sample");

  private SigningKey() {}

  static String resolve(AppConfig config, boolean embedded) throws IOException {
    if (config.jwtSecret() != null) {
      weakness(config.jwtSecret()).ifPresent(why -> {
        throw new IllegalStateException("JWT_SECRET is not safe to sign with: " + why
            + ". Make one at random, e.g. `openssl rand -base64 48`.");
      });
      return config.jwtSecret();
    }
    if (!embedded) {
      throw new IllegalStateException(
          "JWT_SECRET is required when DATABASE_URL is set (at least 32 random characters, e.g. `openssl rand -base64 48`).");
    }
    return KeptSecret.readOrCreate(config.dataDir().resolve("jwt-secret"));
  }

  /** Why a key is not safe to sign with, or empty when it looks random enough. */
  static Optional<String> weakness(String key) {
    if (key.length() < MIN_LENGTH) {
      return Optional.of("it is shorter than " + MIN_LENGTH + " characters");
    }
    String lower = key.toLowerCase(Locale.ROOT);
    for (String word : PLACEHOLDER_WORDS) {
      if (lower.contains(word)) {
        return Optional.of("it looks like a placeholder (it contains \"" + word + "\")");
      }
    }
    if (key.chars().distinct().count() < MIN_DIFFERENT_CHARACTERS) {
      return Optional.of("it has fewer than " + MIN_DIFFERENT_CHARACTERS + " different characters");
    }
    return Optional.empty();
  }
}

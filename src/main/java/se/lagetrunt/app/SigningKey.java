package se.lagetrunt.app;

import java.io.IOException;

/**
 * The key that signs session tokens. A configured key always wins. Only the embedded default may
 * make one up, and it keeps it in the data folder so sign-ins survive a restart; a server on an
 * external database without a key refuses to start rather than sign with something guessable.
 */
final class SigningKey {
  private SigningKey() {}

  static String resolve(AppConfig config, boolean embedded) throws IOException {
    if (config.jwtSecret() != null) {
      if (config.jwtSecret().length() < 32) {
        throw new IllegalStateException("JWT_SECRET must be at least 32 characters.");
      }
      return config.jwtSecret();
    }
    if (!embedded) {
      throw new IllegalStateException(
          "JWT_SECRET is required when DATABASE_URL is set (at least 32 random characters).");
    }
    return KeptSecret.readOrCreate(config.dataDir().resolve("jwt-secret"));
  }
}

package se.lagetrunt.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

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
    Path file = config.dataDir().resolve("jwt-secret");
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
    byte[] random = new byte[48];
    new SecureRandom().nextBytes(random);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Files.createDirectories(config.dataDir());
    Files.writeString(file, secret, StandardCharsets.US_ASCII);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Not a POSIX file system: the folder's own permissions protect the key.
    }
    return secret;
  }
}

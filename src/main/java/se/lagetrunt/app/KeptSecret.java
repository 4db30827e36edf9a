package se.lagetrunt.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random secret the embedded default makes up once and keeps in a file of the data folder that
 * only its owner may read (the token signing key, the database's passwords).
 */
final class KeptSecret {
  private static final SecureRandom RANDOM = new SecureRandom();

  private KeptSecret() {}

  static String readOrCreate(Path file) throws IOException {
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
    byte[] random = new byte[48];
    RANDOM.nextBytes(random);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Files.createDirectories(file.getParent());
    Files.writeString(file, secret, StandardCharsets.US_ASCII);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Not a POSIX file system: the folder's own permissions protect the secret.
    }
    return secret;
  }
}

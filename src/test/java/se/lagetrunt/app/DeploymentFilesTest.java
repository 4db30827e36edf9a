package se.lagetrunt.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so the deployment files are kept right by reading them: compose
 * requires the secrets instead of carrying a default anyone can read, the data folder (with the
 * embedded database and its signing key) never goes into a build context and is a volume, the
 * heap follows the container's memory, and both services come back after a reboot.
 */
class DeploymentFilesTest {
  @Test
  void composeRequiresItsSecretsAndHardCodesNone() throws Exception {
    String compose = Files.readString(Path.of("config/compose.yaml"));
    assertTrue(compose.contains("JWT_SECRET: ${JWT_SECRET:?"), "JWT_SECRET is required, with no default");
    assertTrue(compose.contains("POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?"), "the database password is required");
    assertFalse(compose.contains("change-me"), "no placeholder secret");
    assertFalse(compose.contains("lagetrunt:lagetrunt@"), "no hard-coded database password");
    assertTrue(compose.split("restart: unless-stopped", -1).length - 1 == 2, "both services restart");
  }

  @Test
  void theImageKeepsItsDataAndSizesItsHeap() throws Exception {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    assertTrue(dockerfile.contains("VOLUME /app/data"));
    assertTrue(dockerfile.contains("-XX:MaxRAMPercentage="));
    String ignored = Files.readString(Path.of(".dockerignore"));
    assertTrue(ignored.lines().anyMatch(line -> line.strip().equals("data/")), "a local data folder stays out of the build");
    assertTrue(ignored.lines().anyMatch(line -> line.strip().equals("target/")));
  }
}

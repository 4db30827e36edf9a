package se.lagetrunt.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.TestServer;

/**
 * The container's health check is the jar itself ({@code health}): it needs no shell – the image
 * runs its checks under dash, where bash's /dev/tcp does not exist – and no fixed port. The very
 * command the Dockerfile names is run here as a process, against a running server and a dead port.
 */
class HealthCheckTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  /** The Dockerfile's HEALTHCHECK command, with the image's jar swapped for this build's classes. */
  private static List<String> dockerfileCommand() throws IOException {
    String dockerfile = Files.readString(Path.of("Dockerfile")).replace("\\\n", " ");
    Matcher check = Pattern.compile("(?m)^HEALTHCHECK .*CMD \\[(.*)\\]$").matcher(dockerfile);
    assertTrue(check.find(), "the Dockerfile has an exec-form HEALTHCHECK");
    List<String> command = new ArrayList<>();
    for (String part : check.group(1).split(",")) {
      command.add(part.strip().replaceAll("^\"|\"$", ""));
    }
    int jar = command.indexOf("-jar");
    assertEquals("/app/laget-runt.jar", command.get(jar + 1));
    command.set(jar, "-cp");
    command.set(jar + 1, System.getProperty("java.class.path"));
    command.add(jar + 2, Main.class.getName());
    command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
    return command;
  }

  private static int runWithPort(int port) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(dockerfileCommand()).redirectErrorStream(true);
    builder.environment().put("PORT", String.valueOf(port));
    builder.environment().put("LAGET_RUNT_CONFIG", "config/laget-runt.json");
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the check ends by itself");
    return process.exitValue();
  }

  @Test
  void theImagesCheckAsksTheServerOnItsConfiguredPort() throws Exception {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    assertFalse(dockerfile.contains("/dev/tcp"), "bash only: the image's sh is dash");
    assertEquals(0, runWithPort(server.port()), "a running server is healthy");
    int nobody;
    try (ServerSocket free = new ServerSocket(0)) {
      nobody = free.getLocalPort();
    }
    assertEquals(1, runWithPort(nobody), "nothing listening is unhealthy");
  }

  @Test
  void aServerThatSaysDownIsUnhealthy() throws Exception {
    com.sun.net.httpserver.HttpServer down = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    down.createContext("/health/ready", exchange -> {
      byte[] body = "{\"status\":\"DOWN\",\"outcome\":\"DOWN\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(503, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    down.start();
    try {
      AppConfig config = AppConfig.from(se.lagetrunt.protocol.Json.object(),
          java.util.Map.of("PORT", String.valueOf(down.getAddress().getPort())));
      assertEquals(1, HealthCheck.run(config, Duration.ofSeconds(4)));
    } finally {
      down.stop(0);
    }
  }
}

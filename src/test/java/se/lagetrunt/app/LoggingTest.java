package se.lagetrunt.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.testing.LogWatch;
import se.lagetrunt.testing.ServerProcess;
import se.lagetrunt.testing.TestPostgres;
import se.lagetrunt.testing.TestServer;

/**
 * The server's log as an operator reads it, from a real process: one format for everything
 * (ours, Vert.x's, Flyway's), JSON lines on request, the settings in effect and an access log –
 * and no secret in any of it, not even in a request's path or query.
 */
class LoggingTest {
  private static final String DB_PASSWORD = "db-pass-4711-zq";
  private static final String SMTP_PASSWORD = "smtp-pass-0815-xk";
  private static final String TURN_SECRET = "turn-secret-2342-vw";
  private static final String LINK_LIKE_SEGMENT = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0";

  private static Map<String, String> environment(String format) {
    String database = TestPostgres.newDatabase().replace("postgres:postgres@", "postgres:" + DB_PASSWORD + "@");
    return Map.of("LOG_FORMAT", format, "DATABASE_URL", database, "JWT_SECRET", TestServer.SECRET,
        "SMTP_HOST", "127.0.0.1", "SMTP_PASSWORD", SMTP_PASSWORD, "SMTP_USER", "laget",
        "TURN_URLS", "turn:turn.example.se:3478", "TURN_SECRET", TURN_SECRET, "DRAIN_SECONDS", "0");
  }

  /** Starts a server, makes a few requests as a visitor would, stops it, and returns all it wrote. */
  private static List<String> aShortRun(String format) throws Exception {
    try (ServerProcess server = ServerProcess.start(environment(format))) {
      HttpClient http = HttpClient.newHttpClient();
      for (String path : List.of("/api/settings", "/api/meetings/" + LINK_LIKE_SEGMENT + "/minutes.pdf?token=query-secret-77")) {
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.discarding());
      }
      server.process().toHandle().destroy();
      assertTrue(server.process().waitFor(60, TimeUnit.SECONDS));
      return server.output();
    }
  }

  private static void assertNoSecret(String all) {
    for (String secret : List.of(DB_PASSWORD, SMTP_PASSWORD, TURN_SECRET, TestServer.SECRET, LINK_LIKE_SEGMENT, "query-secret-77")) {
      assertFalse(all.contains(secret), "a secret in the log: " + secret);
    }
  }

  @Test
  void jsonLinesEachParseAndSayWhatRunsWithoutASecret() throws Exception {
    List<String> lines = aShortRun("json");
    List<JsonNode> records = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        JsonNode record = Json.MAPPER.readTree(line); // throws if any line is not JSON
        assertTrue(record.has("timestamp") && record.has("level") && record.has("loggerName") && record.has("message"), line);
        records.add(record);
      }
    }
    String messages = String.join("\n", records.stream().map(record -> record.path("message").asText()).toList());
    assertTrue(messages.contains("Settings in effect:"), messages);
    assertTrue(messages.contains("database postgresql://postgres:***@localhost:"), messages);
    assertTrue(messages.contains("mail 127.0.0.1:587 as laget (password set)"), messages);
    assertTrue(messages.contains("(secret set)"), messages);
    assertTrue(messages.contains("then the environment: [DATABASE_URL, DRAIN_SECONDS, JWT_SECRET,"), messages);
    assertTrue(records.stream().anyMatch(record -> record.path("loggerName").asText().startsWith("org.flywaydb")),
        "the libraries' records are JSON too");
    assertTrue(messages.contains("GET /api/settings 200 "), "the access log: " + messages);
    assertTrue(messages.contains("GET /api/meetings/…/minutes.pdf 401 "), messages);
    assertTrue(messages.contains("Laget Runt is running."), "the banner is a record too");
    assertNoSecret(String.join("\n", lines));
  }

  @Test
  void textIsOneLineFormatForEverything() throws Exception {
    List<String> lines = aShortRun("text");
    Pattern record = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) (TRACE|DEBUG|INFO |WARN |ERROR) \\[");
    long records = lines.stream().filter(line -> record.matcher(line).find()).count();
    assertTrue(records >= 8, String.join("\n", lines));
    for (String line : lines) {
      assertFalse(line.contains(" INFO:: ") || line.matches("^[A-Z][a-z]{2} \\d\\d, \\d{4} .*") || line.contains("[main] INFO "),
          "a second format (openhtmltopdf's, java.util.logging's, slf4j-simple's): " + line);
    }
    assertNoSecret(String.join("\n", lines));
  }

  @Test
  void javaUtilLoggingEndsInTheSameStream() {
    Logging.inOneStream();
    try (LogWatch watch = new LogWatch()) {
      java.util.logging.Logger.getLogger("se.lagetrunt.test").severe("bridged");
      assertEquals(List.of("se.lagetrunt.test: bridged"), watch.errors());
    }
  }
}

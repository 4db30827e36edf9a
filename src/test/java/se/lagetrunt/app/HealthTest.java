package se.lagetrunt.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.testing.ServerProcess;
import se.lagetrunt.testing.TestServer;

/**
 * Liveness and readiness, each check by name: a stopping server says "not ready" first and goes on
 * serving while it drains, and is still alive all the while.
 */
class HealthTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  record Answer(int status, JsonNode body, String cacheControl) {
    /** Each check's id and UP or DOWN. */
    Map<String, String> checks() {
      Map<String, String> checks = new HashMap<>();
      body.path("checks").forEach(check -> checks.put(check.path("id").asText(), check.path("status").asText()));
      return checks;
    }

    JsonNode check(String id) {
      for (JsonNode check : body.path("checks")) {
        if (check.path("id").asText().equals(id)) {
          return check;
        }
      }
      throw new AssertionError("no check " + id + " in " + body);
    }
  }

  static Answer get(int port, String path) throws Exception {
    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(answer.statusCode(), answer.body().isEmpty() ? Json.object() : Json.MAPPER.readTree(answer.body()),
        answer.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void liveAndReadyNameTheirChecksAndADrainingServerIsNotReadyButServes() throws Exception {
    try (TestServer server = TestServer.start()) {
      Answer live = get(server.port(), "/health/live");
      assertEquals(200, live.status());
      assertEquals(Map.of("process", "UP"), live.checks());
      Answer ready = get(server.port(), "/health/ready");
      assertEquals(200, ready.status(), ready.body().toString());
      assertEquals(Map.of("database", "UP", "accepting", "UP"), ready.checks());
      assertEquals("no-store", ready.cacheControl());
      assertEquals(ready.checks(), get(server.port(), "/health").checks(), "/health is readiness, as monitors ask it");

      server.server().drain();

      Answer draining = get(server.port(), "/health/ready");
      assertEquals(503, draining.status());
      assertEquals(Map.of("database", "UP", "accepting", "DOWN"), draining.checks());
      assertEquals("draining", draining.check("accepting").path("data").path("reason").asText());
      assertEquals(503, get(server.port(), "/health").status());
      assertEquals(200, get(server.port(), "/health/live").status(), "alive: an orchestrator must not kill it now");
      assertEquals(200, get(server.port(), "/api/settings").status(), "still serving those already here");
    }
  }

  /**
   * SIGTERM (what Docker and Kubernetes send) turns readiness to 503 at once; the server goes on
   * answering for the drain time – its embedded database too – then stops by itself.
   */
  @Test
  void sigtermTurnsReadinessDownFirstThenTheServerStops() throws Exception {
    try (ServerProcess server = ServerProcess.start(Map.of("DATA_DIR", Files.createTempDirectory("laget-drain").toString(),
        "JWT_SECRET", TestServer.SECRET, "DRAIN_SECONDS", "4"))) {
      assertEquals(200, get(server.port(), "/health/ready").status());
      server.process().toHandle().destroy(); // SIGTERM (Process.destroy would also close its output)
      Answer seen = null;
      List<String> failures = new ArrayList<>();
      while (server.process().isAlive()) {
        try {
          Answer ready = get(server.port(), "/health/ready");
          if (ready.status() == 503) {
            seen = ready;
            break;
          }
        } catch (java.io.IOException closed) {
          failures.add(closed.toString());
          break;
        }
      }
      assertTrue(seen != null, "readiness said 503 before the server closed: " + failures + server.output());
      assertEquals(Map.of("database", "UP", "accepting", "DOWN"), seen.checks(),
          "the embedded database serves on while the server drains");
      assertEquals(200, get(server.port(), "/health/live").status(), "still alive while draining");
      assertEquals(200, get(server.port(), "/api/settings").status(), "still serving while draining");
      assertTrue(server.process().waitFor(60, TimeUnit.SECONDS), "it stops by itself after the drain");
      assertTrue(server.output().stream().anyMatch(line -> line.contains("not ready for new people")), server.output().toString());
    }
  }
}

package se.lagetrunt.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestPostgres;
import se.lagetrunt.testing.TestServer;

/**
 * A Prometheus scrape of the management port, as an operator's monitoring makes it, while a
 * meeting runs: Vert.x's own metrics and ours, nothing personal, and nothing on the public port.
 */
class MetricsTest {
  private static String get(int port, String path) throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    return answer.statusCode() + "\n" + answer.body();
  }

  /** The value of the sample named exactly so (with its labels), or fails. */
  private static double sample(String scrape, String nameAndLabels) {
    Matcher line = Pattern.compile("(?m)^" + Pattern.quote(nameAndLabels) + " (\\S+)$").matcher(scrape);
    assertTrue(line.find(), nameAndLabels + " in\n" + scrape);
    return Double.parseDouble(line.group(1));
  }

  @Test
  void theManagementPortServesOurFiguresAndVertxsAndNothingPersonal() throws Exception {
    try (TestServer server = TestServer.start(TestPostgres.newDatabase(),
        root -> root.putObject("operations").put("managementPort", 0))) {
      int metricsPort = server.server().metricsPort();
      assertTrue(metricsPort > 0 && metricsPort != server.port());
      Person leader = server.person("Lena Ledarsson", AccountRole.PARTICIPANT, StakeholderGroup.CARE_STAFF);
      MeetingInfo meeting = server.meeting(leader, MeetingRole.LEADER);
      String refusedCode;
      try (TestClient client = server.join(leader, meeting.id(), 0)) {
        client.setTopic("t1", "Vad fungerar bra?");
        client.until(message -> "t1".equals(message.path("re").asText()) && "ok".equals(message.path("type").asText()));
        client.send("{\"type\":\"setTopic\",\"id\":\"t2\",\"text\":42}");
        JsonNode refused = client.until(message -> "t2".equals(message.path("re").asText()));
        assertEquals("error", refused.path("type").asText());
        refusedCode = refused.path("code").asText();

        String scrape = get(metricsPort, "/metrics");
        assertTrue(scrape.startsWith("200\n"), scrape);
        assertTrue(sample(scrape, "lagetrunt_commands_total") >= 1);
        assertTrue(sample(scrape, "lagetrunt_refusals_total{code=\"" + refusedCode + "\"}") >= 1);
        assertEquals(1.0, sample(scrape, "lagetrunt_rooms_live"));
        assertEquals(1.0, sample(scrape, "lagetrunt_connections{transport=\"websocket\"}"));
        assertEquals(0.0, sample(scrape, "lagetrunt_connections{transport=\"sockjs\"}"));
        assertTrue(sample(scrape, "lagetrunt_commit_rows_count") >= 1, "rows per commit");
        assertTrue(sample(scrape, "lagetrunt_commit_seconds_count") >= 1, "commit time");
        assertTrue(sample(scrape, "lagetrunt_catchups_total{way=\"events\"}") >= 0);
        assertEquals(0.0, sample(scrape, "lagetrunt_mails_total{outcome=\"failed\"}"));
        assertTrue(scrape.contains("\nvertx_http_server_requests_total{"), "Vert.x's HTTP server");
        assertTrue(Pattern.compile("(?m)^vertx_pool_queue_pending\\{[^}]*pool_type=\"sql\"").matcher(scrape).find(),
            "the database pool's waits");
        assertTrue(scrape.contains("\njvm_memory_used_bytes{"), "the JVM");
        assertFalse(scrape.contains(meeting.id().toString()), "no meeting ids");
        assertFalse(scrape.contains("Ledarsson"), "no names");
        assertFalse(scrape.contains("/api/"), "no paths (they carry ids)");
      }
      assertTrue(get(server.port(), "/metrics").startsWith("404"), "not on the public port");
    }
  }
}

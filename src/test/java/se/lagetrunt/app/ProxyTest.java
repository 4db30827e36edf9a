package se.lagetrunt.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import se.lagetrunt.api.MaterialApiTest;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.networks.ThemeNetwork;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.Nginx;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestPostgres;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.WebSocketTestClient;

/**
 * The server behind a real nginx from Debian's packages, configured by the very file operators
 * are told to use ({@code config/nginx-site.conf}): HTTPS at the edge with HSTS, plain HTTP sent
 * to HTTPS, the live meeting's WebSocket upgraded through it, SockJS's xhr-streaming unbuffered,
 * and the public URL as the only origin and the address in every link.
 */
class ProxyTest {
  /** Far above an unbuffered frame's milliseconds, far below a buffering proxy's seconds. */
  private static final long UNBUFFERED = TimeUnit.SECONDS.toNanos(4);

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void httpsWebSocketsAndSockJsStreamingThroughARealNginx() throws Exception {
    Path dir = Files.createTempDirectory("laget-nginx");
    int tls = freePort();
    int plain = freePort();
    String publicUrl = "https://localhost:" + tls;
    AppConfig config = AppConfig.from(Json.object().put("webroot", "webroot"), Map.of("PORT", "0", "PUBLIC_URL", publicUrl,
        "DATABASE_URL", TestPostgres.newDatabase(), "PRINT_LOGIN_LINK", "false", "DATA_DIR", dir.resolve("data").toString()))
        .withJwtSecret(TestServer.SECRET);
    LagetRunt server = LagetRunt.start(config);
    try (Nginx nginx = Nginx.start(tls, plain, List.of(server.port()))) {
      HttpClient http = Nginx.https();

      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(publicUrl + "/")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertEquals("max-age=31536000", page.headers().firstValue("Strict-Transport-Security").orElse(null), "HSTS");
      assertTrue(page.headers().firstValue("Content-Security-Policy").isPresent(), "the server's own headers pass through");
      HttpResponse<String> insecure = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + plain + "/start.html")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(301, insecure.statusCode());
      assertTrue(insecure.headers().firstValue("Location").orElse("").startsWith("https://localhost"), insecure.headers().toString());

      Person leader = TestServer.await(server.services().people().create("Lena Ledare", null, null, AccountRole.PARTICIPANT,
          StakeholderGroup.OFFICIAL));
      MeetingInfo meeting = TestServer.await(server.services().meetings().create("Träff 1", leader.id(), MeetingRole.LEADER));
      UUID session = TestServer.await(server.services().sessions().open(leader.id(), null, "test"));
      String token = server.services().tokens().issue(leader.id(), session);
      try (TestClient client = WebSocketTestClient.connectTls(tls, publicUrl)) {
        client.hello(token, meeting.id(), 0);
        client.next("welcome");
        client.setTopic("t1", "Genom en proxy");
        client.until(message -> "t1".equals(message.path("re").asText()) && "ok".equals(message.path("type").asText()));
      }
      assertNotNull(WebSocketTestClient.refusedHandshake(server.port(), "http://localhost:" + server.port()),
          "behind a proxy only the public URL's pages may open the meeting's socket");

      // xhr-streaming: every message goes down one open response. A buffering proxy holds the
      // frames back until its buffer fills or a heartbeat comes (seconds; measured at ~10 s with
      // nginx's default), and the page waits that long for every answer. Through this file each
      // frame passes as it is written: milliseconds. The bound below is far from both.
      long asked = System.nanoTime();
      try (Nginx.SockJsStream sockJs = new Nginx.SockJsStream(http, publicUrl)) {
        assertEquals("o", sockJs.frameAfter(line -> !line.matches("h+")), "the open frame, after SockJS's prelude");
        assertTrue(System.nanoTime() - asked < UNBUFFERED, "the stream opened at once, not when a buffer filled");
        long sent = System.nanoTime();
        assertEquals(204, sockJs.send("{\"type\":\"hello\",\"v\":1,\"token\":\"" + token + "\",\"meeting\":\""
            + meeting.id() + "\",\"lastSeq\":0}"));
        assertTrue(sockJs.frameAfter(line -> line.contains("welcome")).contains("welcome"));
        assertTrue(System.nanoTime() - sent < UNBUFFERED, "the answer came down the open stream at once");
      }

      // A file for the material library passes (the site's general limit is 2 MB); any other large body does not.
      Person enabler = TestServer.await(server.services().people().create("Eva Möjliggörare", null, null, AccountRole.ENABLER,
          StakeholderGroup.RESEARCHER));
      ThemeNetwork theme = TestServer.await(server.services().networks().createTheme("Nära vård", enabler.id()));
      String enablerToken = server.services().tokens().issue(enabler.id(),
          TestServer.await(server.services().sessions().open(enabler.id(), null, "test")));
      byte[] report = new byte[3 * 1024 * 1024];
      System.arraycopy(MaterialApiTest.PDF, 0, report, 0, MaterialApiTest.PDF.length);
      HttpResponse<String> uploaded = http.send(RestClient.uploadRequest(URI.create(publicUrl + "/api/theme-networks/" + theme.id()
          + "/material/files"), "POST", "rapport.pdf", report, Map.of()).header("Authorization", "Bearer " + enablerToken).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(201, uploaded.statusCode(), uploaded.body());
      HttpResponse<String> large = http.send(HttpRequest.newBuilder(URI.create(publicUrl + "/api/theme-networks"))
          .header("Authorization", "Bearer " + enablerToken).POST(HttpRequest.BodyPublishers.ofByteArray(report)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(413, large.statusCode(), "other requests stay small");

      String link = TestServer.await(server.services().links().create(leader.id()));
      assertTrue(link.startsWith(publicUrl + "/"), "links carry the public URL: " + link);
    } finally {
      server.stop();
    }
  }
}

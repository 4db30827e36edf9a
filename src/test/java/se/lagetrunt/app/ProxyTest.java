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

  /** The next frame that matches, skipping others; fails after 30 s. */
  private static String frameAfter(java.util.concurrent.BlockingQueue<String> frames, java.util.function.Predicate<String> wanted)
      throws InterruptedException {
    while (true) {
      String frame = frames.poll(30, TimeUnit.SECONDS);
      if (frame == null) {
        throw new AssertionError("no such frame came");
      }
      if (wanted.test(frame)) {
        return frame;
      }
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String replaced(String text, String what, String with) {
    assertTrue(text.contains(what), "config/nginx-site.conf has " + what);
    return text.replace(what, with);
  }

  /** The site file, pointed at this test's ports and certificate. */
  private static String site(Path dir, int tls, int plain, int server) throws Exception {
    String site = Files.readString(Path.of("config/nginx-site.conf"));
    site = replaced(site, "server 127.0.0.1:8080;", "server 127.0.0.1:" + server + ";");
    site = replaced(site, "listen 443 ssl http2;", "listen 127.0.0.1:" + tls + " ssl http2;");
    site = replaced(site, "listen 80;", "listen 127.0.0.1:" + plain + ";");
    site = replaced(site, "/etc/letsencrypt/live/laget.example.se/fullchain.pem", dir.resolve("cert.pem").toString());
    site = replaced(site, "/etc/letsencrypt/live/laget.example.se/privkey.pem", dir.resolve("key.pem").toString());
    return replaced(site, "server_name laget.example.se;", "server_name localhost;");
  }

  private static Process nginx(Path dir, String site) throws Exception {
    assertEquals(0, new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-subj", "/CN=localhost", "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("cert.pem").toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("openssl.log").toFile()).start().waitFor());
    Files.writeString(dir.resolve("site.conf"), site);
    String temp = dir.resolve("temp").toString();
    Files.createDirectories(dir.resolve("temp"));
    Files.writeString(dir.resolve("nginx.conf"), (System.getProperty("user.name").equals("root") ? "user root;\n" : "")
        + "worker_processes 1;\ndaemon off;\npid " + dir.resolve("nginx.pid") + ";\nerror_log " + dir.resolve("error.log") + ";\n"
        + "events { worker_connections 256; }\n"
        + "http {\n  access_log off;\n  client_body_temp_path " + temp + "/body;\n  proxy_temp_path " + temp + "/proxy;\n"
        + "  fastcgi_temp_path " + temp + "/fastcgi;\n  uwsgi_temp_path " + temp + "/uwsgi;\n  scgi_temp_path " + temp + "/scgi;\n"
        + "  include " + dir.resolve("site.conf") + ";\n}\n");
    String binary = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
    return new ProcessBuilder(binary, "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
  }

  /** Until nginx listens: a connection attempt each round, for at most 20 s of monotonic time. */
  private static void awaitListening(Process nginx, int port, Path dir) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < until) {
      assertTrue(nginx.isAlive(), () -> "nginx stopped: " + read(dir.resolve("error.log")) + read(dir.resolve("nginx.out")));
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (java.io.IOException notYet) {
        Thread.onSpinWait();
      }
    }
    throw new AssertionError("nginx did not listen: " + read(dir.resolve("error.log")));
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }

  /** A client that trusts the test's own certificate and follows no redirects. */
  private static HttpClient https() throws Exception {
    SSLContext trustAll = SSLContext.getInstance("TLS");
    trustAll.init(null, new TrustManager[] {new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String type) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String type) {}

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    }}, null);
    return HttpClient.newBuilder().sslContext(trustAll).version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
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
    Process nginx = nginx(dir, site(dir, tls, plain, server.port()));
    try {
      awaitListening(nginx, tls, dir);
      HttpClient http = https();

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
      String sockJs = publicUrl + "/sockjs/000/" + UUID.randomUUID().toString().replace("-", "");
      java.util.concurrent.BlockingQueue<String> frames = new java.util.concurrent.LinkedBlockingQueue<>();
      long asked = System.nanoTime();
      CompletableFuture<HttpResponse<InputStream>> streaming = http.sendAsync(HttpRequest.newBuilder(URI.create(sockJs + "/xhr_streaming"))
          .header("Origin", publicUrl).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofInputStream());
      Thread reader = new Thread(() -> {
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(streaming.join().body(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = lines.readLine()) != null) {
            frames.add(line);
          }
        } catch (java.io.IOException ended) {
          // the test closed it
        }
      }, "xhr-streaming-reader");
      reader.setDaemon(true);
      reader.start();
      assertEquals("o", frameAfter(frames, line -> !line.matches("h+")), "the open frame, after SockJS's prelude");
      assertTrue(System.nanoTime() - asked < UNBUFFERED, "the stream opened at once, not when a buffer filled");
      long sent = System.nanoTime();
      HttpResponse<String> hello = http.send(HttpRequest.newBuilder(URI.create(sockJs + "/xhr_send")).header("Origin", publicUrl)
          .POST(HttpRequest.BodyPublishers.ofString(Json.write(Json.MAPPER.createArrayNode().add(
              "{\"type\":\"hello\",\"v\":1,\"token\":\"" + token + "\",\"meeting\":\"" + meeting.id() + "\",\"lastSeq\":0}"))))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(204, hello.statusCode(), hello.body());
      assertTrue(frameAfter(frames, line -> line.contains("welcome")).contains("welcome"));
      assertTrue(System.nanoTime() - sent < UNBUFFERED, "the answer came down the open stream at once");
      streaming.join().body().close();

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
      nginx.destroy();
      nginx.waitFor(10, TimeUnit.SECONDS);
      server.stop();
    }
  }
}

package se.lagetrunt.testing;

import java.io.InputStream;
import java.net.InetSocketAddress;
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
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import se.lagetrunt.protocol.Json;

/**
 * A real nginx from Debian's packages running the site file operators are told to use
 * ({@code config/nginx-site.conf}), pointed at this test's ports, a self-signed certificate, and
 * one server or several; and what a test needs to talk through it.
 */
public final class Nginx implements AutoCloseable {
  private final Process process;
  private final Path dir;

  private Nginx(Process process, Path dir) {
    this.process = process;
    this.dir = dir;
  }

  /** nginx with the site file, HTTPS on {@code tls}, HTTP on {@code plain}, in front of these servers' ports. */
  public static Nginx start(int tls, int plain, List<Integer> servers) throws Exception {
    Path dir = Files.createTempDirectory("laget-nginx");
    String site = Files.readString(Path.of("config/nginx-site.conf"));
    site = replaced(site, "    server 127.0.0.1:8080;\n", String.join("", servers.stream()
        .map(port -> "    server 127.0.0.1:" + port + ";\n").toList()));
    site = replaced(site, "listen 443 ssl http2;", "listen 127.0.0.1:" + tls + " ssl http2;");
    site = replaced(site, "listen 80;", "listen 127.0.0.1:" + plain + ";");
    site = replaced(site, "/etc/letsencrypt/live/laget.example.se/fullchain.pem", dir.resolve("cert.pem").toString());
    site = replaced(site, "/etc/letsencrypt/live/laget.example.se/privkey.pem", dir.resolve("key.pem").toString());
    site = site.replace("server_name laget.example.se;", "server_name localhost;");
    if (new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-subj", "/CN=localhost", "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("cert.pem").toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("openssl.log").toFile()).start().waitFor() != 0) {
      throw new IllegalStateException("openssl failed: " + read(dir.resolve("openssl.log")));
    }
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
    Nginx nginx = new Nginx(new ProcessBuilder(binary, "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start(), dir);
    nginx.awaitListening(tls);
    return nginx;
  }

  private static String replaced(String text, String what, String with) {
    if (!text.contains(what)) {
      throw new AssertionError("config/nginx-site.conf has no " + what);
    }
    return text.replace(what, with);
  }

  /** Until nginx listens: a connection attempt each round, for at most 20 s of monotonic time. */
  private void awaitListening(int port) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < until) {
      if (!process.isAlive()) {
        throw new AssertionError("nginx stopped: " + read(dir.resolve("error.log")) + read(dir.resolve("nginx.out")));
      }
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
  public static HttpClient https() throws Exception {
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

  /**
   * A SockJS session over xhr-streaming through the proxy, as the page's fallback opens one: one
   * streaming response carries everything down, each message goes up by its own {@code xhr_send}.
   */
  public static final class SockJsStream implements AutoCloseable {
    private final HttpClient http;
    private final String publicUrl;
    private final String session;
    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<InputStream>> streaming;

    public SockJsStream(HttpClient http, String publicUrl) {
      this.http = http;
      this.publicUrl = publicUrl;
      this.session = publicUrl + "/sockjs/000/" + UUID.randomUUID().toString().replace("-", "");
      streaming = http.sendAsync(HttpRequest.newBuilder(URI.create(session + "/xhr_streaming"))
          .header("Origin", publicUrl).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofInputStream());
      Thread reader = new Thread(() -> {
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(streaming.join().body(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = lines.readLine()) != null) {
            frames.add(line);
          }
        } catch (java.io.IOException | java.util.concurrent.CompletionException ended) {
          // closed
        }
      }, "xhr-streaming-reader");
      reader.setDaemon(true);
      reader.start();
    }

    /** Sends one message up; the status of its {@code xhr_send} (204: taken). */
    public int send(String message) throws Exception {
      return http.send(HttpRequest.newBuilder(URI.create(session + "/xhr_send")).header("Origin", publicUrl)
          .POST(HttpRequest.BodyPublishers.ofString(Json.write(Json.MAPPER.createArrayNode().add(message)))).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** The next frame that matches, skipping others; fails after 30 s. */
    public String frameAfter(Predicate<String> wanted) throws InterruptedException {
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

    @Override
    public void close() {
      streaming.thenAccept(response -> {
        try {
          response.body().close();
        } catch (java.io.IOException ignored) {
          // already closed
        }
      });
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor(10, TimeUnit.SECONDS);
  }
}

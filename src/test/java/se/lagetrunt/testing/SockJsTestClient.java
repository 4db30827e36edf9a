package se.lagetrunt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import se.lagetrunt.protocol.Json;

/**
 * A real SockJS client on the xhr-polling transport, the one that gets through proxies that
 * block everything but plain HTTP requests. It speaks the SockJS framing itself: "o" open,
 * "h" heartbeat, "a[...]" messages, "c[code,reason]" close.
 */
public final class SockJsTestClient extends TestClient {
  // The server closes the connection after every poll, so each client polls through an HTTP
  // client of its own: a poll that lands on the connection the server just closed is simply
  // repeated, while sends never share such a connection and are never repeated (a repeated send
  // would be a second message).
  private static final HttpClient SENDS = newHttpClient();
  private final HttpClient polls = newHttpClient();
  private final String base;
  private final String origin;
  private volatile boolean running = true;

  private SockJsTestClient(String base, String origin) {
    this.base = base;
    this.origin = origin;
  }

  public static SockJsTestClient connect(int port, String origin) {
    String base = "http://localhost:" + port + "/sockjs/000/" + UUID.randomUUID().toString().replace("-", "");
    SockJsTestClient client = new SockJsTestClient(base, origin);
    HttpResponse<String> open = client.post(client.polls, "/xhr", "");
    if (open.statusCode() != 200 || !open.body().startsWith("o")) {
      throw new IllegalStateException("SockJS open refused: " + open.statusCode() + " " + open.body());
    }
    Thread poller = new Thread(client::poll, "sockjs-poller");
    poller.setDaemon(true);
    poller.start();
    return client;
  }

  /** The HTTP status of a SockJS open attempt, for requests that must be refused. */
  public static int openStatus(int port, String origin, String transportPath) {
    String base = "http://localhost:" + port + "/sockjs/000/" + UUID.randomUUID().toString().replace("-", "");
    return new SockJsTestClient(base, origin).post(SENDS, transportPath, "").statusCode();
  }

  private static HttpClient newHttpClient() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  }

  private void poll() {
    int failures = 0;
    while (running) {
      HttpResponse<String> response;
      try {
        response = polls.send(request("/xhr", ""), HttpResponse.BodyHandlers.ofString());
        failures = 0;
      } catch (Exception e) {
        if (!running) {
          return;
        }
        if (++failures < 5) {
          continue;
        }
        closed(1006, "poll failed");
        return;
      }
      for (String frame : response.body().split("\n")) {
        if (frame.startsWith("a")) {
          try {
            for (JsonNode message : Json.read(frame.substring(1))) {
              received(message.asText());
            }
          } catch (Exception e) {
            throw new IllegalStateException("bad SockJS frame " + frame, e);
          }
        } else if (frame.startsWith("c")) {
          try {
            JsonNode close = Json.read(frame.substring(1));
            closed(close.get(0).asInt(), close.get(1).asText());
          } catch (Exception e) {
            closed(1006, frame);
          }
          running = false;
        }
      }
      if (response.statusCode() != 200) {
        closed(1006, "HTTP " + response.statusCode());
        running = false;
      }
    }
  }

  @Override
  public void sendText(String text) {
    var array = Json.MAPPER.createArrayNode().add(text);
    HttpResponse<String> response = post(SENDS, "/xhr_send", Json.write(array));
    if (response.statusCode() != 204) {
      throw new IllegalStateException("xhr_send refused: " + response.statusCode() + " " + response.body());
    }
  }

  /** One xhr_send carries them all, as a SockJS client batches what queued up meanwhile. */
  @Override
  public void sendBurst(java.util.List<String> messages) {
    var batch = Json.MAPPER.createArrayNode();
    messages.forEach(batch::add);
    int status = sendRaw(Json.write(batch));
    if (status != 204) {
      throw new IllegalStateException("xhr_send refused: " + status);
    }
  }

  /** Sends and returns the HTTP status, for oversized bodies. */
  public int sendRaw(String body) {
    return post(SENDS, "/xhr_send", body).statusCode();
  }

  @Override
  public String transport() {
    return "sockjs";
  }

  /** Leaves as the web client does: says bye (an HTTP transport has no close of its own). */
  @Override
  public void close() {
    if (running && !isClosed()) {
      try {
        sendText("{\"type\":\"bye\"}");
      } catch (IllegalStateException alreadyGone) {
        // the session ended on the server already
      }
    }
    running = false;
  }

  private HttpResponse<String> post(HttpClient http, String path, String body) {
    try {
      return http.send(request(path, body), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException("SockJS request failed: " + path, e);
    }
  }

  private HttpRequest request(String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "text/plain;charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return request.build();
  }
}

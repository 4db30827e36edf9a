package se.lagetrunt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import se.lagetrunt.protocol.Json;

/**
 * A light SockJS client on the xhr-streaming transport, as the browser falls back to when a
 * network blocks WebSockets: one long POST streams frames ("o", "h", "a[...]", "c[...]"), and
 * messages go out with xhr_send, one request at a time so they stay in order (queued ones share
 * a request).
 */
final class SockJsWire {
  private final HttpClient http;
  private final int port;
  private final String base;
  private final Consumer<String> onMessage;
  private final Runnable onError;
  private final ArrayDeque<String> outbox = new ArrayDeque<>();
  private final StringBuilder partial = new StringBuilder();
  private boolean sending;
  private volatile boolean open = true;

  private SockJsWire(HttpClient http, int port, Consumer<String> onMessage, Runnable onError) {
    this.http = http;
    this.port = port;
    this.base = "/sockjs/000/" + UUID.randomUUID().toString().replace("-", "");
    this.onMessage = onMessage;
    this.onError = onError;
  }

  static Future<SockJsWire> connect(HttpClient http, int port, Consumer<String> onMessage, Runnable onError) {
    SockJsWire wire = new SockJsWire(http, port, onMessage, onError);
    Promise<SockJsWire> opened = Promise.promise();
    wire.stream(opened);
    return opened.future();
  }

  private RequestOptions post(String path) {
    return new RequestOptions().setMethod(HttpMethod.POST).setHost("localhost").setPort(port).setURI(base + path)
        .putHeader("Origin", "http://localhost:" + port).putHeader("Content-Type", "text/plain");
  }

  /** The streaming request; the server ends it after a while, and it is opened again for the same session. */
  private void stream(Promise<SockJsWire> opened) {
    http.request(post("/xhr_streaming")).compose(request -> request.send()).onSuccess(response -> {
      response.handler(chunk -> frames(chunk, opened));
      response.endHandler(v -> {
        if (open) {
          stream(opened);
        }
      });
    }).onFailure(e -> {
      opened.tryFail(e);
      onError.run();
    });
  }

  private void frames(Buffer chunk, Promise<SockJsWire> opened) {
    partial.append(chunk.toString());
    int end;
    while ((end = partial.indexOf("\n")) >= 0) {
      String frame = partial.substring(0, end);
      partial.delete(0, end + 1);
      if (frame.equals("o")) {
        opened.tryComplete(this);
      } else if (frame.startsWith("a")) {
        try {
          for (JsonNode message : Json.read(frame.substring(1))) {
            onMessage.accept(message.asText());
          }
        } catch (Exception e) {
          onError.run();
        }
      } else if (frame.startsWith("c")) {
        open = false;
      }
    }
  }

  synchronized void send(String text) {
    outbox.add(text);
    flush();
  }

  private synchronized void flush() {
    if (sending || outbox.isEmpty()) {
      return;
    }
    sending = true;
    List<String> batch = new ArrayList<>(outbox);
    outbox.clear();
    String body;
    try {
      body = Json.MAPPER.writeValueAsString(batch);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    http.request(post("/xhr_send")).compose(request -> request.send(body)).onComplete(result -> {
      if (result.failed() || result.result().statusCode() != 204) {
        onError.run();
      }
      synchronized (this) {
        sending = false;
      }
      flush();
    });
  }

  Future<Void> close() {
    open = false;
    return Future.succeededFuture();
  }
}

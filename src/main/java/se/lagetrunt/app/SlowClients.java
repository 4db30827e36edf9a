package se.lagetrunt.app;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A connection must send the headers of its first request within the limit, or it is closed: a
 * client that trickles a byte now and then (slowloris) would otherwise hold a connection for as
 * long as it likes, since every byte resets the idle timeout. (Bodies of API calls have the same
 * limit, through a timeout on the API's routes.)
 */
final class SlowClients {
  private final Vertx vertx;
  private final long limitMillis;
  /** Connections still waiting for their first request's headers, with the timer that ends them. */
  private final Map<HttpConnection, Long> waiting = new ConcurrentHashMap<>();

  SlowClients(Vertx vertx, long limitMillis) {
    this.vertx = vertx;
    this.limitMillis = limitMillis;
  }

  /** A new connection, on its own event loop: its clock starts. */
  void connected(HttpConnection connection) {
    waiting.put(connection, vertx.setTimer(limitMillis, timer -> {
      if (waiting.remove(connection) != null) {
        connection.close();
      }
    }));
    connection.closeHandler(v -> stopWaiting(connection));
  }

  /** A request's headers are in: the connection has shown it is no trickler. */
  void requested(HttpServerRequest request) {
    stopWaiting(request.connection());
  }

  private void stopWaiting(HttpConnection connection) {
    Long timer = waiting.remove(connection);
    if (timer != null) {
      vertx.cancelTimer(timer);
    }
  }
}

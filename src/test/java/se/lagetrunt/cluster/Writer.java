package se.lagetrunt.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.testing.ServerProcess;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.WebSocketTestClient;

/**
 * One person writing to a live meeting as the page does through a failover: one command at a
 * time, each with its own id; an answered one is noted as acknowledged; when the connection ends
 * (its node killed, or the meeting moved) it connects again – to whichever node is up now – and
 * sends the unanswered command again with the same id, until it is answered.
 */
final class Writer implements Runnable {
  private final String name;
  private final Supplier<ServerProcess> node;
  private final Supplier<String> token;
  private final String meetingId;
  private final Set<String> acknowledged;
  /** Notified after every acknowledgement, for a test waiting on the writers. */
  private final Object progress;
  private volatile boolean stopping;
  /** When this writer last had a command acknowledged, on the monotonic clock, and by the node on which port. */
  private volatile long lastAcknowledgedNanos;
  private volatile int lastAcknowledgedBy;
  private int next;
  /** What it is doing now, for a test that finds it stuck. */
  private volatile String doing = "starting";

  Writer(String name, Supplier<ServerProcess> node, Supplier<String> token, String meetingId, Set<String> acknowledged,
      Object progress) {
    this.progress = progress;
    this.name = name;
    this.node = node;
    this.token = token;
    this.meetingId = meetingId;
    this.acknowledged = acknowledged;
  }

  @Override
  public String toString() {
    return name + ": " + doing;
  }

  long lastAcknowledgedNanos() {
    return lastAcknowledgedNanos;
  }

  int lastAcknowledgedBy() {
    return lastAcknowledgedBy;
  }

  void stop() {
    stopping = true;
  }

  @Override
  public void run() {
    String pending = null;
    while (!stopping) {
      ServerProcess target = node.get();
      TestClient client = joined(target);
      if (client == null) {
        continue;
      }
      try (client) {
        while (!stopping && !client.isClosed()) {
          if (pending == null) {
            pending = name + "-" + (++next);
          }
          client.send(Json.write(Json.object().put("type", "setTopic").put("id", pending).put("text", "Ämne " + pending)));
          doing = "awaiting the answer to " + pending;
          String answer = answer(client, pending);
          if ("ok".equals(answer)) {
            acknowledged.add(pending);
            lastAcknowledgedBy = target.port();
            lastAcknowledgedNanos = System.nanoTime();
            pending = null;
            synchronized (progress) {
              progress.notifyAll();
            }
          } else if (answer == null) {
            break; // closed before an answer: the same id again on the next connection
          }
        }
      }
    }
  }

  /** "ok", "error" (to be sent again), or null when the connection ended first. */
  private static String answer(TestClient client, String id) {
    while (true) {
      JsonNode message = client.poll(Duration.ofMillis(200));
      if (message == null) {
        if (client.isClosed()) {
          return null;
        }
        continue;
      }
      if (id.equals(message.path("re").asText())) {
        return message.path("type").asText();
      }
      if ("bye".equals(message.path("type").asText())) {
        return null;
      }
    }
  }

  /** A client welcomed into the meeting on the node up now, or null (refused, or the node gone: try again). */
  private TestClient joined(ServerProcess target) {
    doing = "joining on " + target.port();
    TestClient client;
    try {
      client = WebSocketTestClient.connect(target.port(), "http://localhost:" + target.port());
    } catch (RuntimeException refused) {
      pause();
      return null;
    }
    client.hello(token.get(), meetingId, -1);
    while (true) {
      JsonNode message = client.poll(Duration.ofMillis(200));
      if (message != null && "welcome".equals(message.path("type").asText())) {
        return client;
      }
      if (message != null) {
        doing = "joining on " + target.port() + ", got " + message;
      }
      if (client.isClosed() || (message != null && "bye".equals(message.path("type").asText()))) {
        client.close();
        pause(); // its meeting is held elsewhere until the lease runs out
        return null;
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100); // a reconnect's back-off, as the page has
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

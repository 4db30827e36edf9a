package se.lagetrunt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import se.lagetrunt.protocol.Json;

/**
 * A protocol client for tests, over a real transport. Received messages queue up in arrival
 * order; tests take them one by one, so an unexpected extra message is noticed.
 */
public abstract class TestClient implements AutoCloseable {
  public static final Duration WAIT = Duration.ofSeconds(10);

  private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
  private volatile Integer closeCode;
  private volatile String closeReason;
  private final Object closeLock = new Object();

  public abstract void sendText(String text);

  /** Which transport this is, for test names. */
  public abstract String transport();

  /** A frame may carry several messages, one per line. */
  protected void received(String frame) {
    for (String line : frame.split("\n")) {
      receivedOne(line);
    }
  }

  private void receivedOne(String text) {
    JsonNode message;
    try {
      message = Json.read(text);
    } catch (Exception e) {
      throw new IllegalStateException("server sent invalid JSON: " + text, e);
    }
    inbox.add(message);
    if ("bye".equals(message.path("type").asText())) {
      closed(message.path("code").asInt(), message.path("reason").asText());
    }
  }

  protected void closed(int code, String reason) {
    synchronized (closeLock) {
      if (closeCode == null) {
        closeCode = code;
        closeReason = reason;
      }
      closeLock.notifyAll();
    }
  }

  public void send(String json) {
    sendText(json);
  }

  /** Sends these messages as fast as the transport can take them, without waiting between them. */
  public void sendBurst(List<String> messages) {
    messages.forEach(this::send);
  }

  public void hello(String token, Object meetingId, long lastSeq) {
    send("{\"type\":\"hello\",\"v\":1,\"token\":\"" + token + "\",\"meeting\":\"" + meetingId + "\",\"lastSeq\":" + lastSeq + "}");
  }

  public void setTopic(String id, String text) {
    send(setTopicCommand(id, text));
  }

  /**
   * Sends the commands (JSON with ids), never more than {@code window} waiting for an answer, as
   * a well-behaved client does; returns each command's answer (ok or error) in arrival order and
   * hands every other message to {@code others}.
   */
  public List<JsonNode> sendAll(List<String> commands, int window, java.util.function.Consumer<JsonNode> others) {
    List<JsonNode> answers = new ArrayList<>(commands.size());
    int sent = 0;
    while (answers.size() < commands.size()) {
      while (sent < commands.size() && sent - answers.size() < window) {
        send(commands.get(sent++));
      }
      JsonNode message = next();
      String type = message.path("type").asText();
      if (("ok".equals(type) || "error".equals(type)) && message.hasNonNull("re")) {
        answers.add(message);
      } else {
        others.accept(message);
      }
    }
    return answers;
  }

  public static String setTopicCommand(String id, String text) {
    return Json.write(Json.object().put("type", "setTopic").put("id", id).put("text", text));
  }

  /** The next message within {@code wait}, or null: for clients that watch for a close meanwhile. */
  public JsonNode poll(Duration wait) {
    try {
      return inbox.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** The next message, whatever it is. */
  public JsonNode next() {
    try {
      JsonNode message = inbox.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (message == null) {
        throw new AssertionError(transport() + ": no message within " + WAIT + " (closed: " + closeCode + ")");
      }
      return message;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The next message, which must be of this type. */
  public JsonNode next(String type) {
    JsonNode message = next();
    if (!type.equals(message.path("type").asText())) {
      throw new AssertionError(transport() + ": expected " + type + " but got " + message);
    }
    return message;
  }

  /** Skips messages until one matches; fails if none does in time. */
  public JsonNode until(Predicate<JsonNode> wanted) {
    long deadline = System.currentTimeMillis() + WAIT.toMillis();
    List<JsonNode> skipped = new ArrayList<>();
    while (System.currentTimeMillis() < deadline) {
      try {
        JsonNode message = inbox.poll(deadline - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
          break;
        }
        if (wanted.test(message)) {
          return message;
        }
        skipped.add(message);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError(transport() + ": wanted message never came; skipped " + skipped);
  }

  /** The next event of this event type (e.g. topicSet), skipping everything else. */
  public JsonNode untilEvent(String eventType) {
    return until(message -> "event".equals(message.path("type").asText())
        && eventType.equals(message.at("/event/type").asText()));
  }

  public JsonNode untilType(String type) {
    return until(message -> type.equals(message.path("type").asText()));
  }

  /** Nothing more arrives within the given time. */
  public void expectSilence(Duration duration) {
    try {
      JsonNode message = inbox.poll(duration.toMillis(), TimeUnit.MILLISECONDS);
      if (message != null) {
        throw new AssertionError(transport() + ": expected nothing, got " + message);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for the server to close the connection and returns the close code. */
  public int awaitClose() {
    synchronized (closeLock) {
      long deadline = System.currentTimeMillis() + WAIT.toMillis();
      while (closeCode == null && System.currentTimeMillis() < deadline) {
        try {
          closeLock.wait(Math.max(1, deadline - System.currentTimeMillis()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      if (closeCode == null) {
        throw new AssertionError(transport() + ": connection was not closed");
      }
      return closeCode;
    }
  }

  @Override
  public abstract void close();

  public String closeReason() {
    return closeReason;
  }

  public boolean isClosed() {
    return closeCode != null;
  }
}

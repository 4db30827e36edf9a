package se.lagetrunt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import se.lagetrunt.protocol.Json;

/**
 * One simulated member of a live meeting on a real WebSocket: joins, sends commands, and records
 * how long each took to be acknowledged and to reach the others. Every command carries its send
 * time in its text ("⏱nanos"), so any member that sees the event knows how long it travelled.
 */
final class LoadClient {
  static final String MARK = "⏱";

  private final WebSocketClient client;
  private final int port;
  private final String token;
  final UUID meetingId;
  final String name;
  private final Stats stats;
  private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
  private final AtomicLong counter = new AtomicLong();
  private WebSocket socket;
  private SockJsWire sockJs;
  private final io.vertx.core.http.HttpClient http;
  volatile long lastSeq = -1;
  volatile long welcomeSeq = -1;
  private final StringBuilder typed = new StringBuilder();
  private long typedSince;
  private String minutesInFlight;
  private String inFlightText;
  private long inFlightSince;
  volatile int minutesVersion;
  volatile int minutesLength;
  volatile String personId = "";
  volatile String myHand;
  volatile int gaps;
  volatile int duplicates;

  /** With {@code http} the client speaks SockJS (xhr-streaming) instead of a WebSocket. */
  LoadClient(WebSocketClient client, io.vertx.core.http.HttpClient http, int port, String token, UUID meetingId,
      String name, Stats stats) {
    this.client = client;
    this.http = http;
    this.port = port;
    this.token = token;
    this.meetingId = meetingId;
    this.name = name;
    this.stats = stats;
  }

  Future<LoadClient> connect() {
    if (http != null) {
      return SockJsWire.connect(http, port, this::received, () -> stats.refused("sockjs")).map(wire -> {
        sockJs = wire;
        wire.send(hello());
        return this;
      });
    }
    WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("localhost").setPort(port).setURI("/ws")
        .addHeader("Origin", "http://localhost:" + port);
    Future<WebSocket> connecting = client.connect(options);
    return connecting.map(ws -> {
      socket = ws;
      ws.textMessageHandler(this::received);
      ws.exceptionHandler(e -> stats.refused("socket: " + e.getClass().getSimpleName()));
      ws.writeTextMessage(hello());
      return this;
    });
  }

  private String hello() {
    return "{\"type\":\"hello\",\"v\":1,\"token\":\"" + token + "\",\"meeting\":\"" + meetingId
        + "\",\"lastSeq\":" + lastSeq + "}";
  }

  private void write(String text) {
    if (sockJs != null) {
      sockJs.send(text);
    } else {
      socket.writeTextMessage(text);
    }
  }

  Future<Void> close() {
    if (sockJs != null) {
      write("{\"type\":\"bye\"}");
      return sockJs.close();
    }
    return socket == null ? Future.succeededFuture() : socket.close();
  }

  /** Commands sent and not yet answered. */
  long inFlight() {
    return sentAt.size();
  }

  boolean caughtUp() {
    return welcomeSeq >= 0 && lastSeq >= welcomeSeq;
  }

  void setTopic() {
    send("setTopic", "\"text\":\"" + MARK + System.nanoTime() + "\"");
  }

  void addQuestion() {
    send("addQuestion", "\"text\":\"" + MARK + System.nanoTime() + "\"");
  }

  /** A comment on the minutes (any member may): a board-like one-line event that carries its send time. */
  void comment() {
    send("addComment", "\"section\":\"other\",\"text\":\"" + MARK + System.nanoTime() + "\"");
  }

  /** Raises this member's hand, or lowers it when it is up: going round the table. */
  void toggleHand() {
    String hand = myHand;
    if (hand == null) {
      send("raiseHand", "\"kind\":\"new-topic\"");
    } else {
      send("lowerHand", "\"handId\":\"" + hand + "\"");
    }
  }

  /**
   * Types into the "other" section as the page does: what is typed waits while one push is in
   * flight, then goes out as one update against the newest version this client has seen (the
   * server rebases it over what came since); a refused push is sent again once newer updates are in.
   */
  void typeIntoMinutes() {
    String text = MARK + System.nanoTime() + " ";
    synchronized (this) {
      typed.append(text);
      if (typedSince == 0) {
        typedSince = System.nanoTime();
      }
    }
    pushMinutes();
  }

  private synchronized void pushMinutes() {
    if (minutesInFlight != null || typed.length() == 0) {
      return;
    }
    minutesInFlight = name + "-m" + counter.incrementAndGet();
    inFlightText = typed.toString();
    inFlightSince = typedSince;
    typed.setLength(0);
    typedSince = 0;
    stats.sent.incrementAndGet();
    write("{\"type\":\"minutesPush\",\"id\":\"" + minutesInFlight + "\",\"section\":\"other\","
        + "\"version\":" + minutesVersion + ",\"updates\":[{\"clientID\":\"" + name + "\",\"changes\":["
        + minutesLength + ",[0,\"" + inFlightText + "\"]]}]}");
  }

  /** A push answered: saved (its wait counts from the first letter typed) or to be sent again. */
  private synchronized boolean minutesAnswered(String re, boolean ok, long now) {
    if (!re.equals(minutesInFlight)) {
      return false;
    }
    minutesInFlight = null;
    if (ok) {
      stats.ack.add((now - inFlightSince) / 1000);
      stats.acked.incrementAndGet();
    } else {
      stats.conflicts.incrementAndGet();
      typed.insert(0, inFlightText); // sent again, first, once this client has caught up
      typedSince = typedSince == 0 ? inFlightSince : Math.min(typedSince, inFlightSince);
    }
    inFlightText = null;
    return true;
  }

  private void send(String type, String fields) {
    String id = name + "-" + counter.incrementAndGet();
    sentAt.put(id, System.nanoTime());
    stats.sent.incrementAndGet();
    write("{\"type\":\"" + type + "\",\"id\":\"" + id + "\"," + fields + "}");
  }

  /** A frame may carry several messages, one per line. */
  private void received(String frame) {
    for (String line : frame.split("\n")) {
      receivedOne(line);
    }
  }

  private void receivedOne(String text) {
    long now = System.nanoTime();
    stats.received.incrementAndGet();
    JsonNode message;
    try {
      message = Json.read(text);
    } catch (Exception e) {
      stats.errors.incrementAndGet();
      return;
    }
    switch (message.path("type").asText()) {
      case "welcome" -> {
        welcomeSeq = message.get("seq").asLong();
        personId = message.path("you").asText();
      }
      case "snapshot" -> {
        lastSeq = message.get("seq").asLong();
        JsonNode other = message.at("/state/minutes/sections/other");
        minutesVersion = other.path("version").asInt(0);
        minutesLength = other.path("text").asText("").length();
      }
      case "event" -> event(message, now);
      case "ok" -> {
        if (minutesAnswered(message.get("re").asText(), true, now)) {
          pushMinutes();
          return;
        }
        Long sent = sentAt.remove(message.get("re").asText());
        if (sent != null) {
          stats.ack.add((now - sent) / 1000);
          stats.acked.incrementAndGet();
        }
      }
      case "error" -> {
        if (minutesAnswered(message.path("re").asText(), false, now)) {
          return;
        }
        sentAt.remove(message.path("re").asText());
        if ("version_conflict".equals(message.path("code").asText())) {
          stats.conflicts.incrementAndGet();
        } else {
          stats.refused(message.path("code").asText());
        }
      }
      default -> { }
    }
  }

  private void event(JsonNode message, long now) {
    long seq = message.get("seq").asLong();
    if (seq <= lastSeq) {
      duplicates++;
      return;
    }
    if (lastSeq >= 0 && seq != lastSeq + 1) {
      gaps++;
    }
    lastSeq = seq;
    JsonNode event = message.get("event");
    String type = event.path("type").asText();
    if (type.equals("handRaised") && personId.equals(event.path("who").asText())) {
      myHand = event.get("handId").asText();
    } else if (type.equals("handLowered") && event.path("handId").asText().equals(myHand)) {
      myHand = null;
    }
    if ("minutesUpdated".equals(event.path("type").asText()) && "other".equals(event.path("section").asText())) {
      minutesVersion++;
      // The server may have moved a late push over others (its text before theirs): read the whole change.
      minutesLength = se.lagetrunt.protocol.MinutesCodec.changes(event.get("changes")).newLength();
      pushMinutes();
    }
    String marked = event.has("text") ? event.get("text").asText()
        : event.has("changes") ? event.get("changes").toString() : "";
    int at = marked.indexOf(MARK);
    if (at >= 0 && !fromMe(message)) {
      int end = at + MARK.length();
      while (end < marked.length() && Character.isDigit(marked.charAt(end))) {
        end++;
      }
      stats.fanout.add((now - Long.parseLong(marked.substring(at + MARK.length(), end))) / 1000);
    }
  }

  private boolean fromMe(JsonNode message) {
    return personId.equals(message.path("actor").asText());
  }
}

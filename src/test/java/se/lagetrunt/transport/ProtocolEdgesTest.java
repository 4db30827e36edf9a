package se.lagetrunt.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.LogWatch;
import se.lagetrunt.testing.SockJsTestClient;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestPostgres;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.WebSocketTestClient;

/**
 * The protocol's edges, as a fuzzer or a broken network finds them: every refusal says why (a
 * bye, then the close code the documentation gives), the same on every transport, and none of it
 * is logged as an error.
 */
class ProtocolEdgesTest {
  private static TestServer server;
  private static Person leader;
  private static MeetingInfo meeting;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestPostgres.newDatabase(), Map.of("helloTimeoutSeconds", 1));
    leader = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    meeting = server.meeting(leader, MeetingRole.LEADER);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static TestClient joined(String transport) {
    TestClient client = server.connect(transport);
    client.hello(server.token(leader), meeting.id(), -1);
    client.next("welcome");
    return client;
  }

  /** Past 64 KiB a message ends the connection with a bye and 1009, below the codec's cap and above it. */
  @ParameterizedTest
  @ValueSource(ints = {70_000, 2_000_000})
  void anOversizedFrameIsAnsweredWithByeAndTooBig(int bytes) {
    try (LogWatch log = new LogWatch(); WebSocketTestClient client = WebSocketTestClient.connect(server.port(), server.url())) {
      client.hello(server.token(leader), meeting.id(), -1);
      client.next("welcome");
      client.sendFrame(bytes);
      assertEquals(1009, client.awaitClose());
      assertEquals(1009, client.untilType("bye").get("code").asInt());
      assertEquals(java.util.List.of(), log.errors());
    }
  }

  @Test
  void textThatIsNotUtf8ClosesWithInvalidData() {
    try (WebSocketTestClient client = WebSocketTestClient.connect(server.port(), server.url())) {
      client.hello(server.token(leader), meeting.id(), -1);
      client.next("welcome");
      client.sendInvalidUtf8();
      assertEquals(1007, client.awaitClose());
      assertEquals("not UTF-8", client.closeReason());
    }
  }

  /**
   * SockJS's HTTP transports carry several messages per POST, escaped: the limit is per message,
   * once decoded. A 40 KB message of emoji (120 KB as sockjs-client sends it) goes through; an
   * 80 KB one ends the session with 1009, as on /ws; a body past what any real client sends is 413.
   */
  @Test
  void overSockJsTheLimitIsPerDecodedMessage() {
    try (SockJsTestClient client = (SockJsTestClient) joined("sockjs")) {
      String emoji = "\\ud83d\\ude00".repeat(10_000);
      String push = "{\\\"type\\\":\\\"minutesPush\\\",\\\"id\\\":\\\"e1\\\",\\\"section\\\":\\\"other\\\",\\\"version\\\":0,"
          + "\\\"updates\\\":[{\\\"clientID\\\":\\\"p\\\",\\\"changes\\\":[[0,\\\"" + emoji + "\\\"]]}]}";
      assertEquals(204, client.sendRaw("[\"" + push + "\"]"));
      assertEquals("ok", client.until(m -> "e1".equals(m.path("re").asText())).get("type").asText());
      assertEquals(20_000, TestServer.await(server.server().services().eventLog().currentState(meeting.id()))
          .minutes().section("other").text().length());

      assertEquals(413, client.sendRaw("[\"" + "x".repeat(16 * 65_536) + "\"]"));
      assertEquals(204, client.sendRaw("[\"" + "x".repeat(80_000) + "\"]"));
      assertEquals(1009, client.awaitClose());
    }
  }

  /** A null or a number where SockJS expects strings is the SockJS error, not a server fault; the session goes on. */
  @Test
  void brokenSockJsFramingIsRefusedAndTheSessionGoesOn() {
    try (LogWatch log = new LogWatch(); SockJsTestClient client = (SockJsTestClient) joined("sockjs")) {
      for (String broken : new String[] {"[null]", "[\"{}\", 7]", "{\"a\":1}", "[\"x\"", ""}) {
        assertEquals(500, client.sendRaw(broken), broken);
      }
      client.send("{\"type\":\"ping\"}");
      client.untilType("pong");
      assertEquals(java.util.List.of(), log.errors());
    }
  }

  /** A browser that vanishes mid-stream (a closed lid) is an ordinary end of a connection. */
  @Test
  void aSockJsStreamCutOffIsNoError() throws Exception {
    try (LogWatch log = new LogWatch(); TestClient other = joined("websocket")) {
      String base = "/sockjs/000/" + UUID.randomUUID().toString().replace("-", "");
      try (Socket stream = new Socket("localhost", server.port())) {
        OutputStream out = stream.getOutputStream();
        out.write(("POST " + base + "/xhr_streaming HTTP/1.1\r\nHost: localhost\r\nOrigin: " + server.url()
            + "\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = stream.getInputStream();
        assertTrue(in.read() > 0, "the stream opened");
        int status = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.url() + base + "/xhr_send")).header("Origin", server.url())
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("[\"{\\\"type\\\":\\\"hello\\\",\\\"v\\\":1,\\\"token\\\":\\\""
                + server.token(leader) + "\\\",\\\"meeting\\\":\\\"" + meeting.id() + "\\\",\\\"lastSeq\\\":-1}\"]"))
            .build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(204, status);
        other.untilType("presence");
        stream.setSoLinger(true, 0); // a reset, not a goodbye
      }
      // A send cut off halfway through its body, as a closing lid does.
      try (Socket send = new Socket("localhost", server.port())) {
        send.getOutputStream().write(("POST " + base + "/xhr_send HTTP/1.1\r\nHost: localhost\r\nOrigin: " + server.url()
            + "\r\nContent-Length: 1000\r\n\r\n[\"{\\\"type").getBytes(StandardCharsets.US_ASCII));
        send.getOutputStream().flush();
        send.setSoLinger(true, 0);
      }
      // The server writes to the vanished stream (the next event) and then finds it gone.
      other.setTopic("t1", "Efter avbrottet");
      other.until(m -> "presence".equals(m.path("type").asText()) && m.at("/people/0/connections").asInt() == 1);
      assertEquals(java.util.List.of(), log.errors());
    }
  }

  /** The hello timeout is kept to the second, not at the next sweep of idle connections. */
  @Test
  void aConnectionWithoutHelloIsClosedWhenItsTimeIsUp() {
    long started = System.nanoTime();
    try (TestClient silent = server.connect("websocket")) {
      assertEquals(4008, silent.awaitClose());
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertTrue(millis >= 900 && millis < 2_500, "closed after " + millis + " ms, with the timeout at 1 s");
    }
  }

  /** A hello the server cannot take says what is wrong with it, never "sign in again". */
  @ParameterizedTest
  @ValueSource(strings = {"websocket", "sockjs"})
  void aHelloTheServerCannotTakeIsNotTakenForAnExpiredSession(String transport) {
    try (TestClient newer = server.connect(transport)) {
      newer.send("{\"type\":\"hello\",\"v\":2,\"token\":\"" + server.token(leader) + "\",\"meeting\":\"" + meeting.id() + "\"}");
      assertEquals(4426, newer.awaitClose());
    }
    try (TestClient garbled = server.connect(transport)) {
      garbled.send("{\"type\":\"hello\",");
      assertEquals(4400, garbled.awaitClose());
    }
    try (TestClient pinging = server.connect(transport)) {
      pinging.send("{\"type\":\"ping\"}");
      JsonNode pong = pinging.untilType("pong");
      assertEquals("pong", pong.get("type").asText(), "a ping is answered at any time, hello or not");
    }
  }
}

package se.lagetrunt.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.UpgradeRejectedException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
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
import se.lagetrunt.testing.JwtForge;
import se.lagetrunt.testing.SockJsTestClient;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestPostgres;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.WebSocketTestClient;

/** Handshake origins, tokens, sizes and timeouts: what keeps strangers and floods out. */
class SocketSecurityTest {
  private static final String EVIL = "https://evil.example";
  private static TestServer server;
  private static Person leader;
  private static MeetingInfo meeting;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestPostgres.newDatabase(), Map.of("helloTimeoutSeconds", 1, "idleTimeoutSeconds", 2, "requestSeconds", 1));
    leader = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    meeting = server.meeting(leader, MeetingRole.LEADER);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aWebSocketFromAnotherOriginOrNoneIsRefusedAtTheHandshake() {
    for (String origin : new String[] {EVIL, null, "http://localhost:1"}) {
      Throwable refused = WebSocketTestClient.refusedHandshake(server.port(), origin);
      assertNotNull(refused, "handshake from " + origin + " must fail");
      assertTrue(refused instanceof UpgradeRejectedException, refused.toString());
      assertEquals(403, ((UpgradeRejectedException) refused).getStatus());
    }
  }

  @Test
  void sockJsFromAnotherOriginIsRefusedAndUnsafeTransportsAreOff() throws Exception {
    assertEquals(403, SockJsTestClient.openStatus(server.port(), EVIL, "/xhr"));
    assertEquals(403, SockJsTestClient.openStatus(server.port(), null, "/xhr"));
    assertEquals(403, SockJsTestClient.openStatus(server.port(), EVIL, "/xhr_streaming"));
    assertEquals(200, SockJsTestClient.openStatus(server.port(), server.url(), "/xhr"));
    HttpClient http = HttpClient.newHttpClient();
    for (String transport : new String[] {"/jsonp?c=steal", "/htmlfile?c=steal", "/eventsource"}) {
      HttpResponse<String> response = http.send(
          HttpRequest.newBuilder(URI.create(server.url() + "/sockjs/000/abcdefgh" + transport)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(404, response.statusCode(), transport + " must be disabled");
    }
    HttpResponse<String> info = http.send(
        HttpRequest.newBuilder(URI.create(server.url() + "/sockjs/info")).header("Origin", EVIL).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(403, info.statusCode());
    HttpResponse<String> notAHandshake = http.send(
        HttpRequest.newBuilder(URI.create(server.url() + "/ws")).header("Origin", server.url()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(400, notAHandshake.statusCode(), "a plain GET on the WebSocket path is the client's mistake");
  }

  @ParameterizedTest
  @ValueSource(strings = {"websocket", "sockjs"})
  void expiredForgedUnsignedAndForeignTokensCloseTheConnection(String transport) {
    java.time.Instant now = server.clock().instant();
    java.time.Instant inAnHour = now.plusSeconds(3600);
    String subject = leader.id().toString();
    String[] badTokens = {
      JwtForge.hs256(TestServer.SECRET, JwtForge.claims(subject, now, now.minusSeconds(30), "laget-runt", "laget-runt-session")),
      JwtForge.hs256("not-the-server-key-but-long-enough-anyway", JwtForge.claims(subject, now, inAnHour, "laget-runt", "laget-runt-session")),
      JwtForge.unsigned(JwtForge.claims(subject, now, inAnHour, "laget-runt", "laget-runt-session")),
      JwtForge.hs256(TestServer.SECRET, JwtForge.claims(subject, now, inAnHour, "laget-runt", "some-other-audience")),
      "not.a.jwt",
    };
    for (String token : badTokens) {
      TestClient client = Clients.connect(server, transport);
      client.hello(token, meeting.id(), -1);
      assertEquals(4001, client.awaitClose(), token);
      client.close();
    }
    assertEquals(0, server.eventCount(meeting.id()));
  }

  @Test
  void aRemovedPersonCanNoLongerJoin() {
    Person gone = server.person("Borttagen", AccountRole.PARTICIPANT, StakeholderGroup.OTHER);
    server.addMember(meeting, gone, MeetingRole.PARTICIPANT);
    TestPostgres.execute(server.databaseUrl(), "UPDATE person SET removed_at = " + server.sqlNow() + " WHERE id = '" + gone.id() + "'");
    TestClient client = Clients.connect(server, "websocket");
    client.hello(server.token(gone), meeting.id(), -1);
    assertEquals(4001, client.awaitClose());
  }

  @Test
  void anOversizedFrameClosesTheConnectionWithTooBig() {
    WebSocketTestClient client = WebSocketTestClient.connect(server.port(), server.url());
    client.hello(server.token(leader), meeting.id(), -1);
    client.next("welcome");
    client.sendFrame(70_000);
    assertEquals(1009, client.awaitClose());
    assertEquals(0, server.eventCount(meeting.id()));
  }

  /** Past what any SockJS client sends in one POST (16 messages of the limit); each message has its own limit (ProtocolEdgesTest). */
  @Test
  void anOversizedSockJsSendIsRefused() {
    try (SockJsTestClient client = SockJsTestClient.connect(server.port(), server.url())) {
      assertEquals(413, client.sendRaw("[\"" + "x".repeat(16 * 65_536) + "\"]"));
    }
  }

  @Test
  void aClientTricklingItsHeadersIsCutOff() throws Exception {
    try (java.net.Socket slow = new java.net.Socket("127.0.0.1", server.port())) {
      slow.setSoTimeout(10_000);
      java.io.OutputStream out = slow.getOutputStream();
      out.write("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      out.flush();
      // Never finishes its headers: the server closes the connection once the limit (1 s here) has passed.
      assertEquals(-1, slow.getInputStream().read(), "closed without an answer");
    }
  }

  @Test
  void anApiBodyThatNeverArrivesIsAnsweredWhenTheLimitIsUp() throws Exception {
    try (java.net.Socket slow = new java.net.Socket("127.0.0.1", server.port())) {
      slow.setSoTimeout(10_000);
      slow.getOutputStream().write(("POST /api/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Length: 100\r\n\r\n{\"loginTok").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String status = new java.io.BufferedReader(new java.io.InputStreamReader(slow.getInputStream(),
          java.nio.charset.StandardCharsets.US_ASCII)).readLine();
      assertEquals("HTTP/1.1 503 Service Unavailable", status);
    }
  }

  @Test
  void silentConnectionsAreClosed() {
    TestClient neverSaysHello = Clients.connect(server, "websocket");
    TestClient joinedThenSilent = Clients.connect(server, "websocket");
    joinedThenSilent.hello(server.token(leader), meeting.id(), -1);
    joinedThenSilent.next("welcome");
    assertEquals(4008, neverSaysHello.awaitClose());
    assertEquals("no hello", neverSaysHello.closeReason());
    assertEquals(4008, joinedThenSilent.awaitClose());
    assertEquals("idle", joinedThenSilent.closeReason());
  }
}

package se.lagetrunt.testing;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;

/** A real WebSocket client (Vert.x's) speaking to /ws. */
public final class WebSocketTestClient extends TestClient {
  private static final Vertx VERTX = Vertx.vertx();
  private final WebSocket socket;

  private WebSocketTestClient(WebSocket socket) {
    this.socket = socket;
    socket.textMessageHandler(this::received);
    socket.closeHandler(v -> closed(socket.closeStatusCode() == null ? 1006 : socket.closeStatusCode(), socket.closeReason()));
  }

  public static WebSocketTestClient connect(int port, String origin) {
    return connect(port, origin, new WebSocketClientOptions());
  }

  /** With a small receive buffer, so a paused client backs the server up after little traffic. */
  public static WebSocketTestClient connectWithReceiveBuffer(int port, String origin, int bytes) {
    return connect(port, origin, new WebSocketClientOptions().setReceiveBufferSize(bytes));
  }

  /**
   * Over TLS (wss), as a browser reaches a server behind an HTTPS proxy; the test's own
   * certificate is trusted without question.
   */
  public static WebSocketTestClient connectTls(int port, String origin) {
    return connect(port, origin, new WebSocketClientOptions().setSsl(true).setTrustAll(true).setVerifyHost(false));
  }

  private static WebSocketTestClient connect(int port, String origin, WebSocketClientOptions clientOptions) {
    WebSocketClient client = VERTX.createWebSocketClient(clientOptions
        .setMaxFrameSize(1 << 20)
        .setMaxMessageSize(1 << 22));
    WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("localhost").setPort(port).setURI("/ws");
    if (origin != null) {
      options.addHeader("Origin", origin);
    } else {
      options.setAllowOriginHeader(false);
    }
    return new WebSocketTestClient(TestServer.await(client.connect(options)));
  }

  /** Tries to connect and returns the failure, for handshakes that must be refused. */
  public static Throwable refusedHandshake(int port, String origin) {
    try {
      connect(port, origin).close();
      return null;
    } catch (IllegalStateException e) {
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      return cause;
    }
  }

  @Override
  public void sendText(String text) {
    TestServer.await(socket.writeTextMessage(text));
  }

  @Override
  public void sendBurst(java.util.List<String> messages) {
    io.vertx.core.Future<Void> last = io.vertx.core.Future.succeededFuture();
    for (String message : messages) {
      last = socket.writeTextMessage(message);
    }
    TestServer.await(last);
  }

  /** Stops reading from the connection, as a client that hangs would. */
  public void pause() {
    socket.pause();
  }

  /** One frame of this many bytes, for the size limit. */
  public void sendFrame(int bytes) {
    socket.writeFrame(io.vertx.core.http.WebSocketFrame.textFrame("x".repeat(bytes), true));
  }

  /** A text message whose second frame is not UTF-8 (0xC3 0x28), as a broken or hostile client sends. */
  public void sendInvalidUtf8() {
    socket.writeFrame(io.vertx.core.http.WebSocketFrame.textFrame("{\"type\":\"ping\",\"x\":\"", false));
    socket.writeFrame(io.vertx.core.http.WebSocketFrame.continuationFrame(
        io.vertx.core.buffer.Buffer.buffer(new byte[] {(byte) 0xC3, 0x28, '"', '}'}), true));
  }

  @Override
  public String transport() {
    return "websocket";
  }

  @Override
  public void close() {
    if (!isClosed()) {
      socket.close();
    }
  }
}

package se.lagetrunt.transport;

import se.lagetrunt.testing.SockJsTestClient;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.WebSocketTestClient;

/** Opens a client of the named transport from our own origin. */
final class Clients {
  private Clients() {}

  static TestClient connect(TestServer server, String transport) {
    return switch (transport) {
      case "websocket" -> WebSocketTestClient.connect(server.port(), server.url());
      case "sockjs" -> SockJsTestClient.connect(server.port(), server.url());
      default -> throw new IllegalArgumentException(transport);
    };
  }
}

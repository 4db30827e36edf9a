package se.lagetrunt.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;

/** Opens a client of the named transport from our own origin (and joins a meeting with it). */
final class Clients {
  private Clients() {}

  static TestClient connect(TestServer server, String transport) {
    return server.connect(transport);
  }

  /** A client of the transport that has said hello as the person and been welcomed into the meeting. */
  static TestClient join(TestServer server, String transport, Person person, UUID meetingId, long lastSeq) {
    TestClient client = connect(server, transport);
    client.hello(server.token(person), meetingId, lastSeq);
    JsonNode welcome = client.next("welcome");
    assertEquals(meetingId.toString(), welcome.get("meeting").asText());
    assertEquals(person.id().toString(), welcome.get("you").asText());
    return client;
  }
}

package se.lagetrunt.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import se.lagetrunt.domain.ChangeSet;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.protocol.MinutesCodec;
import se.lagetrunt.store.Person;

/** Minutes written over a real socket the way a leader writes them, then signed off and submitted. */
public final class SubmittedMinutes {
  private SubmittedMinutes() {}

  /** Writes the opening section of a meeting's minutes (not submitted). */
  public static void writeOpening(TestServer server, Person leader, UUID meeting, String text) {
    try (TestClient client = server.join(leader, meeting, -1)) {
      push(client, "opening", text);
    }
  }

  /** Writes the section of the meeting's first board question, signs off and submits. */
  public static void submitFirstQuestion(TestServer server, Person leader, UUID meeting, String text) {
    String questionId = new RestClient(server).ok("GET", "/api/meetings/" + meeting, server.token(leader), null)
        .at("/board/questions/0/id").asText();
    try (TestClient client = server.join(leader, meeting, -1)) {
      push(client, "q:" + questionId, text);
      command(client, "{\"type\":\"signOff\"}");
      command(client, "{\"type\":\"submitMinutes\"}");
    }
  }

  private static void push(TestClient client, String section, String text) {
    String changes = Json.write(MinutesCodec.changes(ChangeSet.replaceAll(0, text)));
    command(client, "{\"type\":\"minutesPush\",\"section\":\"" + section + "\",\"version\":0,"
        + "\"updates\":[{\"clientID\":\"c\",\"changes\":" + changes + "}]}");
  }

  /** Writes the opening section and sends the minutes out for the group's comments until the deadline. */
  public static void openReview(TestServer server, Person leader, UUID meeting, java.time.Instant deadline) {
    try (TestClient client = server.join(leader, meeting, -1)) {
      push(client, "opening", "Vi talade om hemtjänsten.");
      command(client, "{\"type\":\"openReview\",\"deadline\":\"" + deadline + "\"}");
    }
  }

  /** One command over the socket, answered ok. */
  public static void command(TestClient client, String json) {
    String id = "c-" + UUID.randomUUID();
    client.send("{\"id\":\"" + id + "\"," + json.substring(1));
    assertEquals("ok", client.until(m -> id.equals(m.path("re").asText())).path("type").asText(), json);
  }
}

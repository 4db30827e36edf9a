package se.lagetrunt.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.ClusterNodes;
import se.lagetrunt.testing.ServerProcess;
import se.lagetrunt.testing.TestClient;

/**
 * Three nodes in one cluster, the members of one meeting on different nodes: the node that owns
 * the meeting runs its room, the others reach it over the clustered event bus. Everyone sees
 * everyone's presence and the same events in the same order, and every command lands once – a REST
 * edit sent to a node that does not hold the meeting too. When
 * the owner is killed, the others are sent on and meet again in one room on one of them.
 */
class RoutingTest {
  @Test
  void membersOnDifferentNodesShareOneRoom() throws Exception {
    try (ClusterNodes cluster = new ClusterNodes(2)) {
      List<ServerProcess> nodes = cluster.clusterOf("node-a", "node-b", "node-c");
      Person leader = cluster.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
      Person carer = cluster.person("Anna Anhörig", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
      Person nurse = cluster.person("Sara Sköterska", AccountRole.PARTICIPANT, StakeholderGroup.CARE_STAFF);
      MeetingInfo meeting = cluster.meeting(leader);
      cluster.addMember(meeting, carer, MeetingRole.PARTICIPANT);
      cluster.addMember(meeting, nurse, MeetingRole.PARTICIPANT);

      try (TestClient onA = cluster.joinWhenReady(nodes.get(0), leader, meeting, -1);
          TestClient onB = cluster.joinWhenReady(nodes.get(1), carer, meeting, -1);
          TestClient onC = cluster.joinWhenReady(nodes.get(2), nurse, meeting, -1)) {
        List<Recorded> everyone = List.of(new Recorded(onA), new Recorded(onB), new Recorded(onC));
        for (Recorded client : everyone) {
          client.until(message -> "presence".equals(message.path("type").asText()) && message.get("people").size() == 3);
        }
        onA.setTopic("topic", "Vad fungerar bra?");
        onB.send("{\"type\":\"raiseHand\",\"id\":\"hand-b\"}");
        onC.send("{\"type\":\"raiseHand\",\"id\":\"hand-c\"}");
        long topic = everyone.get(0).answer("topic");
        long last = Math.max(topic, Math.max(everyone.get(1).answer("hand-b"), everyone.get(2).answer("hand-c")));
        List<String> seenByA = everyone.get(0).eventsFrom(topic, last);
        assertEquals(true, seenByA.size() >= 3, seenByA.toString());
        assertEquals(seenByA, everyone.get(1).eventsFrom(topic, last), "the same events in the same order on every node");
        assertEquals(seenByA, everyone.get(2).eventsFrom(topic, last));

        // A REST edit through a fourth connection, to a node that does not hold the meeting, lands once.
        HttpResponse<String> edited = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + nodes.get(2).port() + "/api/meetings/" + meeting.id()))
            .header("Authorization", "Bearer " + cluster.token(leader)).header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"questions\":[\"Vad behöver anhöriga mest?\"]}")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, edited.statusCode(), edited.body());
        for (Recorded client : everyone) {
          client.until(message -> "questionsPlanned".equals(message.at("/event/type").asText()));
        }
        assertEquals(1, cluster.count("SELECT count(*) FROM meeting_event WHERE meeting_id = '" + meeting.id()
            + "' AND command_id LIKE 'rest-%'"));

        // The owner dies: the other nodes' connections are sent on, and meet again at a new owner.
        ClusterNodes.signal(nodes.get(0), "KILL");
        assertEquals("meeting_moved", everyone.get(1).until(message -> "bye".equals(message.path("type").asText()))
            .get("why").asText(), "told by the cluster that the owner left");
        assertEquals("meeting_moved", everyone.get(2).until(message -> "bye".equals(message.path("type").asText()))
            .get("why").asText());
      }
      try (TestClient onB = cluster.joinWhenReady(nodes.get(1), carer, meeting, -1);
          TestClient onC = cluster.joinWhenReady(nodes.get(2), nurse, meeting, -1)) {
        Recorded b = new Recorded(onB);
        Recorded c = new Recorded(onC);
        b.until(message -> "presence".equals(message.path("type").asText()) && message.get("people").size() == 2);
        c.until(message -> "presence".equals(message.path("type").asText()) && message.get("people").size() == 2);
        onC.send("{\"type\":\"proposeQuestion\",\"id\":\"proposed-c\",\"text\":\"Hur når vi fler anhöriga?\"}");
        long proposed = c.answer("proposed-c");
        assertEquals(c.eventsFrom(proposed, proposed), b.eventsFrom(proposed, proposed), "one room again, on one of the two");
      }
      assertEquals(List.of("hand-b", "hand-c", "proposed-c", "topic"),
          cluster.commandIds(meeting).stream().filter(id -> !id.startsWith("rest-")).sorted().toList(),
          "each once");
      assertEquals(List.of(), cluster.errors());
    }
  }

  /** A client and every message it was sent, in order, as the test reads them. */
  private static final class Recorded {
    private final TestClient client;
    private final List<JsonNode> messages = new ArrayList<>();

    Recorded(TestClient client) {
      this.client = client;
    }

    JsonNode until(java.util.function.Predicate<JsonNode> wanted) {
      for (JsonNode message : messages) {
        if (wanted.test(message)) {
          return message;
        }
      }
      while (true) {
        JsonNode message = client.next();
        messages.add(message);
        if (wanted.test(message)) {
          return message;
        }
      }
    }

    /** The sequence number of the command's events, once it is acknowledged. */
    long answer(String id) {
      JsonNode answer = until(message -> id.equals(message.path("re").asText()));
      assertEquals("ok", answer.path("type").asText(), answer.toString());
      return answer.get("seq").asLong();
    }

    /** The events from sequence number {@code from} to {@code to}, as "seq type", once the last has come. */
    List<String> eventsFrom(long from, long to) {
      until(message -> "event".equals(message.path("type").asText()) && message.get("seq").asLong() == to);
      return messages.stream().filter(message -> "event".equals(message.path("type").asText()))
          .filter(message -> message.get("seq").asLong() >= from && message.get("seq").asLong() <= to)
          .map(message -> message.get("seq").asLong() + " " + message.at("/event/type").asText()).toList();
    }
  }
}

package se.lagetrunt.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
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
import se.lagetrunt.testing.WebSocketTestClient;

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
      List<Person> people = List.of(leader, carer, nurse);
      int owner;

      // All three say hello at once, and all are welcomed the first time, though the room has only
      // just started on one node: a join that finds no one at the meeting's address yet asks again
      // while the registration spreads through the cluster.
      try (TestClient onA = WebSocketTestClient.connect(nodes.get(0).port(), "http://localhost:" + nodes.get(0).port());
          TestClient onB = WebSocketTestClient.connect(nodes.get(1).port(), "http://localhost:" + nodes.get(1).port());
          TestClient onC = WebSocketTestClient.connect(nodes.get(2).port(), "http://localhost:" + nodes.get(2).port())) {
        String[] tokens = {cluster.token(leader), cluster.token(carer), cluster.token(nurse)};
        onA.hello(tokens[0], meeting.id(), -1);
        onB.hello(tokens[1], meeting.id(), -1);
        onC.hello(tokens[2], meeting.id(), -1);
        for (TestClient client : List.of(onA, onB, onC)) {
          assertEquals("welcome", client.next().path("type").asText());
        }
        List<Recorded> everyone = List.of(new Recorded(onA), new Recorded(onB), new Recorded(onC));
        for (Recorded client : everyone) {
          client.until(message -> "presence".equals(message.path("type").asText()) && message.get("people").size() == 3);
        }
        onA.setTopic("topic", "Vad fungerar bra?");
        onB.send("{\"type\":\"raiseHand\",\"id\":\"hand-b\"}");
        onC.send("{\"type\":\"raiseHand\",\"id\":\"hand-c\"}");
        // Sent at once from three nodes, they are decided in some order – the same for everyone.
        List<Long> seqs = List.of(everyone.get(0).answer("topic"), everyone.get(1).answer("hand-b"), everyone.get(2).answer("hand-c"));
        long first = Collections.min(seqs);
        long last = Collections.max(seqs);
        List<String> seenByA = everyone.get(0).eventsFrom(first, last);
        assertEquals(true, seenByA.size() >= 3, seenByA.toString());
        assertEquals(seenByA, everyone.get(1).eventsFrom(first, last), "the same events in the same order on every node");
        assertEquals(seenByA, everyone.get(2).eventsFrom(first, last));

        // A REST edit through a fourth connection, to a node that does not hold the meeting, lands once.
        owner = List.of("node-a", "node-b", "node-c").indexOf(cluster.ownerOf(meeting));
        HttpResponse<String> edited = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + nodes.get((owner + 1) % 3).port() + "/api/meetings/" + meeting.id()))
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
        ClusterNodes.signal(nodes.get(owner), "KILL");
        for (int i = 0; i < 3; i++) {
          if (i != owner) {
            assertEquals("meeting_moved", everyone.get(i).until(message -> "bye".equals(message.path("type").asText()))
                .get("why").asText(), "told by the cluster that the owner left");
          }
        }
      }
      List<Integer> left = new ArrayList<>(List.of(0, 1, 2));
      left.remove(Integer.valueOf(owner));
      try (TestClient one = cluster.joinWhenReady(nodes.get(left.get(0)), people.get(left.get(0)), meeting, -1);
          TestClient other = cluster.joinWhenReady(nodes.get(left.get(1)), people.get(left.get(1)), meeting, -1)) {
        Recorded b = new Recorded(one);
        Recorded c = new Recorded(other);
        b.until(message -> "presence".equals(message.path("type").asText()) && message.get("people").size() == 2);
        c.until(message -> "presence".equals(message.path("type").asText()) && message.get("people").size() == 2);
        other.send("{\"type\":\"proposeQuestion\",\"id\":\"proposed-c\",\"text\":\"Hur når vi fler anhöriga?\"}");
        long proposed = c.answer("proposed-c");
        assertEquals(c.eventsFrom(proposed, proposed), b.eventsFrom(proposed, proposed), "one room again, on one of the two");
      }
      assertEquals(List.of("hand-b", "hand-c", "proposed-c", "topic"),
          cluster.commandIds(meeting).stream().filter(id -> !id.startsWith("rest-")).sorted().toList(),
          "each once");
      assertEquals(List.of(), cluster.errors());
      assertEquals(List.of(), cluster.lines("Discarding message"),
          "a connection's address stays a while after it left, for what the room sent before it heard");
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

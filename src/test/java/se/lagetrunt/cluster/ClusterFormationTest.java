package se.lagetrunt.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lagetrunt.app.AppConfig;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.testing.ClusterNodes;
import se.lagetrunt.testing.ServerProcess;
import se.lagetrunt.testing.TestServer;

/**
 * Nodes with cluster members configured form one Vert.x cluster over Hazelcast (TCP/IP members,
 * nothing else): each says in its readiness how many nodes it sees, and only the oldest prints
 * the first enabler's link; access ended on one node ends the person's sockets on every node.
 * Without members nothing of Hazelcast starts.
 */
class ClusterFormationTest {
  private static final String FIRST_LINK = "Sign in as the first enabler";

  @Test
  void twoNodesFormOneClusterWhereOnlyTheOldestPrintsTheFirstLinkAndASignOutEndsSocketsEverywhere() throws Exception {
    try (ClusterNodes cluster = new ClusterNodes(10)) {
      int portA = ClusterNodes.freePort();
      int portB = ClusterNodes.freePort();
      String members = "127.0.0.1:" + portA + ",127.0.0.1:" + portB;
      ServerProcess a = cluster.node("node-a", Map.of("CLUSTER_MEMBERS", members, "CLUSTER_PORT", String.valueOf(portA),
          "PRINT_LOGIN_LINK", "true"));
      ServerProcess b = cluster.node("node-b", Map.of("CLUSTER_MEMBERS", members, "CLUSTER_PORT", String.valueOf(portB),
          "PRINT_LOGIN_LINK", "true"));
      assertEquals(2, clusterNodes(a), "the first node sees the second");
      assertEquals(2, clusterNodes(b));
      assertTrue(a.output().stream().anyMatch(line -> line.contains(FIRST_LINK)), "the oldest prints the link");
      assertTrue(b.output().stream().noneMatch(line -> line.contains(FIRST_LINK)), "the other does not replace it");

      // Signing out everywhere on one node ends the person's socket on the other.
      Person leader = cluster.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
      MeetingInfo meeting = cluster.meeting(leader);
      try (TestClient onB = cluster.join(b, leader, meeting, -1)) {
        HttpResponse<String> signedOut = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + a.port() + "/api/sessions"))
            .header("Authorization", "Bearer " + cluster.token(leader)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, signedOut.statusCode(), signedOut.body());
        assertEquals(4001, onB.awaitClose(), "signed out everywhere, this node's socket too");
      }
      assertEquals(List.of(), cluster.errors());
    }
  }

  @Test
  void aClusterNeedsOneDatabaseAndOneSigningKey() {
    Map<String, String> members = Map.of("CLUSTER_MEMBERS", "10.0.0.1:5701,10.0.0.2:5701", "JWT_SECRET", TestServer.SECRET);
    assertThrows(IllegalArgumentException.class, () -> AppConfig.from(Json.object(), members).checkedForCluster(),
        "not on an embedded database");
    assertThrows(IllegalArgumentException.class, () -> AppConfig.from(Json.object(),
        Map.of("CLUSTER_MEMBERS", "10.0.0.1:5701", "DATABASE_URL", "postgresql://db/laget")).checkedForCluster(),
        "not with a key kept in one node's data folder");
    AppConfig.from(Json.object(), Map.of("DATABASE_URL", "postgresql://db/laget")).checkedForCluster(); // one node: fine
  }

  @Test
  void withoutMembersNothingOfHazelcastStarts() {
    try (TestServer server = TestServer.start()) {
      assertTrue(server.server().services().people() != null);
      assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(thread -> thread.getName().startsWith("hz.")),
          "no Hazelcast thread in a server without cluster members");
    }
  }

  /**
   * The number of nodes the node's readiness names, once Hazelcast has said the cluster has two
   * members (it joins in the background).
   */
  private static int clusterNodes(ServerProcess node) throws Exception {
    assertTrue(node.awaitOutput(line -> line.contains("Members {size:2"), java.time.Duration.ofSeconds(60)),
        "the cluster formed");
    HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + node.port() + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
    for (JsonNode check : Json.read(ready.body()).path("checks")) {
      if ("cluster".equals(check.path("id").asText())) {
        return check.path("data").path("nodes").asInt();
      }
    }
    return 0;
  }
}

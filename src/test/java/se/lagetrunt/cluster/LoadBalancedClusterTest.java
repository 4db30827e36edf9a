package se.lagetrunt.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.ClusterNodes;
import se.lagetrunt.testing.Nginx;
import se.lagetrunt.testing.ServerProcess;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.WebSocketTestClient;

/**
 * Two nodes of a cluster behind the nginx site file we ship (config/nginx-site.conf, both nodes
 * listed): WebSockets go to either node at random, with no stickiness, and meet in one room; a
 * SockJS session on the fallback keeps every one of its requests on the node that opened it – the
 * file hashes them on the session id (without that, an {@code xhr_send} at the other node is a 404).
 */
class LoadBalancedClusterTest {
  @Test
  void webSocketsAnywhereAndSockJsSessionsOnTheirNodeThroughTheShippedNginx() throws Exception {
    int tls = ClusterNodes.freePort();
    String publicUrl = "https://localhost:" + tls;
    try (ClusterNodes cluster = new ClusterNodes(10)) {
      List<ServerProcess> nodes = cluster.clusterOf(Map.of("PUBLIC_URL", publicUrl), "node-a", "node-b");
      Person leader = cluster.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
      MeetingInfo meeting = cluster.meeting(leader);
      List<Person> participants = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        Person person = cluster.person("Deltagare " + i, AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
        cluster.addMember(meeting, person, MeetingRole.PARTICIPANT);
        participants.add(person);
      }
      try (Nginx nginx = Nginx.start(tls, ClusterNodes.freePort(), nodes.stream().map(ServerProcess::port).toList())) {
        List<TestClient> clients = new ArrayList<>();
        try {
          for (Person person : participants) {
            clients.add(cluster.joinWhenReady(() -> WebSocketTestClient.connectTls(tls, publicUrl), person, meeting, -1));
          }
          for (TestClient client : clients) {
            client.until(message -> "presence".equals(message.path("type").asText()) && message.get("people").size() == 5);
          }

          HttpClient http = Nginx.https();
          try (Nginx.SockJsStream sockJs = new Nginx.SockJsStream(http, publicUrl)) {
            sockJs.frameAfter(line -> line.equals("o"));
            assertEquals(204, sockJs.send("{\"type\":\"hello\",\"v\":1,\"token\":\"" + cluster.token(leader) + "\",\"meeting\":\""
                + meeting.id() + "\",\"lastSeq\":-1}"));
            sockJs.frameAfter(line -> line.contains("welcome"));
            for (int i = 1; i <= 6; i++) {
              assertEquals(204, sockJs.send("{\"type\":\"setTopic\",\"id\":\"s" + i + "\",\"text\":\"Ämne " + i + "\"}"),
                  "every request of the session reaches the node that opened it");
              String re = "\\\"re\\\":\\\"s" + i + "\\\"";
              String answer = sockJs.frameAfter(line -> line.contains(re));
              assertEquals(true, answer.contains("\\\"type\\\":\\\"ok\\\""), answer);
            }
          }
          for (TestClient client : clients) {
            client.until(message -> "Ämne 6".equals(message.at("/event/text").asText()));
          }
        } finally {
          clients.forEach(TestClient::close);
        }
      }
      assertEquals(6, cluster.count("SELECT count(*) FROM meeting_event WHERE meeting_id = '" + meeting.id()
          + "' AND command_id LIKE 's%'"));
      assertEquals(List.of(), cluster.errors());
    }
  }
}

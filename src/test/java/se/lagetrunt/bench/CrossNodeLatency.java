package se.lagetrunt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.ClusterNodes;
import se.lagetrunt.testing.ServerProcess;
import se.lagetrunt.testing.TestClient;

/**
 * What a command costs when it crosses nodes (docs/performance.md): two nodes of a cluster on one
 * Postgres, one meeting owned by the first; a member on each sends commands one after another and
 * the time to each {@code ok} is measured – on the owner's node, and on the other, where the command
 * goes over the clustered event bus and the answer comes back the same way. Prints p50/p95/p99.
 *
 * <p>The nodes are {@code Main} processes on the test classpath, so it runs with plain java:
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) se.lagetrunt.bench.CrossNodeLatency 2000
 * </pre>
 */
public final class CrossNodeLatency {
  private CrossNodeLatency() {}

  public static void main(String[] args) throws Exception {
    int commands = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    try (ClusterNodes cluster = new ClusterNodes(10)) {
      List<ServerProcess> nodes = cluster.clusterOf("node-a", "node-b");
      Person here = cluster.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
      Person there = cluster.person("Leo Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
      MeetingInfo meeting = cluster.meeting(here);
      cluster.addMember(meeting, there, MeetingRole.LEADER);
      try (TestClient onOwner = cluster.joinWhenReady(nodes.get(0), here, meeting, -1);
          TestClient onOther = cluster.joinWhenReady(nodes.get(1), there, meeting, -1)) {
        measure(onOwner, "warm-a", commands / 4);
        measure(onOther, "warm-b", commands / 4);
        print("on the owner's node", measure(onOwner, "a", commands));
        print("on another node", measure(onOther, "b", commands));
      }
    }
    System.exit(0);
  }

  private static List<Long> measure(TestClient client, String prefix, int count) {
    List<Long> micros = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = prefix + i;
      long sent = System.nanoTime();
      client.setTopic(id, "Ämne " + id);
      JsonNode answer = client.until(message -> id.equals(message.path("re").asText()));
      if (!"ok".equals(answer.path("type").asText())) {
        throw new IllegalStateException(answer.toString());
      }
      micros.add((System.nanoTime() - sent) / 1000);
    }
    return micros;
  }

  private static void print(String where, List<Long> micros) {
    List<Long> sorted = new ArrayList<>(micros);
    Collections.sort(sorted);
    System.out.printf("%-22s ack p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%d commands)%n", where,
        at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.size());
  }

  private static double at(List<Long> sorted, double quantile) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.round(quantile * (sorted.size() - 1)))) / 1000.0;
  }
}

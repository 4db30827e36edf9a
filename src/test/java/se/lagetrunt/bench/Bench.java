package se.lagetrunt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.lagetrunt.auth.TokenService;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.testing.TestPostgres;

/**
 * The benchmark: starts a real Postgres (synchronous_commit=on) and the server as its own process
 * pinned to core 0, runs each scenario several times from this process (pinned to core 1 by the
 * command in docs/performance.md), prints min/median/max and writes target/bench/results.json.
 *
 * <p>Arguments: {@code scenarios=1,2,3,4,5,6,7,minutes trials=3 seconds=10 rooms=40 sockets=5000 nodes=1};
 * with {@code nodes=2} two servers form a cluster on the same core, and each room's members take
 * them in turn (half of every room's commands cross nodes).
 */
public final class Bench {
  private Bench() {}

  /** {@code key=value} arguments over the defaults. */
  static Map<String, String> options(String[] args, Map<String, String> defaults) {
    Map<String, String> options = new LinkedHashMap<>(defaults);
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      options.put(pair[0], pair[1]);
    }
    return options;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args, Map.of(
        "scenarios", "1,2,3,4,5,6,7,minutes", "trials", "3", "seconds", "10", "rooms", "40", "sockets", "5000", "nodes", "1"));
    int trials = Integer.parseInt(options.get("trials"));
    int seconds = Integer.parseInt(options.get("seconds"));
    int rooms = Integer.parseInt(options.get("rooms"));
    byte[] random = new byte[36];
    new java.security.SecureRandom().nextBytes(random);
    String secret = java.util.Base64.getEncoder().encodeToString(random);
    // Every commit flushed to the disk, as the embedded default and any real Postgres do.
    System.setProperty(TestPostgres.FSYNC, "on");
    String database = TestPostgres.newDatabase();
    int nodes = Integer.parseInt(options.get("nodes"));
    int[] ports = new int[nodes];
    int[] clusterPorts = new int[nodes];
    for (int i = 0; i < nodes; i++) {
      ports[i] = freePort();
      clusterPorts[i] = freePort();
    }
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(2));
    TokenService tokens = new TokenService(vertx, secret, 24 * 3600, java.time.Clock.systemUTC());
    ObjectNode report = Json.object();
    long cores = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("processor")).count();
    report.put("machine", cores + " cores (this generator may use " + Runtime.getRuntime().availableProcessors() + "), "
        + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version"));
    List<ServerProcess> servers = new ArrayList<>();
    try {
      for (int i = 0; i < nodes; i++) {
        servers.add(nodes == 1 ? ServerProcess.start(database, secret, ports[i], "0")
            : ServerProcess.start(database, secret, ports[i], "0", clusterNode(i, clusterPorts)));
      }
      report.put("server", servers.get(0).pinnedTo + (nodes == 1 ? "" : ", " + nodes + " nodes of a cluster sharing it"))
          .put("database", "embedded PostgreSQL, synchronous_commit=on");
      Scenarios scenarios = new Scenarios(vertx, ports, new Fixture(database), person -> tokens.issue(person, person), servers);
      ObjectNode results = report.putObject("scenarios");
      for (String scenario : options.get("scenarios").split(",")) {
        List<JsonNode> runs = new ArrayList<>();
        for (int trial = 0; trial < trials; trial++) {
          JsonNode run = switch (scenario) {
            case "1" -> scenarios.steady(rooms, 12, 1, seconds);
            case "2" -> sweep(scenarios, seconds);
            case "3" -> scenarios.maxThroughput(rooms, 12, 8, seconds);
            case "4" -> scenarios.idleSockets(Integer.parseInt(options.get("sockets")));
            case "5" -> scenarios.roundTrip(2000);
            case "6" -> scenarios.reconnectStorm(rooms, 12, 5);
            case "7" -> scenarios.steady(rooms, 12, 1, seconds, 10);
            case "minutes" -> scenarios.minutes(20, 5, seconds);
            default -> throw new IllegalArgumentException("no scenario " + scenario);
          };
          System.out.println("scenario " + scenario + " trial " + (trial + 1) + ": " + run);
          runs.add(run);
        }
        results.set(scenario, summary(runs));
      }
    } finally {
      for (ServerProcess server : servers) {
        server.close();
      }
      vertx.close();
    }
    Path out = Path.of("target/bench/results.json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    System.exit(0);
  }

  private static int freePort() throws java.io.IOException {
    try (ServerSocket free = new ServerSocket(0)) {
      return free.getLocalPort();
    }
  }

  /** Node {@code i} of a cluster on loopback whose members listen on {@code clusterPorts}. */
  private static Map<String, String> clusterNode(int i, int[] clusterPorts) {
    List<String> members = new ArrayList<>();
    for (int port : clusterPorts) {
      members.add("127.0.0.1:" + port);
    }
    return Map.of("CLUSTER_MEMBERS", String.join(",", members), "CLUSTER_PORT", String.valueOf(clusterPorts[i]),
        "NODE_NAME", "bench-" + i);
  }

  /** Scenario 2: more and more rooms at 1 command/s per member; the largest with p99 ack ≤ 100 ms. */
  private static JsonNode sweep(Scenarios scenarios, int seconds) throws Exception {
    ObjectNode result = Json.object();
    ArrayNode steps = result.putArray("steps");
    int largest = 0;
    for (int rooms : new int[] {10, 40, 80, 100, 150, 200}) {
      ObjectNode step = scenarios.steady(rooms, 12, 1, Math.max(5, seconds / 2));
      steps.add(step);
      if (step.get("ackP99Ms").asDouble() <= 100 && step.get("errors").asLong() == 0) {
        largest = rooms;
      } else {
        break;
      }
    }
    return result.put("largestRoomsWithinP99Of100Ms", largest);
  }

  /** Every numeric figure as min/median/max over the trials. */
  private static JsonNode summary(List<JsonNode> runs) {
    ObjectNode summary = Json.object();
    runs.get(0).fieldNames().forEachRemaining(field -> {
      if (!runs.get(0).get(field).isNumber()) {
        summary.set(field, runs.get(0).get(field));
        return;
      }
      double[] values = runs.stream().mapToDouble(r -> r.path(field).asDouble()).sorted().toArray();
      summary.putObject(field).put("min", values[0]).put("median", values[values.length / 2])
          .put("max", values[values.length - 1]);
    });
    return summary;
  }
}

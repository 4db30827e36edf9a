package se.lagetrunt.testing;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.lagetrunt.auth.DeviceSessions;
import se.lagetrunt.auth.TokenService;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.MeetingStore;
import se.lagetrunt.store.Migrations;
import se.lagetrunt.store.Person;
import se.lagetrunt.store.PersonStore;
import se.lagetrunt.store.PostgresEndpoint;
import se.lagetrunt.store.SessionStore;

/**
 * Several servers as an operator runs a cluster: each {@code Main} in a process of its own on one
 * Postgres, with its own name, the same signing key and a short meeting lease; and what a test
 * needs around them – people, meetings, sign-ins, SQL. The nodes run on the machine's clock, as
 * in production (a lease is real time between processes), so the sign-ins made here are too.
 */
public final class ClusterNodes implements AutoCloseable {
  private final String databaseUrl = TestPostgres.newDatabase();
  private final Vertx vertx = Vertx.vertx();
  private final Pool pool;
  private final PersonStore people;
  private final MeetingStore meetings;
  private final DeviceSessions sessions;
  private final TokenService tokens;
  private final int leaseSeconds;
  private final List<ServerProcess> started = new ArrayList<>();

  public ClusterNodes(int leaseSeconds) {
    this.leaseSeconds = leaseSeconds;
    PostgresEndpoint endpoint = PostgresEndpoint.fromUrl(databaseUrl);
    Migrations.run(endpoint);
    pool = PgBuilder.pool().connectingTo(endpoint.connectOptions()).using(vertx).build();
    people = new PersonStore(pool);
    meetings = new MeetingStore(pool);
    sessions = new DeviceSessions(new SessionStore(pool), Duration.ofDays(30), Clock.systemUTC());
    tokens = new TokenService(vertx, TestServer.SECRET, 86_400, Clock.systemUTC());
  }

  /** Starts a node named {@code name}; waits until it listens. */
  public ServerProcess node(String name) throws Exception {
    return node(name, Map.of());
  }

  /** Starts a node named {@code name} with more settings ({@code env}); waits until it listens. */
  public ServerProcess node(String name, Map<String, String> more) throws Exception {
    Map<String, String> env = new HashMap<>(Map.of("DATABASE_URL", databaseUrl, "JWT_SECRET", TestServer.SECRET,
        "NODE_NAME", name, "MEETING_LEASE_SECONDS", String.valueOf(leaseSeconds), "DRAIN_SECONDS", "0",
        "DATA_DIR", Files.createTempDirectory("laget-node").toString()));
    env.putAll(more);
    ServerProcess node = ServerProcess.start(env);
    started.add(node);
    return node;
  }

  /** A port nothing listens on now, for a node's Hazelcast. */
  public static int freePort() throws java.io.IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public Person person(String name, AccountRole role, StakeholderGroup group) {
    return TestServer.await(people.create(name, null, null, role, group));
  }

  public MeetingInfo meeting(Person creator) {
    return TestServer.await(meetings.create("Klustermöte", creator.id(), MeetingRole.LEADER));
  }

  public void addMember(MeetingInfo meeting, Person person, MeetingRole role) {
    TestServer.await(meetings.addMember(meeting.id(), person.id(), role));
  }

  /** A sign-in on a new device, valid on every node. */
  public String token(Person person) {
    UUID session = TestServer.await(sessions.open(person.id(), null, "test"));
    return tokens.issue(person.id(), session);
  }

  /** A WebSocket client on that node, from its own origin, welcomed into the meeting. */
  public TestClient join(ServerProcess node, Person person, MeetingInfo meeting, long lastSeq) {
    TestClient client = WebSocketTestClient.connect(node.port(), "http://localhost:" + node.port());
    client.hello(token(person), meeting.id(), lastSeq);
    client.next("welcome");
    return client;
  }

  /**
   * A WebSocket client welcomed into the meeting on that node, trying again while the node says the
   * meeting is unavailable (its owner's address not yet known here, or its lease not yet run out).
   */
  public TestClient joinWhenReady(ServerProcess node, Person person, MeetingInfo meeting, long lastSeq) {
    return joinWhenReady(() -> WebSocketTestClient.connect(node.port(), "http://localhost:" + node.port()), person, meeting, lastSeq);
  }

  /** The same through whatever {@code connect} opens (a proxy in front of the nodes). */
  public TestClient joinWhenReady(java.util.function.Supplier<TestClient> connect, Person person, MeetingInfo meeting, long lastSeq) {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      TestClient client = connect.get();
      client.hello(token(person), meeting.id(), lastSeq);
      com.fasterxml.jackson.databind.JsonNode first = client.next();
      if ("welcome".equals(first.path("type").asText())) {
        return client;
      }
      client.close();
      if (System.nanoTime() > deadline) {
        throw new AssertionError("never welcomed: " + first);
      }
    }
  }

  /** Starts {@code names.length} nodes as one Hazelcast cluster (members on loopback); waits until each listens. */
  public List<ServerProcess> clusterOf(String... names) throws Exception {
    return clusterOf(Map.of(), names);
  }

  /** {@link #clusterOf(String...)} with more settings for every node (a public URL behind a proxy). */
  public List<ServerProcess> clusterOf(Map<String, String> more, String... names) throws Exception {
    List<Integer> ports = new ArrayList<>();
    for (String name : names) {
      ports.add(freePort());
    }
    String members = String.join(",", ports.stream().map(port -> "127.0.0.1:" + port).toList());
    List<ServerProcess> nodes = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      Map<String, String> env = new HashMap<>(more);
      env.putAll(Map.of("CLUSTER_MEMBERS", members, "CLUSTER_PORT", String.valueOf(ports.get(i))));
      nodes.add(node(names[i], env));
    }
    return nodes;
  }

  public void execute(String sql) {
    TestPostgres.execute(databaseUrl, sql);
  }

  public long count(String sql) {
    return TestPostgres.count(databaseUrl, sql);
  }

  /** What the passing of the lease's time does for a node that stopped renewing (paused or cut off). */
  public void runOutLease(MeetingInfo meeting) {
    execute("UPDATE meeting_owner SET lease_until = clock_timestamp() - interval '1 second' WHERE meeting_id = '"
        + meeting.id() + "'");
  }

  /** The name of the node that holds the meeting now. */
  public String ownerOf(MeetingInfo meeting) {
    return TestServer.await(pool.query("SELECT node FROM meeting_owner WHERE meeting_id = '" + meeting.id() + "'").execute())
        .iterator().next().getString(0);
  }

  /** The command ids in the meeting's log, in order. */
  public List<String> commandIds(MeetingInfo meeting) {
    return TestServer.await(pool.query("SELECT command_id FROM meeting_event WHERE meeting_id = '" + meeting.id()
        + "' AND command_id IS NOT NULL ORDER BY seq").execute()).stream().map(row -> row.getString(0)).toList();
  }

  /** Lines logged at ERROR by any node started, killed ones too: none is expected from an ordinary failover. */
  public List<String> errors() {
    return lines(" ERROR ");
  }

  /** Lines any node started has logged that contain {@code text}. */
  public List<String> lines(String text) {
    return started.stream().flatMap(node -> node.output().stream()).filter(line -> line.contains(text)).toList();
  }

  /** Sends the node's process a signal by name (STOP, CONT, KILL), as {@code kill -s} does. */
  public static void signal(ServerProcess node, String signal) throws Exception {
    Process kill = new ProcessBuilder("/bin/kill", "-s", signal, String.valueOf(node.process().pid())).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -s " + signal + " failed");
    }
  }

  @Override
  public void close() {
    started.forEach(node -> {
      try {
        signal(node, "CONT"); // a paused node could not be killed otherwise by some systems' rules
      } catch (Exception gone) {
        // already ended
      }
      node.close();
    });
    TestServer.await(pool.close());
    TestServer.await(vertx.close());
  }
}

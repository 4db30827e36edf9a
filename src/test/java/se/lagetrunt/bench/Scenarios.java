package se.lagetrunt.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import se.lagetrunt.protocol.Json;

/**
 * The benchmark's scenarios against a running server. Each returns its figures as JSON; the
 * runner repeats them and keeps min/median/max.
 */
final class Scenarios {
  private final Vertx vertx;
  private final WebSocketClient sockets;
  /** The servers' ports: members take them in turn, so with several nodes a room's members are on each. */
  private final int[] ports;
  private final Fixture fixture;
  private final Function<UUID, String> tokenFor;
  private final List<ServerProcess> servers;
  private final Random random = new Random(20261122);
  private final io.vertx.core.http.HttpClient http;

  Scenarios(Vertx vertx, int port, Fixture fixture, Function<UUID, String> tokenFor, ServerProcess server) {
    this(vertx, new int[] {port}, fixture, tokenFor, server == null ? List.of() : List.of(server));
  }

  /** Against several nodes of a cluster: their CPU is summed, the heap figures are the first's. */
  Scenarios(Vertx vertx, int[] ports, Fixture fixture, Function<UUID, String> tokenFor, List<ServerProcess> servers) {
    this.vertx = vertx;
    this.sockets = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(100_000));
    this.http = vertx.createHttpClient(new io.vertx.core.http.HttpClientOptions().setKeepAlive(true),
        new io.vertx.core.http.PoolOptions().setHttp1MaxSize(1000));
    this.ports = ports.clone();
    this.fixture = fixture;
    this.tokenFor = tokenFor;
    this.servers = servers;
  }

  /** Connects every member of the rooms and waits until each has caught up. */
  List<LoadClient> join(List<Fixture.Room> rooms, Stats stats) throws Exception {
    return join(rooms, stats, null, 0);
  }

  /** As above; every {@code sockJsEvery}-th member (0: none) speaks SockJS and is counted in {@code sockJsStats}. */
  List<LoadClient> join(List<Fixture.Room> rooms, Stats stats, Stats sockJsStats, int sockJsEvery) throws Exception {
    List<LoadClient> clients = new ArrayList<>();
    List<Future<LoadClient>> joining = new ArrayList<>();
    int n = 0;
    for (Fixture.Room room : rooms) {
      for (UUID person : room.people()) {
        boolean sockJs = sockJsEvery > 0 && n % sockJsEvery == sockJsEvery - 1;
        LoadClient client = new LoadClient(sockets, sockJs ? http : null, ports[n % ports.length], tokenFor.apply(person),
            room.meetingId(), "c" + n++, sockJs ? sockJsStats : stats);
        clients.add(client);
        joining.add(client.connect());
        if (joining.size() % 200 == 0) {
          await(Future.join(new ArrayList<>(joining)), 60); // no more than a few hundred handshakes at once
        }
      }
    }
    await(Future.join(joining), 120);
    waitUntil(() -> clients.stream().allMatch(LoadClient::caughtUp), 120);
    return clients;
  }

  /**
   * Rooms of {@code perRoom} members, each sending {@code rate} commands a second for {@code seconds}:
   * the leader sets the topic, two note-takers append to the minutes, and everyone else in turn
   * raises or lowers a hand and comments on the minutes.
   */
  ObjectNode steady(int rooms, int perRoom, double rate, int seconds) throws Exception {
    return steady(rooms, perRoom, rate, seconds, 0);
  }

  /** Scenario 1 with every {@code sockJsEvery}-th member on SockJS; their latencies are reported apart. */
  ObjectNode steady(int rooms, int perRoom, double rate, int seconds, int sockJsEvery) throws Exception {
    Stats stats = new Stats();
    Stats sockJsStats = new Stats();
    List<LoadClient> clients = join(fixture.rooms(rooms, perRoom), stats, sockJsStats, sockJsEvery);
    Thread.sleep(1200); // Postgres flushes its statistics late: let the joins' own transactions land first
    long xactBefore = fixture.transactions();
    long ackedBefore = stats.acked.get();
    long receivedBefore = stats.received.get();
    double serverCpu = serverCpu();
    double ownCpu = CpuTime.self();
    long periodMs = Math.max(1, Math.round(1000 / rate));
    List<Long> timers = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      LoadClient client = clients.get(i);
      int seat = i % perRoom;
      long start = 1 + random.nextInt((int) periodMs);
      int[] tick = {0};
      vertx.setTimer(start, t -> timers.add(vertx.setPeriodic(periodMs, p -> {
        if (seat == 0) {
          client.setTopic();
        } else if (seat <= 2) {
          client.typeIntoMinutes();
        } else if (tick[0]++ % 2 == 0) {
          client.toggleHand();
        } else {
          client.comment();
        }
      })));
    }
    Thread.sleep(seconds * 1000L);
    new ArrayList<>(timers).forEach(vertx::cancelTimer);
    Thread.sleep(2000); // let what was sent be answered
    long acked = stats.acked.get() - ackedBefore;
    ObjectNode result = figures(stats, seconds, acked, stats.received.get() - receivedBefore);
    Thread.sleep(600); // pg_stat_database is flushed at most every half second
    result.put("pgTransactionsPerCommand", (fixture.transactions() - xactBefore) / (double) Math.max(1, acked));
    result.put("serverCpuSeconds", serverCpu() - serverCpu).put("generatorCpuSeconds", CpuTime.self() - ownCpu);
    if (sockJsEvery > 0) {
      result.put("sockJsClients", clients.size() / sockJsEvery)
          .put("sockJsAckP50Ms", sockJsStats.ack.percentileMillis(50)).put("sockJsAckP99Ms", sockJsStats.ack.percentileMillis(99))
          .put("sockJsFanoutP99Ms", sockJsStats.fanout.percentileMillis(99)).put("sockJsErrors", sockJsStats.errors.get());
    }
    result.put("gaps", clients.stream().mapToInt(c -> c.gaps).sum());
    result.put("duplicates", clients.stream().mapToInt(c -> c.duplicates).sum());
    closeAll(clients);
    return result.put("rooms", rooms).put("clients", clients.size());
  }

  /**
   * As many durable commands a second as the server takes: every client keeps a window of commands
   * in flight (everyone leads these rooms, so every command is accepted).
   */
  ObjectNode maxThroughput(int rooms, int perRoom, int window, int seconds) throws Exception {
    Stats stats = new Stats();
    List<LoadClient> clients = join(fixture.rooms(rooms, perRoom, true), stats);
    Thread.sleep(1200); // as in steady()
    long xactBefore = fixture.transactions();
    double serverCpu = serverCpu();
    double ownCpu = CpuTime.self();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long timer = vertx.setPeriodic(2, t -> {
      if (System.nanoTime() > end) {
        return;
      }
      for (LoadClient client : clients) {
        for (long k = client.inFlight(); k < window; k++) {
          client.setTopic(); // everyone leads these rooms, and a topic has no limit to run into
        }
      }
    });
    Thread.sleep(seconds * 1000L);
    vertx.cancelTimer(timer);
    Thread.sleep(2000);
    long acked = stats.acked.get();
    ObjectNode result = figures(stats, seconds, acked, stats.received.get());
    Thread.sleep(600);
    result.put("pgTransactionsPerCommand", (fixture.transactions() - xactBefore) / (double) Math.max(1, acked));
    result.put("serverCpuSeconds", serverCpu() - serverCpu).put("generatorCpuSeconds", CpuTime.self() - ownCpu);
    closeAll(clients);
    return result.put("rooms", rooms).put("clients", clients.size()).put("window", window);
  }

  /** One client, one command at a time, on an otherwise idle server: the round trip itself. */
  ObjectNode roundTrip(int commands) throws Exception {
    Stats stats = new Stats();
    List<LoadClient> clients = join(fixture.rooms(1, 1), stats);
    LoadClient client = clients.get(0);
    for (int i = 0; i < commands; i++) {
      long before = stats.acked.get();
      client.setTopic();
      waitUntil(() -> stats.acked.get() > before || stats.errors.get() > 0, 10);
    }
    ObjectNode result = figures(stats, 0, stats.acked.get(), stats.received.get());
    closeAll(clients);
    return result.put("commands", commands);
  }

  /** Heap per idle joined socket after a full collection (needs the server in its own process). */
  ObjectNode idleSockets(int count) throws Exception {
    if (servers.isEmpty()) {
      return Json.object().put("skipped", "needs the server in its own process");
    }
    long before = servers.get(0).heapAfterGcKiB();
    Stats stats = new Stats();
    int perRoom = 12;
    List<LoadClient> clients = join(fixture.rooms(Math.max(1, count / perRoom), perRoom), stats);
    long after = servers.get(0).heapAfterGcKiB();
    if (Boolean.getBoolean("bench.histogram")) {
      System.out.println(servers.get(0).histogram(40));
    }
    ObjectNode result = Json.object().put("sockets", clients.size()).put("heapBeforeKiB", before).put("heapAfterKiB", after)
        .put("bytesPerSocket", (after - before) * 1024.0 / clients.size()).put("errors", stats.errors.get());
    closeAll(clients);
    return result;
  }

  /**
   * All members of scenario 1 drop their connections and come back within {@code spreadSeconds},
   * while a tenth of them keep sending: how long until each is caught up, and whether any event
   * was lost or came twice.
   */
  ObjectNode reconnectStorm(int rooms, int perRoom, int spreadSeconds) throws Exception {
    Stats stats = new Stats();
    List<LoadClient> clients = join(fixture.rooms(rooms, perRoom), stats);
    List<Long> timers = new ArrayList<>();
    for (int i = 0; i < clients.size(); i += 10) {
      LoadClient talker = clients.get(i);
      timers.add(vertx.setPeriodic(1000, t -> talker.toggleHand()));
    }
    Thread.sleep(1000);
    Latencies resync = new Latencies();
    List<Future<Void>> back = new ArrayList<>();
    for (LoadClient client : clients) {
      await(client.close(), 10);
    }
    for (LoadClient client : clients) {
      long delay = 1 + random.nextInt(spreadSeconds * 1000);
      io.vertx.core.Promise<Void> done = io.vertx.core.Promise.promise();
      back.add(done.future());
      vertx.setTimer(delay, t -> {
        long start = System.nanoTime();
        client.welcomeSeq = -1;
        client.connect().onFailure(done::tryFail).onSuccess(c -> {
          long poll = vertx.setPeriodic(5, p -> {
            if (client.caughtUp()) {
              resync.add((System.nanoTime() - start) / 1000);
              done.tryComplete();
            }
          });
          done.future().onComplete(x -> vertx.cancelTimer(poll));
        });
      });
    }
    await(Future.join(back), spreadSeconds + 60L);
    Thread.sleep(1500);
    timers.forEach(vertx::cancelTimer);
    ObjectNode result = Json.object().put("clients", clients.size())
        .put("resyncP50Ms", resync.percentileMillis(50)).put("resyncP99Ms", resync.percentileMillis(99))
        .put("lost", clients.stream().mapToInt(c -> c.gaps).sum())
        .put("duplicated", clients.stream().mapToInt(c -> c.duplicates).sum())
        .put("errors", stats.errors.get()).put("errorCodes", stats.errorCodes.toString());
    closeAll(clients);
    return result;
  }

  /** {@code editors} people in one section, each appending {@code rate} times a second. */
  ObjectNode minutes(int editors, double rate, int seconds) throws Exception {
    Stats stats = new Stats();
    List<LoadClient> clients = join(fixture.rooms(1, editors), stats);
    long periodMs = Math.round(1000 / rate);
    List<Long> timers = new ArrayList<>();
    for (LoadClient client : clients) {
      timers.add(vertx.setPeriodic(periodMs, t -> client.typeIntoMinutes()));
    }
    Thread.sleep(seconds * 1000L);
    timers.forEach(vertx::cancelTimer);
    Thread.sleep(2000);
    ObjectNode result = figures(stats, seconds, stats.acked.get(), stats.received.get());
    closeAll(clients);
    return result.put("editors", editors).put("conflicts", stats.conflicts.get());
  }

  private ObjectNode figures(Stats stats, int seconds, long acked, long received) {
    ObjectNode result = Json.object()
        .put("ackP50Ms", stats.ack.percentileMillis(50)).put("ackP95Ms", stats.ack.percentileMillis(95))
        .put("ackP99Ms", stats.ack.percentileMillis(99))
        .put("fanoutP50Ms", stats.fanout.percentileMillis(50)).put("fanoutP95Ms", stats.fanout.percentileMillis(95))
        .put("fanoutP99Ms", stats.fanout.percentileMillis(99))
        .put("sent", stats.sent.get()).put("acked", acked).put("errors", stats.errors.get()).put("conflicts", stats.conflicts.get());
    if (!stats.errorCodes.isEmpty()) {
      result.put("errorCodes", stats.errorCodes.toString());
    }
    if (seconds > 0) {
      result.put("commandsPerSecondIn", acked / (double) seconds).put("messagesPerSecondOut", received / (double) seconds);
    }
    return result;
  }

  private double serverCpu() throws java.io.IOException {
    if (servers.isEmpty()) {
      return Double.NaN;
    }
    double seconds = 0;
    for (ServerProcess server : servers) {
      seconds += server.cpuSeconds();
    }
    return seconds;
  }

  private void closeAll(List<LoadClient> clients) throws Exception {
    List<Future<Void>> closing = new ArrayList<>();
    clients.forEach(c -> closing.add(c.close()));
    await(Future.join(closing), 60);
  }

  static <T> T await(Future<T> future, long seconds) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(seconds, TimeUnit.SECONDS);
  }

  static void waitUntil(java.util.function.BooleanSupplier done, long seconds) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new IllegalStateException("timed out waiting");
      }
      Thread.sleep(2);
    }
  }
}

package se.lagetrunt.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.ClusterNodes;
import se.lagetrunt.testing.ServerProcess;

/**
 * Two nodes on one database and three writers storming one meeting on the node that is up; a
 * test ends that node (killed, or stopped as an operator stops it), sends the writers to the other
 * and starts the ended one again under its name – and in the end checks the log against every
 * acknowledgement.
 */
final class Storm implements AutoCloseable {
  private static final long PATIENCE_NANOS = 60_000_000_000L;
  private final ClusterNodes cluster;
  private final ServerProcess[] nodes = new ServerProcess[2];
  private final String[] names = {"node-a", "node-b"};
  private final AtomicReference<ServerProcess> up = new AtomicReference<>();
  private final MeetingInfo meeting;
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final List<Writer> writers = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  /** What the writers notify after each acknowledgement. */
  private final Object progress = new Object();
  private int owner;
  private boolean stopped;

  Storm(int leaseSeconds) throws Exception {
    cluster = new ClusterNodes(leaseSeconds);
    nodes[0] = cluster.node(names[0]);
    nodes[1] = cluster.node(names[1]);
    up.set(nodes[0]);
    Person creator = cluster.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    meeting = cluster.meeting(creator);
    for (int w = 0; w < 3; w++) {
      Person person = w == 0 ? creator : cluster.person("Ledare " + w, AccountRole.LEADER, StakeholderGroup.OFFICIAL);
      cluster.addMember(meeting, person, MeetingRole.LEADER);
      Writer writer = new Writer("w" + w, up::get, () -> cluster.token(person), meeting.id().toString(), acknowledged,
          progress);
      writers.add(writer);
      Thread thread = new Thread(writer, "writer-" + w);
      thread.start();
      threads.add(thread);
    }
  }

  /**
   * Lets the storm run until {@code more} commands more are acknowledged, then ends the node the
   * writers are on with {@code signal} (KILL, TERM) and sends them to the other. Returns the
   * milliseconds from the signal until every writer was acknowledged by the other node; then
   * starts the ended node again under its name.
   */
  long endOwner(String signal, int more) throws Exception {
    awaitAcknowledged(acknowledged.size() + more, "before ending " + names[owner]);
    ServerProcess ended = nodes[owner];
    owner = 1 - owner;
    up.set(nodes[owner]);
    long signalled = System.nanoTime();
    ClusterNodes.signal(ended, signal);
    int port = nodes[owner].port();
    awaitWriters(() -> writers.stream().allMatch(writer -> writer.lastAcknowledgedBy() == port),
        "a writer was stuck after " + signal);
    long millis = (writers.stream().mapToLong(Writer::lastAcknowledgedNanos).max().orElseThrow() - signalled) / 1_000_000;
    ended.process().waitFor();
    nodes[1 - owner] = cluster.node(names[1 - owner]);
    return millis;
  }

  /**
   * Stops the writers and checks the log: every acknowledged command there once, no ERROR logged
   * by any node – and, as a negative control, that the same check sees a loss and a repeat.
   */
  int assertNothingLostOrRepeated() throws InterruptedException {
    stopWriters();
    List<String> logged = cluster.commandIds(meeting);
    assertEquals(List.of(), Durability.lost(acknowledged, logged), "no acknowledged command lost");
    assertEquals(List.of(), Durability.repeated(logged), "none stored twice");
    assertEquals(List.of(), cluster.errors(), "a node ending is an ordinary event for the others");
    String one = acknowledged.iterator().next();
    List<String> lossy = new ArrayList<>(logged);
    lossy.remove(one);
    assertEquals(List.of(one), Durability.lost(acknowledged, lossy), "the check sees a loss");
    lossy.add(logged.get(0));
    assertEquals(List.of(logged.get(0)), Durability.repeated(lossy), "and a repeat");
    assertTrue(acknowledged.size() >= logged.size() - writers.size(), "unacknowledged at most one per writer");
    return acknowledged.size();
  }

  private void awaitAcknowledged(int count, String when) throws InterruptedException {
    awaitWriters(() -> acknowledged.size() >= count, when + ": the writers stalled");
  }

  /** Until the writers' acknowledgements make {@code done} true (each one wakes this up); fails after a minute. */
  private void awaitWriters(java.util.function.BooleanSupplier done, String failure) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE_NANOS;
    synchronized (progress) {
      while (!done.getAsBoolean()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(failure + " at " + acknowledged.size() + " acknowledged: " + writers + "\n" + tails());
        }
        progress.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  /** What the nodes logged last (without the access log and stack frames), for a test that failed. */
  private String tails() {
    StringBuilder tails = new StringBuilder();
    for (ServerProcess node : nodes) {
      List<String> output = node.output().stream()
          .filter(line -> !line.contains(" access - ") && !line.startsWith("\tat ")).toList();
      tails.append("--- node on ").append(node.port()).append('\n')
          .append(String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size()))).append('\n');
    }
    return tails.toString();
  }

  private void stopWriters() throws InterruptedException {
    if (!stopped) {
      stopped = true;
      writers.forEach(Writer::stop);
      for (Thread thread : threads) {
        thread.join(30_000);
      }
    }
  }

  @Override
  public void close() throws Exception {
    stopWriters();
    cluster.close();
  }
}

package se.lagetrunt.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.LogWatch;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;

/**
 * The embedded default's Postgres, frozen and then killed under a running server: readiness says
 * "down" in time instead of hanging, and a killed database is started again by the server itself,
 * with what it had committed, logged once rather than once per meeting per second.
 */
class DatabaseOutageTest {
  /** Warnings and worse from our own code, and the moment the database runs again. */
  private static final class Watch extends Handler implements AutoCloseable {
    final List<String> warnings = new CopyOnWriteArrayList<>();
    final CountDownLatch runsAgain = new CountDownLatch(1);

    Watch() {
      setLevel(Level.ALL);
      Logger.getLogger("se.lagetrunt").addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
      if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
        warnings.add(record.getLoggerName() + ": " + record.getMessage());
      }
      if (record.getMessage() != null && record.getMessage().startsWith("The embedded database runs again")) {
        runsAgain.countDown();
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
      Logger.getLogger("se.lagetrunt").removeHandler(this);
    }
  }

  private static ProcessHandle postmaster(TestServer server) throws Exception {
    Path pgData = server.server().config().dataDir().resolve("postgres").toAbsolutePath();
    return LeftoverPostgres.running(pgData).orElseThrow();
  }

  private static void signal(String signal, ProcessHandle postmaster) throws Exception {
    List<String> command = new ArrayList<>(List.of("kill", "-" + signal, String.valueOf(postmaster.pid())));
    postmaster.descendants().forEach(child -> command.add(String.valueOf(child.pid())));
    assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor());
  }

  @Test
  void aFrozenDatabaseIsReportedDownInTimeAndAKilledOneIsStartedAgain() throws Exception {
    try (TestServer server = TestServer.start(null, Map.of()); Watch log = new Watch(); LogWatch errors = new LogWatch()) {
      Person leader = server.person("Lena Ledare", AccountRole.PARTICIPANT, StakeholderGroup.CARE_STAFF);
      MeetingInfo meeting = server.meeting(leader, MeetingRole.LEADER);
      try (TestClient client = server.join(leader, meeting.id(), 0)) {
        client.setTopic("before", "Före avbrottet");
        client.until(message -> "before".equals(message.path("re").asText()) && "ok".equals(message.path("type").asText()));
      }

      ProcessHandle frozen = postmaster(server);
      signal("STOP", frozen);
      long asked = System.nanoTime();
      HealthTest.Answer ready;
      try {
        ready = HealthTest.get(server.port(), "/health/ready");
      } finally {
        signal("CONT", frozen);
      }
      long tookMillis = (System.nanoTime() - asked) / 1_000_000;
      assertEquals(503, ready.status(), ready.body().toString());
      assertEquals("DOWN", ready.checks().get("database"));
      assertTrue(tookMillis < Health.DATABASE_TIMEOUT_MILLIS + 3000, "answered in " + tookMillis + " ms, not hanging");
      assertEquals(200, HealthTest.get(server.port(), "/health/live").status());

      ProcessHandle killed = postmaster(server);
      killed.destroyForcibly();
      assertTrue(log.runsAgain.await(90, TimeUnit.SECONDS), "the server started its database again: " + log.warnings);
      assertTrue(postmaster(server).pid() != killed.pid());
      assertEquals(200, HealthTest.get(server.port(), "/health/ready").status());
      try (TestClient client = server.join(leader, meeting.id(), 0)) {
        client.setTopic("after", "Efter avbrottet");
        client.until(message -> "after".equals(message.path("re").asText()) && "ok".equals(message.path("type").asText()));
      }
      assertTrue(log.warnings.size() <= 3, "the outage was logged once, not per meeting and second: " + log.warnings);
      assertEquals(List.of(), errors.errors(), "an outage the server recovers from is no ERROR");
    }
  }
}

package se.lagetrunt.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.TestServer;

/**
 * The benchmark's own machinery, briefly and on a tiny load, in every test run: no errors, no event
 * lost or sent twice, minutes that converge. The real figures come from {@link Bench} (see
 * docs/performance.md), never from a timed test.
 */
class BenchSmokeTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  private static Vertx vertx;
  private static Scenarios scenarios;

  @BeforeAll
  static void generator() {
    vertx = Vertx.vertx();
    scenarios = new Scenarios(vertx, server.port(), new Fixture(server.databaseUrl()),
        person -> server.server().services().tokens().issue(person, person), null);
  }

  @AfterAll
  static void stop() {
    vertx.close();
  }

  @Test
  void mixedTrafficInSmallRoomsIsAnsweredWithNothingLost() throws Exception {
    ObjectNode steady = scenarios.steady(2, 5, 4, 2);
    assertEquals(0, steady.get("errors").asLong(), steady.toString());
    assertEquals(0, steady.get("gaps").asLong());
    assertEquals(0, steady.get("duplicates").asLong());
    assertTrue(steady.get("acked").asLong() > 20, steady.toString());
    assertTrue(steady.get("pgTransactionsPerCommand").asDouble() > 0, "counted from pg_stat_database");
  }

  @Test
  void sockJsMembersTakePartLikeTheOthers() throws Exception {
    ObjectNode mixed = scenarios.steady(1, 6, 4, 2, 3);
    assertEquals(2, mixed.get("sockJsClients").asInt());
    assertEquals(0, mixed.get("sockJsErrors").asLong(), mixed.toString());
    assertEquals(0, mixed.get("errors").asLong(), mixed.toString());
    assertEquals(0, mixed.get("gaps").asLong());
    assertTrue(mixed.get("sockJsAckP50Ms").asDouble() > 0, mixed.toString());
  }

  @Test
  void aReconnectStormLosesAndRepeatsNothing() throws Exception {
    ObjectNode storm = scenarios.reconnectStorm(2, 5, 1);
    assertEquals(0, storm.get("lost").asLong(), storm.toString());
    assertEquals(0, storm.get("duplicated").asLong());
    assertEquals(0, storm.get("errors").asLong());
  }

  @Test
  void editorsInOneSectionGetEverythingSaved() throws Exception {
    ObjectNode minutes = scenarios.minutes(3, 4, 2);
    assertEquals(0, minutes.get("errors").asLong(), minutes.toString());
    assertTrue(minutes.get("acked").asLong() > 5, minutes.toString());
  }
}

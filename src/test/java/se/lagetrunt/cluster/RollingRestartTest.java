package se.lagetrunt.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rolling restart under load: each of two nodes is stopped as an operator stops it (SIGTERM)
 * and started again, twice in turn, while three writers storm a meeting. A stopping node answers
 * what it is committing, gives its meetings up and sends its clients on, so the other node takes
 * the meeting at once – the lease here is a minute, which a takeover that waited for it would
 * show – and nothing acknowledged is lost or stored twice.
 */
class RollingRestartTest {
  private static final int LEASE_SECONDS = 60;

  @Test
  void stoppingEachNodeInTurnLosesNothingAndStrandsNoOne() throws Exception {
    try (Storm storm = new Storm(LEASE_SECONDS)) {
      List<Long> switchMillis = new ArrayList<>();
      for (int restart = 1; restart <= 4; restart++) {
        switchMillis.add(storm.endOwner("TERM", 50));
      }
      int acknowledged = storm.assertNothingLostOrRepeated();
      System.out.println("RollingRestartTest: " + acknowledged + " acknowledged; stop to every writer acknowledged by the "
          + "other node (ms): " + switchMillis);
      switchMillis.forEach(millis -> assertTrue(millis < LEASE_SECONDS * 1000 / 2, "given up, not waited out: " + switchMillis));
    }
  }
}

package se.lagetrunt.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Kill -9 the node that owns a live meeting, ten times at random moments of a storm of commands
 * from three writers: each time they connect to the other node, which takes the meeting over once
 * the dead node's lease (2 s here) runs out, and send again what was not answered. Afterwards
 * every acknowledged command is in the log exactly once – and the check would see one that was
 * not (the negative control). The seed is printed; {@code -Dlagetrunt.failoverSeed} repeats a run.
 */
class FailoverTest {
  @Test
  void killingTheOwnerTenTimesLosesAndRepeatsNoAcknowledgedCommand() throws Exception {
    long seed = Long.getLong("lagetrunt.failoverSeed", new Random().nextLong());
    System.out.println("FailoverTest seed " + seed);
    Random random = new Random(seed);
    try (Storm storm = new Storm(2)) {
      List<Long> failoverMillis = new ArrayList<>();
      for (int kill = 1; kill <= 10; kill++) {
        failoverMillis.add(storm.endOwner("KILL", 20 + random.nextInt(100))); // a storm of a random length
      }
      int acknowledged = storm.assertNothingLostOrRepeated();
      System.out.println("FailoverTest: " + acknowledged + " acknowledged; kill to every writer acknowledged again (ms): "
          + failoverMillis);
    }
  }
}

package se.lagetrunt.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Forty rooms retrying every second against a database that is down for fifteen seconds: 600
 * failures, and the log says it once, then once more with the count when it goes on.
 */
class RepeatedFaultsTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void theSameFailureIsLoggedOnceAMinuteWithHowManyTimesItHappened() {
    Logger logger = Logger.getLogger("test.repeated-faults");
    logger.setUseParentHandlers(false);
    List<LogRecord> warnings = new ArrayList<>();
    logger.addHandler(new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
          warnings.add(record);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
    AtomicLong now = new AtomicLong(1000 * SECOND);
    RepeatedFaults faults = new RepeatedFaults(logger, now::get);
    ConnectException refused = new ConnectException("Connection refused: localhost/127.0.0.1:5432");

    for (int second = 0; second < 15; second++) {
      for (int room = 0; room < 40; room++) {
        faults.report("reload failed for meeting " + room, refused);
      }
      now.addAndGet(SECOND);
    }
    assertEquals(1, warnings.size(), "one line for 600 failures of one kind");
    assertNotNull(warnings.get(0).getThrown(), "the first says where it came from");

    faults.report("append failed in meeting 7", new IllegalStateException("something else"));
    assertEquals(2, warnings.size(), "another kind of failure is not hidden by the first");

    now.addAndGet(RepeatedFaults.QUIET_NANOS);
    faults.report("reload failed for meeting 3", refused);
    assertEquals(3, warnings.size());
    assertTrue(warnings.get(2).getMessage().contains("and 599 more like it"), warnings.get(2).getMessage());
  }
}

package se.lagetrunt.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what the server logs at SEVERE while a test runs: ordinary events (a dropped
 * connection, a malformed request) must never be logged as errors.
 */
public final class LogWatch extends Handler implements AutoCloseable {
  private final List<String> errors = new CopyOnWriteArrayList<>();

  public LogWatch() {
    setLevel(Level.SEVERE);
    Logger.getLogger("").addHandler(this);
  }

  public List<String> errors() {
    return List.copyOf(errors);
  }

  @Override
  public void publish(LogRecord record) {
    if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
      errors.add(record.getLoggerName() + ": " + record.getMessage()
          + (record.getThrown() == null ? "" : " " + record.getThrown()));
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    Logger.getLogger("").removeHandler(this);
  }
}

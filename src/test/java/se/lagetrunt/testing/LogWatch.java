package se.lagetrunt.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what the server logs as an error while a test runs – through java.util.logging (ours)
 * and through SLF4J's simple logger on standard error (Vert.x's) – so a test can say that ordinary
 * events (a dropped connection, a malformed request) are never logged as errors.
 */
public final class LogWatch extends Handler implements AutoCloseable {
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final PrintStream originalErr = System.err;

  public LogWatch() {
    setLevel(Level.SEVERE);
    Logger.getLogger("").addHandler(this);
    System.setErr(new PrintStream(new OutputStream() {
      private final ByteArrayOutputStream line = new ByteArrayOutputStream();

      @Override
      public synchronized void write(int b) {
        originalErr.write(b);
        if (b == '\n') {
          String text = line.toString(StandardCharsets.UTF_8);
          if (text.contains(" ERROR ")) {
            errors.add(text);
          }
          line.reset();
        } else {
          line.write(b);
        }
      }
    }, true, StandardCharsets.UTF_8));
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
    System.setErr(originalErr);
  }
}

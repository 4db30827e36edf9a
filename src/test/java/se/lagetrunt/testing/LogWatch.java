package se.lagetrunt.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Collects what the server logs as an error while a test runs – ours, bridged from
 * java.util.logging, and every library's – from the one stream they all end in (Logback's root),
 * so a test can say that ordinary events (a dropped connection, a malformed request) are never
 * logged as errors.
 */
public final class LogWatch extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  public LogWatch() {
    setContext(root.getLoggerContext());
    start();
    root.addAppender(this);
  }

  public List<String> errors() {
    return List.copyOf(errors);
  }

  @Override
  protected void append(ILoggingEvent event) {
    if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
      errors.add(event.getLoggerName() + ": " + event.getFormattedMessage()
          + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getClassName()));
    }
  }

  @Override
  public void close() {
    root.detachAppender(this);
    stop();
  }
}

package se.lagetrunt.app;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Everything in one stream: our code logs through java.util.logging, and so do parts of our
 * libraries; this hands it all to SLF4J, where Logback writes it as configured in
 * {@code logback.xml} (one line per record, or JSON lines with {@code LOG_FORMAT=json}).
 */
final class Logging {
  private Logging() {}

  static synchronized void inOneStream() {
    if (!SLF4JBridgeHandler.isInstalled()) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
  }

  /** Whether records are written as JSON lines, where a plain line printed beside them would not parse. */
  static boolean json() {
    String format = System.getProperty("LOG_FORMAT", System.getenv("LOG_FORMAT"));
    return "json".equalsIgnoreCase(format);
  }
}

package se.lagetrunt.documents;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * openhtmltopdf's messages in the server's one log stream, instead of its own console format. Its
 * INFO is a running commentary on every PDF ("Prepare to fly."), so it is logged one level lower.
 */
final class PdfLog implements XRLogger {
  private static Level ours(Level theirs) {
    return theirs.intValue() <= Level.INFO.intValue() ? Level.FINE : theirs;
  }

  @Override
  public void log(String where, Level level, String message) {
    Logger.getLogger(where).log(ours(level), message);
  }

  @Override
  public void log(String where, Level level, String message, Throwable cause) {
    Logger.getLogger(where).log(ours(level), message, cause);
  }

  @Override
  public void setLevel(String where, Level level) {
    // the server's logging configuration decides
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isLoggable(ours(diagnostic.getLevel()));
  }
}

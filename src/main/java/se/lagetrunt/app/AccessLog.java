package se.lagetrunt.app;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per HTTP request on the logger {@code access} ({@code ACCESS_LOG=OFF} silences it):
 * method, path, status, bytes sent, milliseconds. Nothing that signs anyone in or says who they
 * are: no query string, no headers, no address (an IP address is personal data), and any path
 * segment that could be a secret – long and not a plain id – is left out. Health probes and
 * SockJS's per-message requests are not logged: they would drown the rest.
 */
final class AccessLog implements Handler<RoutingContext> {
  private static final Logger LOG = LoggerFactory.getLogger("access");
  private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final int LONGEST_PLAIN_SEGMENT = 40;

  @Override
  public void handle(RoutingContext ctx) {
    String path = ctx.request().path();
    if (LOG.isInfoEnabled() && !path.startsWith("/health") && !path.startsWith("/sockjs/")) {
      long started = System.nanoTime();
      String method = ctx.request().method().name();
      // Formatted here: a JSON line carries the message as it is, not its arguments.
      ctx.addEndHandler(done -> LOG.info(method + " " + shown(path) + " " + ctx.response().getStatusCode() + " "
          + ctx.response().bytesWritten() + " B " + (System.nanoTime() - started) / 1_000_000 + " ms"));
    }
    ctx.next();
  }

  /** The path with every segment that might be a secret replaced by "…". */
  static String shown(String path) {
    StringBuilder shown = new StringBuilder();
    for (String segment : path.split("/", -1)) {
      if (shown.length() > 0 || !segment.isEmpty()) {
        shown.append('/');
      }
      boolean plain = segment.length() <= LONGEST_PLAIN_SEGMENT && (UUID.matcher(segment).matches() || segment.length() < 24);
      shown.append(plain ? segment : "…");
    }
    return shown.length() == 0 ? "/" : shown.toString();
  }
}

package se.lagetrunt.transport;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.InputTrustHandler;
import java.util.Set;

/**
 * Lets a socket be opened only from our own pages. A WebSocket upgrade or a SockJS POST must carry
 * an allowed Origin; any request carrying a foreign Origin is refused. Browsers always send Origin
 * on both, so only scripts from other sites, or clients forging nothing at all, are turned away.
 */
final class OriginGuard implements InputTrustHandler {
  private final Set<String> allowed;

  OriginGuard(Set<String> allowed) {
    this.allowed = Set.copyOf(allowed);
  }

  @Override
  public void handle(RoutingContext ctx) {
    String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
    boolean mustCarryOrigin = ctx.request().method() == HttpMethod.POST
        || "websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE));
    if (origin == null ? mustCarryOrigin : !allowed.contains(origin)) {
      ctx.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain").end("origin not allowed");
      return;
    }
    ctx.next();
  }
}

package se.lagetrunt.app;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import se.lagetrunt.api.ApiRoutes;
import se.lagetrunt.transport.SocketEndpoints;

/** The HTTP routes, read top to bottom as the server's table of contents. */
final class WebServer {
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  /** The meeting page's policy: as above, plus its own nonce for the styles its editor writes. */
  private static final String MEETING_PAGE_POLICY = CONTENT_SECURITY_POLICY.replace(
      "style-src 'self'", "style-src 'self' 'nonce-%s'");
  private static final String NONCE_PLACEHOLDER = "__CSP_NONCE__";
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebServer() {}

  static Router routes(
      Vertx vertx, ApiRoutes api, SocketEndpoints sockets, Health health, Path webroot) {
    Router router = Router.router(vertx);
    router.route().handler(new AccessLog());
    router.route().handler(WebServer::securityHeaders);
    router.route("/health*").handler(ctx -> {
      ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
      ctx.next();
    });
    health.mount(router);
    api.mount(router);
    sockets.mount(router);
    Path meetingPage = webroot.resolve("meeting.html");
    router.get("/meeting.html").handler(ctx -> noncedPage(ctx, vertx, meetingPage));
    router.head("/meeting.html").handler(ctx -> noncedPage(ctx, vertx, meetingPage));
    router.route().handler(StaticHandler.create(FileSystemAccess.ROOT, webroot.toAbsolutePath().toString())
        .setCachingEnabled(false)
        .setDefaultContentEncoding("UTF-8"));
    return router;
  }

  private static void securityHeaders(RoutingContext ctx) {
    ctx.response().headers()
        .set("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .set("X-Content-Type-Options", "nosniff")
        .set("Referrer-Policy", "no-referrer");
    ctx.next();
  }

  /**
   * The meeting page with a fresh nonce. CodeMirror writes its styles into a {@code <style>}
   * element, which a strict policy blocks; with the nonce (read by the page from a meta tag) only
   * that element is let through, and inline styles stay forbidden everywhere else.
   */
  private static void noncedPage(RoutingContext ctx, Vertx vertx, Path file) {
    byte[] random = new byte[18];
    RANDOM.nextBytes(random);
    String nonce = Base64.getEncoder().encodeToString(random);
    vertx.fileSystem().readFile(file.toString()).onSuccess(page -> ctx.response()
            .putHeader("Content-Security-Policy", MEETING_PAGE_POLICY.formatted(nonce))
            .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
            .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
            .end(page.toString(StandardCharsets.UTF_8).replace(NONCE_PLACEHOLDER, nonce)))
        .onFailure(ctx::fail);
  }
}

package se.lagetrunt.app;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxBuilder;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.PrometheusScrapingHandler;
import se.lagetrunt.mail.Outbox;
import se.lagetrunt.room.LocalRoomDirectory;
import se.lagetrunt.transport.SocketEndpoints;

/**
 * Prometheus metrics on the management port – never the public one: Vert.x's own (HTTP, sockets,
 * the database pool with its waits, event loops, the JVM) and ours. Ours are counted where they
 * happen on Micrometer's global registry, which does nothing until this adds its registry to it:
 * commands ({@code lagetrunt_commands_total}), refusals by code ({@code lagetrunt_refusals_total}),
 * rows per commit and commit time ({@code lagetrunt_commit_rows}, {@code lagetrunt_commit_seconds}),
 * catch-ups by way ({@code lagetrunt_catchups_total}), saved snapshots; and read from the server's
 * parts here when scraped: live rooms, connections by transport, mails pending, sent and failed.
 * Nothing personal: no names, no meeting ids, no paths.
 */
final class ServerMetrics {
  private final PrometheusMeterRegistry registry;
  private HttpServer server;

  private ServerMetrics(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  /** The registry, or none when no management port is configured. */
  static ServerMetrics create(AppConfig.Operations operations) {
    return operations.metricsEnabled() ? new ServerMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)) : null;
  }

  /** Makes the Vert.x being built report its own metrics to this registry. */
  void configure(VertxOptions options, VertxBuilder builder) {
    options.setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(true));
    builder.withMetrics(new MicrometerMetricsFactory(registry));
  }

  /** Binds the server's own figures and listens on the management port. */
  Future<HttpServer> start(Vertx vertx, AppConfig.Operations operations, LocalRoomDirectory rooms,
      SocketEndpoints sockets, Outbox outbox) {
    Metrics.addRegistry(registry);
    Gauge.builder("lagetrunt.rooms.live", rooms, LocalRoomDirectory::liveRooms)
        .description("Meetings loaded in memory").register(registry);
    for (String transport : new String[] {SocketEndpoints.WEBSOCKET, SocketEndpoints.SOCKJS}) {
      Gauge.builder("lagetrunt.connections", sockets, endpoints -> endpoints.openSessions(transport))
          .tag("transport", transport).description("Open client connections").register(registry);
    }
    Gauge.builder("lagetrunt.mails.pending", outbox, Outbox::pending)
        .description("Mails (and work that may send one) on their way").register(registry);
    FunctionCounter.builder("lagetrunt.mails", outbox, Outbox::sent).tag("outcome", "sent").register(registry);
    FunctionCounter.builder("lagetrunt.mails", outbox, Outbox::failed).tag("outcome", "failed").register(registry);

    Router router = Router.router(vertx);
    router.get("/metrics").handler(PrometheusScrapingHandler.create(registry));
    return vertx.createHttpServer()
        .requestHandler(router)
        .listen(operations.managementPort(), operations.managementHost())
        .onSuccess(listening -> server = listening);
  }

  int port() {
    return server.actualPort();
  }

  Future<Void> stop() {
    Metrics.removeRegistry(registry);
    registry.close();
    return server == null ? Future.succeededFuture() : server.close();
  }
}

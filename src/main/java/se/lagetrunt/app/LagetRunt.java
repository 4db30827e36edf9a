package se.lagetrunt.app;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.Vertx;
import io.vertx.core.VertxBuilder;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import se.lagetrunt.api.ApiContext;
import se.lagetrunt.api.ApiRoutes;
import se.lagetrunt.auth.DeviceSessions;
import se.lagetrunt.auth.LoginLinks;
import se.lagetrunt.auth.SignInLimits;
import se.lagetrunt.auth.MeetingGate;
import se.lagetrunt.auth.TokenService;
import se.lagetrunt.mail.Mailer;
import se.lagetrunt.mail.Outbox;
import se.lagetrunt.mail.OutboxStore;
import se.lagetrunt.notices.NoticeStore;
import se.lagetrunt.notices.Notices;
import se.lagetrunt.mail.SmtpMailer;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.networks.PlanStore;
import se.lagetrunt.networks.SeriesStore;
import se.lagetrunt.networks.SeriesTemplates;
import se.lagetrunt.networks.ThemeTemplateStore;
import se.lagetrunt.room.ClusteredRoomDirectory;
import se.lagetrunt.room.LocalRoomDirectory;
import se.lagetrunt.room.RoomDirectory;
import se.lagetrunt.room.RoomSettings;
import se.lagetrunt.material.MaterialStore;
import se.lagetrunt.store.CalendarFeedStore;
import se.lagetrunt.store.EventLog;
import se.lagetrunt.store.GroupCommitAppender;
import se.lagetrunt.store.LoginLinkStore;
import se.lagetrunt.store.MeetingLog;
import se.lagetrunt.store.MeetingOwners;
import se.lagetrunt.store.MeetingStore;
import se.lagetrunt.store.CompilationChecks;
import se.lagetrunt.store.CompilationStore;
import se.lagetrunt.store.MinutesReminderStore;
import se.lagetrunt.store.Migrations;
import se.lagetrunt.store.PersonStore;
import se.lagetrunt.store.PersonErasure;
import se.lagetrunt.store.PublicCompilations;
import se.lagetrunt.store.PersonalData;
import se.lagetrunt.store.Retention;
import se.lagetrunt.store.ObservedMeetingLog;
import se.lagetrunt.store.PostgresMeetingLog;
import se.lagetrunt.store.PostgresEndpoint;
import se.lagetrunt.store.SessionStore;
import se.lagetrunt.store.VoiceCheckStore;
import se.lagetrunt.auth.SessionRevoker;
import se.lagetrunt.transport.BroadcastRevoker;
import se.lagetrunt.transport.SocketEndpoints;
import se.lagetrunt.transport.TransportSettings;

/**
 * A running server: the only place that knows every part. {@link #start} blocks until the server
 * listens; {@link #stop} drains rooms, closes sockets and the database, in that order.
 */
public final class LagetRunt {
  private static final Logger LOG = Logger.getLogger(LagetRunt.class.getName());
  private static final int MAX_ROWS_PER_COMMIT = 2000;

  private final AppConfig config;
  private final EmbeddedDatabase embedded;
  private final Vertx vertx;
  private final ClusterMembership membership;
  private final Pool pool;
  private final HttpServer http;
  private final SocketEndpoints sockets;
  private final Health health;
  private final DatabaseWatchdog watchdog;
  private final ServerMetrics metrics;
  private final RetentionJob retention;
  private final Services services;

  /** The parts tests and the bootstrap reach into. */
  public record Services(
      PersonStore people, MeetingStore meetings, EventLog eventLog, TokenService tokens, LoginLinks links,
      GroupCommitAppender appender, MeetingLog meetingLog, NetworkStore networks, Outbox outbox, DeviceSessions sessions, Notices notices) {}

  private LagetRunt(AppConfig config, EmbeddedDatabase embedded, Vertx vertx, ClusterMembership membership, Pool pool,
      HttpServer http, SocketEndpoints sockets, Health health, ServerMetrics metrics, RetentionJob retention, Services services) {
    this.membership = membership;
    this.metrics = metrics;
    this.retention = retention;
    this.watchdog = embedded == null ? null : DatabaseWatchdog.watch(vertx, embedded);
    this.config = config;
    this.embedded = embedded;
    this.vertx = vertx;
    this.pool = pool;
    this.http = http;
    this.sockets = sockets;
    this.health = health;
    this.services = services;
  }

  /** Starts on the machine's clock. */
  public static LagetRunt start(AppConfig config) throws Exception {
    return start(config, Clock.systemUTC());
  }

  /**
   * Starts with {@code clock} as the only source of the time for everything the server decides
   * with it (turns, attendance, expiry, late minutes, reminders, stamps); tests hand in their own.
   * Timeouts of connections are measured on the monotonic clock instead: they are about how long
   * the server waited, not what time it is.
   */
  public static LagetRunt start(AppConfig config, Clock clock) throws Exception {
    Logging.inOneStream();
    config.checkedForCluster();
    EmbeddedDatabase embedded = config.databaseUrl() == null ? EmbeddedDatabase.start(config.dataDir()) : null;
    try {
      PostgresEndpoint endpoint = embedded != null ? embedded.endpoint() : PostgresEndpoint.fromUrl(config.databaseUrl());
      Migrations.run(endpoint);
      String signingKey = SigningKey.resolve(config, embedded != null);
      return wire(config, clock, embedded, endpoint, signingKey);
    } catch (Exception e) {
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  private static LagetRunt wire(AppConfig configured, Clock clock, EmbeddedDatabase embedded,
      PostgresEndpoint endpoint, String signingKey) throws Exception {
    ServerMetrics metrics = ServerMetrics.create(configured.operations());
    VertxOptions options = new VertxOptions();
    VertxBuilder builder = Vertx.builder();
    if (metrics != null) {
      metrics.configure(options, builder);
    }
    ClusterMembership membership = ClusterMembership.start(configured.cluster(), options, builder);
    Vertx vertx = membership.vertx();
    // Listen first: with port 0 the port, and so the public URL in links and the allowed origin,
    // is known only now. Requests in the moment before the routes are in get a 503.
    AtomicReference<Handler<HttpServerRequest>> routes = new AtomicReference<>(
        request -> request.response().setStatusCode(503).end());
    SlowClients slowClients = new SlowClients(vertx, configured.requestTimeoutMillis());
    HttpServer http = vertx.createHttpServer(httpOptions(configured))
        .connectionHandler(slowClients::connected)
        .requestHandler(request -> {
          slowClients.requested(request);
          routes.get().handle(request);
        });
    await(http.listen());
    AppConfig config = configured.listeningOn(http.actualPort());
    Pool pool = PgBuilder.pool()
        .with(new PoolOptions().setMaxSize(config.poolSize()))
        .connectingTo(endpoint.connectOptions())
        .using(vertx)
        .build();
    PersonStore people = new PersonStore(pool);
    MeetingStore meetings = new MeetingStore(pool);
    EventLog eventLog = new EventLog(pool);
    AppConfig.Cluster cluster = config.cluster();
    String node = cluster.nodeName(config.port());
    GroupCommitAppender appender = new GroupCommitAppender(pool, node, MAX_ROWS_PER_COMMIT);
    Outbox outbox = new Outbox(vertx, new OutboxStore(pool),
        config.smtp() == null ? Mailer.NONE : new SmtpMailer(vertx, config.smtp()), clock);
    Notices notices = new Notices(vertx, new NoticeStore(pool), meetings, outbox, config.publicUrl(), clock);
    // What follows from a committed event by mail (minutes out for comments, submitted) hangs on the log.
    MeetingLog meetingLog = new ObservedMeetingLog(
        new PostgresMeetingLog(eventLog, new MeetingOwners(pool, node, Duration.ofMillis(cluster.leaseMillis())), appender),
        notices::committed);
    TokenService tokens = new TokenService(vertx, signingKey, config.sessionMaxSeconds(), clock);
    DeviceSessions deviceSessions = new DeviceSessions(new SessionStore(pool), Duration.ofSeconds(config.sessionSeconds()), clock);
    LoginLinks links = new LoginLinks(
        new LoginLinkStore(pool), config.publicUrl(), Duration.ofSeconds(config.loginLinkSeconds()), clock);
    MeetingGate gate = new MeetingGate(tokens, deviceSessions, people, meetings);
    LocalRoomDirectory localRooms = new LocalRoomDirectory(vertx, meetingLog,
        RoomSettings.DEFAULT.withIdleMillis(config.roomIdleMillis()).withCatchUpEvents(config.catchUpEvents())
            .withRenewMillis(Math.max(100, cluster.leaseMillis() / 3)), clock);
    RoomDirectory rooms = localRooms;
    if (membership.clustered()) {
      ClusteredRoomDirectory clustered = new ClusteredRoomDirectory(vertx, localRooms, membership.nodeId());
      membership.onNodeLeft(clustered::nodeLeft);
      rooms = clustered;
    }
    SocketEndpoints sockets = new SocketEndpoints(vertx, gate, rooms, new TransportSettings(
        config.allowedOrigins(), config.maxMessageBytes(), config.helloTimeoutMillis(), config.idleTimeoutMillis(),
        config.maxBacklogBytes()), clock);
    NetworkStore networks = new NetworkStore(pool, clock);
    // Access taken away on one node ends the person's sockets on every node.
    SessionRevoker revoker = membership.clustered() ? new BroadcastRevoker(vertx.eventBus(), sockets) : sockets;
    ApiRoutes api = new ApiRoutes(new ApiContext(vertx, clock, config.requestTimeoutMillis(), gate, tokens, deviceSessions, links,
        SignInLimits.in(pool, clock), people, meetings, networks,
        new SeriesStore(pool, clock), SeriesTemplates.builtIn(), new ThemeTemplateStore(pool), revoker, eventLog, new MinutesReminderStore(pool, clock),
        new CompilationStore(pool, clock), rooms, sockets::openSessions,
        outbox, notices, config.publicUrl(), config.turn(), new VoiceCheckStore(pool), new PersonalData(pool),
        new PersonErasure(pool), new PublicCompilations(pool), new MaterialStore(pool, clock),
        new CompilationChecks(pool, clock), new PlanStore(pool, clock), new CalendarFeedStore(pool)));
    if (metrics != null) {
      await(metrics.start(vertx, config.operations(), localRooms, sockets, outbox));
      LOG.info("Metrics at http://" + config.operations().managementHost() + ":" + metrics.port() + "/metrics");
    }
    RetentionJob retention = new RetentionJob(vertx, new Retention(pool, eventLog), rooms, clock, config.operations());
    retention.start();
    outbox.start();
    if (config.operations().meetingReminders()) {
      notices.start();
    }
    Health health = new Health(vertx, pool, membership);
    routes.set(WebServer.routes(vertx, api, sockets, health, config.webroot()));
    LOG.info(config.describe());
    return new LagetRunt(config, embedded, vertx, membership, pool, http, sockets, health, metrics, retention,
        new Services(people, meetings, eventLog, tokens, links, appender, meetingLog, networks, outbox, deviceSessions, notices));
  }

  private static HttpServerOptions httpOptions(AppConfig config) {
    return new HttpServerOptions()
        .setHost(config.host())
        .setPort(config.port())
        .setCompressionSupported(false)
        // No HTTP/2 upgrade over cleartext: a client offering h2c on a GET was left hanging.
        // HTTP/1.1 serves pages, REST and WebSockets; TLS in front may speak HTTP/2 to browsers.
        .setHttp2ClearTextEnabled(false)
        .setPerMessageWebSocketCompressionSupported(false)
        .setPerFrameWebSocketCompressionSupported(false)
        // The codec's hard cap, well above the real limit: sessions refuse anything over that with
        // a bye and a clean 1009 (past the cap too, from the codec's error).
        .setMaxWebSocketFrameSize(16 * config.maxMessageBytes())
        .setMaxWebSocketMessageSize(16 * config.maxMessageBytes())
        .setIdleTimeout(120)
        .setIdleTimeoutUnit(TimeUnit.SECONDS)
        // Every write already happens on the connection's own event loop (sessions hop to their
        // context; REST futures complete on the request's), so Vert.x may drop the per-connection
        // queue for writes from other threads: ~4.7 KB less heap per socket. A write from another
        // thread fails loudly ("Only the context thread can write a message").
        .setStrictThreadMode(true);
  }


  public int port() {
    return http.actualPort();
  }

  /** Runs the retention purge now, as it runs every six hours by itself. */
  public Future<se.lagetrunt.store.Retention.Purged> purgeNow() {
    return retention.runOnce();
  }

  /** The management port's, where metrics are served (-1 when they are not). */
  public int metricsPort() {
    return metrics == null ? AppConfig.Operations.NO_PORT : metrics.port();
  }

  public String url() {
    return config.publicUrl();
  }

  /** Whether this server speaks for all (prints the first enabler's link): it is alone, or the cluster's oldest node. */
  public boolean speaksForCluster() {
    return membership.oldest();
  }

  public AppConfig config() {
    return config;
  }

  public Services services() {
    return services;
  }

  /**
   * The first step of stopping: readiness turns to 503 while everything else goes on serving, so a
   * load balancer stops sending people here before their connections are closed.
   */
  public void drain() {
    health.drain();
  }

  /**
   * Graceful stop: no new connections; every room answers what it is committing and closes its
   * clients with "going away"; then the remaining sockets, the pool and the embedded database.
   */
  public void stop() throws Exception {
    List<Future<Void>> rooms = vertx.deploymentIDs().stream().map(vertx::undeploy).toList();
    await(Future.join(rooms).recover(e -> Future.succeededFuture()));
    sockets.closeAll();
    await(http.shutdown(2, TimeUnit.SECONDS).recover(e -> Future.succeededFuture()));
    // Mail on its way (a link asked for a moment ago) is let finish, for a while; what is not sent stays in the outbox.
    services.outbox().stop();
    services.notices().stop();
    await(services.outbox().settled().timeout(10, TimeUnit.SECONDS).recover(e -> Future.succeededFuture()));
    retention.stop();
    if (watchdog != null) {
      watchdog.stop();
    }
    if (metrics != null) {
      await(metrics.stop());
    }
    await(pool.close());
    await(vertx.close());
    if (embedded != null) {
      embedded.close();
    }
  }

  static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }
}

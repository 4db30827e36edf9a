package se.lagetrunt.app;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.HealthChecks;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;
import io.vertx.sqlclient.Pool;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a load balancer or an orchestrator asks, each check by name, nothing about who is here.
 *
 * <ul>
 *   <li>{@code /health/live}: the process answers (its event loops are not stuck). Restart it when
 *       this fails.
 *   <li>{@code /health/ready} (and {@code /health}, what monitors already ask): the database
 *       answers within {@link #DATABASE_TIMEOUT_MILLIS} – a frozen one is "down" in time, not a
 *       hanging request – and the server is not draining; in a cluster, how many nodes it sees.
 *       Send it no new people when this fails.
 * </ul>
 *
 * <p>On SIGTERM the server first says it is not ready ({@link #drain}), keeps serving for the
 * drain time so the balancer stops sending people here, and only then stops.
 */
final class Health {
  static final long DATABASE_TIMEOUT_MILLIS = 2000;

  private final AtomicBoolean draining = new AtomicBoolean();
  private final HealthCheckHandler live;
  private final HealthCheckHandler ready;

  Health(Vertx vertx, Pool pool, ClusterMembership membership) {
    live = HealthCheckHandler.createWithHealthChecks(HealthChecks.create(vertx)
        .register("process", promise -> promise.complete(Status.OK())));
    HealthChecks readiness = HealthChecks.create(vertx);
    if (membership.clustered()) {
      readiness.register("cluster", promise -> promise.complete(Status.OK(new JsonObject().put("nodes", membership.nodes().size()))));
    }
    ready = HealthCheckHandler.createWithHealthChecks(readiness
        // Its own timeout, not the library's: a check that times out there answers 500, as if
        // the server were broken; a database that does not answer in time is simply "down".
        .register("database", DATABASE_TIMEOUT_MILLIS + 1000, promise -> pool.query("SELECT 1").execute()
            .timeout(DATABASE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
            .onSuccess(rows -> promise.complete(Status.OK()))
            .onFailure(error -> promise.complete(Status.KO(new JsonObject().put("reason",
                error instanceof TimeoutException ? "timeout" : "unreachable")))))
        .register("accepting", promise -> promise.complete(draining.get()
            ? Status.KO(new JsonObject().put("reason", "draining"))
            : Status.OK())));
  }

  void mount(Router router) {
    router.get("/health/live").handler(live);
    router.get("/health/ready").handler(ready);
    router.get("/health").handler(ready);
  }

  /** From now on, not ready: the server is about to stop. */
  void drain() {
    draining.set(true);
  }
}

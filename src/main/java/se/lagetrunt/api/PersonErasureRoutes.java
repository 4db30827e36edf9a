package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.UUID;
import se.lagetrunt.auth.SessionRevoker;
import se.lagetrunt.domain.NetworkRole;
import se.lagetrunt.protocol.Farewell;
import se.lagetrunt.room.RoomDirectory;
import se.lagetrunt.store.PersonErasure;

/**
 * An enabler erases someone who is or was in one of their theme's local networks (the GDPR's
 * right to erasure): the person becomes "Borttagen person" everywhere, their connections end at
 * once, and the live meetings that showed their name are read anew. Not undone; not oneself.
 */
final class PersonErasureRoutes {
  private final NetworkAccess access;
  private final PersonErasure erasure;
  private final SessionRevoker sockets;
  private final RoomDirectory rooms;
  private final Clock clock;

  PersonErasureRoutes(NetworkAccess access, PersonErasure erasure, SessionRevoker sockets, RoomDirectory rooms, Clock clock) {
    this.access = access;
    this.erasure = erasure;
    this.sockets = sockets;
    this.rooms = rooms;
    this.clock = clock;
  }

  void mount(Router router) {
    router.post("/api/local-networks/:id/members/:personId/erase").handler(this::erase);
  }

  private void erase(RoutingContext ctx) {
    UUID personId = Requests.id(ctx, "personId");
    if (personId.equals(Requests.person(ctx).id())) {
      ctx.fail(new ApiProblem(ProblemCode.FORBIDDEN, "No one erases themselves here: ask another enabler."));
      return;
    }
    access.managerOf(ctx, Requests.id(ctx, "id"))
        .compose(network -> network.role() == NetworkRole.ENABLER
            ? erasure.belongedTo(network.local().id(), personId)
            : Future.failedFuture(new ApiProblem(ProblemCode.FORBIDDEN, "Only the theme's enablers erase someone.")))
        .compose(belonged -> belonged
            ? erasure.erase(personId, clock.instant())
            : Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "This person was never in the network.")))
        .compose(meetings -> {
          sockets.endSessionsOf(personId, Farewell.REMOVED_EVERYWHERE);
          return Future.join(meetings.stream().map(rooms::reload).toList());
        })
        .onSuccess(v -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }
}

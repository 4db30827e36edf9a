package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import se.lagetrunt.networks.LocalNetwork;
import se.lagetrunt.domain.NetworkRole;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.networks.ThemeNetwork;

/** What the caller is in a local network: the first question of every network handler. */
final class NetworkAccess {
  private final NetworkStore networks;

  NetworkAccess(NetworkStore networks) {
    this.networks = networks;
  }

  /** The caller's role in a local network. */
  record Access(LocalNetwork local, NetworkRole role) {}

  /** The caller's role in the local network; 404 if there is none, 403 if they are not in it. */
  Future<Access> roleIn(RoutingContext ctx, UUID localId) {
    return networks.local(localId).compose(local -> {
      if (local.isEmpty()) {
        return Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "There is no such local network."));
      }
      return networks.roleIn(localId, Requests.person(ctx).id()).compose(role -> role
          .map(r -> Future.succeededFuture(new Access(local.get(), r)))
          .orElseGet(() -> Future.failedFuture(new ApiProblem(ProblemCode.FORBIDDEN, "You are not in this network."))));
    });
  }

  /** As roleIn, but only for the network's leaders and enablers. */
  Future<Access> managerOf(RoutingContext ctx, UUID localId) {
    return roleIn(ctx, localId).compose(access -> access.role().manages()
        ? Future.succeededFuture(access)
        : Future.failedFuture(new ApiProblem(ProblemCode.FORBIDDEN, "Only the network's leaders and enablers do this.")));
  }

  /** The theme network, if the caller is one of its enablers; 404 if there is none, 403 otherwise. */
  Future<ThemeNetwork> enablerOf(RoutingContext ctx, UUID themeId) {
    return networks.theme(themeId).compose(theme -> {
      if (theme.isEmpty()) {
        return Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "There is no such theme network."));
      }
      return networks.isEnabler(themeId, Requests.person(ctx).id()).compose(enabler -> enabler
          ? Future.succeededFuture(theme.get())
          : Future.failedFuture(new ApiProblem(ProblemCode.FORBIDDEN, "Only the theme network's enablers do this.")));
    });
  }
}

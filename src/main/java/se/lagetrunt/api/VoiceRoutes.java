package se.lagetrunt.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import se.lagetrunt.auth.TurnServers;

/** What a browser needs to place its calls: the relays it may use, with credentials of its own. */
final class VoiceRoutes {
  private final TurnServers turn;
  private final Clock clock;

  VoiceRoutes(TurnServers turn, Clock clock) {
    this.turn = turn;
    this.clock = clock;
  }

  void mount(Router router) {
    router.get("/api/voice/ice-servers").handler(this::iceServers);
  }

  private void iceServers(RoutingContext ctx) {
    JsonArray servers = new JsonArray();
    if (turn.configured()) {
      TurnServers.Credential credential = turn.credentialFor(Requests.person(ctx).id(), clock.instant());
      servers.add(new JsonObject().put("urls", new JsonArray(turn.urls()))
          .put("username", credential.username()).put("credential", credential.password()));
    }
    ctx.json(new JsonObject().put("iceServers", servers).put("relayOnly", turn.configured() && turn.relayOnly()));
  }
}

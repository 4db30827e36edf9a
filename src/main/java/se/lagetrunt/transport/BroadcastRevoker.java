package se.lagetrunt.transport;

import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Collection;
import java.util.UUID;
import se.lagetrunt.auth.SessionRevoker;
import se.lagetrunt.protocol.Farewell;

/**
 * Ends connections on every node of a cluster: a person's access taken away on one node must end
 * their sockets on all of them. Each revocation is published on the clustered event bus, and every
 * node – this one too – ends the connections it holds.
 */
public final class BroadcastRevoker implements SessionRevoker {
  static final String ADDRESS = "laget-runt.revoke";

  private final EventBus bus;

  /** Publishes to every node, and makes this node's {@code local} end its own connections on each revocation. */
  public BroadcastRevoker(EventBus bus, SessionRevoker local) {
    this.bus = bus;
    bus.<JsonObject>consumer(ADDRESS, message -> apply(message.body(), local));
  }

  @Override
  public void endSessionsOf(UUID personId, Farewell farewell) {
    bus.publish(ADDRESS, new JsonObject().put("kind", "person").put("person", personId.toString()).put("farewell", farewell.name()));
  }

  @Override
  public void signedOut(Collection<UUID> sessionIds, Farewell farewell) {
    JsonArray sessions = new JsonArray();
    sessionIds.forEach(id -> sessions.add(id.toString()));
    bus.publish(ADDRESS, new JsonObject().put("kind", "sessions").put("sessions", sessions).put("farewell", farewell.name()));
  }

  @Override
  public void rejoin(UUID personId, UUID meetingId, Farewell farewell) {
    bus.publish(ADDRESS, new JsonObject().put("kind", "rejoin").put("person", personId.toString())
        .put("meeting", meetingId.toString()).put("farewell", farewell.name()));
  }

  private static void apply(JsonObject revocation, SessionRevoker local) {
    Farewell farewell = Farewell.valueOf(revocation.getString("farewell"));
    switch (revocation.getString("kind")) {
      case "person" -> local.endSessionsOf(UUID.fromString(revocation.getString("person")), farewell);
      case "sessions" -> local.signedOut(revocation.getJsonArray("sessions").stream()
          .map(id -> UUID.fromString((String) id)).toList(), farewell);
      case "rejoin" -> local.rejoin(UUID.fromString(revocation.getString("person")),
          UUID.fromString(revocation.getString("meeting")), farewell);
      default -> throw new IllegalArgumentException("unknown revocation " + revocation);
    }
  }
}

package se.lagetrunt.room;

import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import se.lagetrunt.protocol.Farewell;

/**
 * A connection on another node, as the room that owns the meeting sees it: what the room sends it
 * goes over the clustered event bus to the connection's own address there, in order (one sender,
 * one receiver, one connection between the two nodes).
 */
final class BusChannel implements ClientChannel {
  private final EventBus bus;
  private final String address;
  private final String node;

  BusChannel(EventBus bus, String address, String node) {
    this.bus = bus;
    this.address = address;
    this.node = node;
  }

  /** The cluster node the connection is on. */
  String node() {
    return node;
  }

  String address() {
    return address;
  }

  @Override
  public void welcome(String message) {
    bus.send(address, new JsonObject().put("kind", "welcome").put("text", message));
  }

  @Override
  public void send(String message) {
    bus.send(address, new JsonObject().put("kind", "send").put("text", message));
  }

  @Override
  public void answer(String message) {
    bus.send(address, new JsonObject().put("kind", "answer").put("text", message));
  }

  @Override
  public void close(Farewell farewell) {
    bus.send(address, new JsonObject().put("kind", "close").put("farewell", farewell.name()));
  }
}

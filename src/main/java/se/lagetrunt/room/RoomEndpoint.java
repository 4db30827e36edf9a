package se.lagetrunt.room;

import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.domain.MeetingRole;
import java.util.concurrent.ConcurrentHashMap;
import se.lagetrunt.protocol.ClientMessage;
import se.lagetrunt.protocol.ClientMessageParser;
import se.lagetrunt.protocol.ProtocolException;
import se.lagetrunt.protocol.ServerMessages;

/**
 * A room's door for connections on other nodes: the meeting's address on the clustered event bus,
 * registered by the node that owns the meeting while its room is live. Joins are requests (the
 * answer names this node, so the other side knows whose departure ends them); commands, voice
 * messages and leaving are one-way, in order per connection; a command on someone's behalf is a
 * request answered with its sequence number or the rules' refusal. A command is read again from the
 * text the client sent – the connection's node read it first, with the same parser.
 */
final class RoomEndpoint {
  private final EventBus bus;
  private final Room room;
  private final String node;
  private final MessageConsumer<JsonObject> consumer;
  private final Map<String, BusChannel> channels = new ConcurrentHashMap<>();

  RoomEndpoint(EventBus bus, Room room, String node) {
    this.bus = bus;
    this.room = room;
    this.node = node;
    this.consumer = bus.consumer(RemoteRoom.address(room.meetingId()), this::handle);
  }

  private void handle(Message<JsonObject> message) {
    JsonObject body = message.body();
    String client = body.getString("client");
    switch (body.getString("op")) {
      case "join" -> {
        BusChannel channel = new BusChannel(bus, client, body.getString("node"));
        channels.put(client, channel);
        room.join(MemberJson.read(body.getJsonObject("member"), channel), body.getLong("lastSeq"))
            .onSuccess(joined -> message.reply(new JsonObject().put("node", node)))
            .onFailure(error -> {
              channels.remove(client);
              message.fail(error instanceof RoomRetiredException ? 410 : 503, error.getClass().getSimpleName());
            });
      }
      case "command", "voice" -> {
        BusChannel channel = channels.get(client);
        if (channel != null) {
          pass(channel, body.getString("text"));
        }
      }
      case "leave" -> {
        BusChannel channel = channels.remove(client);
        if (channel != null) {
          room.leave(channel);
        }
      }
      case "execute" -> room.execute(new Actor(UUID.fromString(body.getString("person")), MeetingRole.fromWire(body.getString("role"))),
              body.getString("commandId"), OnBehalf.fromJson(body.getJsonObject("command")))
          .onSuccess(seq -> message.reply(new JsonObject().put("seq", seq)))
          .onFailure(error -> {
            if (error instanceof CommandRefused refused) {
              message.fail(RemoteRoom.REFUSED, RemoteRoom.refusal(refused));
            } else {
              message.fail(503, error.getClass().getSimpleName());
            }
          });
      default -> message.fail(400, "unknown op");
    }
  }

  private void pass(BusChannel channel, String text) {
    try {
      ClientMessage parsed = ClientMessageParser.parse(text);
      if (parsed instanceof ClientMessage.Command command) {
        room.submit(channel, command.id(), command.command(), text);
      } else if (parsed instanceof ClientMessage.Voice voice) {
        room.voice(channel, voice, text);
      }
    } catch (ProtocolException e) {
      channel.answer(ServerMessages.error(e.commandId(), e.code().wireName(), e.getMessage()));
    }
  }

  /** A node left the cluster: its connections are gone from the meeting. */
  void nodeLeft(String leftNode) {
    channels.values().removeIf(channel -> {
      if (channel.node().equals(leftNode)) {
        room.leave(channel);
        return true;
      }
      return false;
    });
  }

  void close() {
    consumer.unregister();
    channels.clear();
  }
}

package se.lagetrunt.room;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.protocol.ClientMessage;
import se.lagetrunt.protocol.ErrorCode;
import se.lagetrunt.protocol.Farewell;
import se.lagetrunt.protocol.WireCommand;

/**
 * A live meeting owned by another node, as connections on this node reach it: each joined
 * connection gets an address of its own on the clustered event bus, where the owner's room sends
 * it what it would send a local one; what the connection says goes to the meeting's address with
 * the text it came in. If the owner leaves the cluster (killed, cut off) its connections here are
 * sent on to join again, which finds the meeting's new owner.
 */
final class RemoteRoom implements MeetingRoom {
  /** A join is answered in milliseconds; longer means the owner is gone (its address not yet forgotten): try again. */
  private static final long JOIN_TIMEOUT_MILLIS = 3_000;

  /** One connection's way to the owner: its address here, and the owner's node once the join is answered. */
  private static final class Link {
    final String address;
    final MessageConsumer<JsonObject> consumer;
    volatile String owner;

    Link(String address, MessageConsumer<JsonObject> consumer) {
      this.address = address;
      this.consumer = consumer;
    }
  }

  /** How often, and how far apart, a join is tried while the owner's address has not reached this node yet. */
  private static final int UNKNOWN_ADDRESS_TRIES = 40;
  private static final long UNKNOWN_ADDRESS_PAUSE_MILLIS = 50;
  /** How long a connection's address stays after it left: what the room sent before it heard is let fall quietly. */
  private static final long LINGER_MILLIS = 5_000;

  private final Vertx vertx;
  private final EventBus bus;
  private final UUID meetingId;
  private final String node;
  private final Map<ClientChannel, Link> links = new ConcurrentHashMap<>();

  RemoteRoom(Vertx vertx, UUID meetingId, String node) {
    this.vertx = vertx;
    this.bus = vertx.eventBus();
    this.meetingId = meetingId;
    this.node = node;
  }

  /** The meeting's address on the clustered event bus, where its owner's room listens. */
  static String address(UUID meetingId) {
    return "laget-runt.meeting." + meetingId;
  }

  @Override
  public UUID meetingId() {
    return meetingId;
  }

  @Override
  public Future<Void> join(Member member, long lastSeenSeq) {
    ClientChannel channel = member.channel();
    String address = "laget-runt.connection." + UUID.randomUUID();
    MessageConsumer<JsonObject> consumer = bus.consumer(address, message -> {
      if (links.containsKey(channel)) {
        deliver(channel, message.body());
      }
    });
    JsonObject join = new JsonObject().put("op", "join").put("client", address).put("node", node)
        .put("member", MemberJson.write(member)).put("lastSeq", lastSeenSeq);
    // Known before the answer: the welcome comes first, and the client may answer it at once.
    Link link = new Link(address, consumer);
    links.put(channel, link);
    return consumer.completion()
        .compose(registered -> askToJoin(join, UNKNOWN_ADDRESS_TRIES))
        .map(reply -> {
          link.owner = reply.body().getString("node");
          return (Void) null;
        })
        .recover(error -> {
          // Left at once: a join that timed out may still have reached the room, which then lets it go.
          leave(channel);
          // A room that was just retiring there: opening the meeting again may start it anywhere.
          return Future.failedFuture(error instanceof ReplyException reply && reply.failureCode() == 410
              ? new RoomRetiredException() : error);
        });
  }

  /**
   * The join request; while no node listens at the meeting's address yet (its room has just started
   * elsewhere and the registration is on its way through the cluster), asked again shortly.
   */
  private Future<io.vertx.core.eventbus.Message<JsonObject>> askToJoin(JsonObject join, int tries) {
    return bus.<JsonObject>request(address(meetingId), join, new DeliveryOptions().setSendTimeout(JOIN_TIMEOUT_MILLIS))
        .recover(error -> error instanceof ReplyException reply && reply.failureType() == ReplyFailure.NO_HANDLERS && tries > 1
            ? vertx.timer(UNKNOWN_ADDRESS_PAUSE_MILLIS).compose(paused -> askToJoin(join, tries - 1))
            : Future.failedFuture(error));
  }

  private void deliver(ClientChannel channel, JsonObject message) {
    String text = message.getString("text");
    switch (message.getString("kind")) {
      case "welcome" -> channel.welcome(text);
      case "send" -> channel.send(text);
      case "answer" -> channel.answer(text);
      case "close" -> {
        forget(channel);
        channel.close(Farewell.valueOf(message.getString("farewell")));
      }
      default -> throw new IllegalArgumentException("unknown message " + message);
    }
  }

  @Override
  public void leave(ClientChannel channel) {
    Link link = forget(channel);
    if (link != null) {
      bus.send(address(meetingId), new JsonObject().put("op", "leave").put("client", link.address));
    }
  }

  @Override
  public void submit(ClientChannel channel, String commandId, WireCommand command, String text) {
    pass(channel, "command", text);
  }

  @Override
  public void voice(ClientChannel channel, ClientMessage.Voice message, String text) {
    pass(channel, "voice", text);
  }

  private void pass(ClientChannel channel, String op, String text) {
    Link link = links.get(channel);
    if (link != null) {
      bus.send(address(meetingId), new JsonObject().put("op", op).put("client", link.address).put("text", text));
    }
  }

  /** Asks the owner's room, and answers with its answer: the sequence number, or its refusal. */
  @Override
  public Future<Long> execute(Actor actor, String commandId, OnBehalf command) {
    JsonObject execute = new JsonObject().put("op", "execute").put("person", actor.personId().toString())
        .put("role", actor.role().wireName()).put("commandId", commandId).put("command", command.json());
    return bus.<JsonObject>request(address(meetingId), execute, new DeliveryOptions().setSendTimeout(JOIN_TIMEOUT_MILLIS))
        .map(reply -> reply.body().getLong("seq"))
        .recover(error -> Future.failedFuture(error instanceof ReplyException reply && reply.failureCode() == REFUSED
            ? refusal(reply.getMessage())
            : new CommandRefused(ErrorCode.UNAVAILABLE.wireName(), ErrorCode.UNAVAILABLE.message())));
  }

  /** The failure code of an answer that is the rules' refusal; its message is the code, a line break, the text. */
  static final int REFUSED = 409;

  static String refusal(CommandRefused refused) {
    return refused.code() + "\n" + refused.getMessage();
  }

  private static CommandRefused refusal(String message) {
    int split = message.indexOf('\n');
    return new CommandRefused(message.substring(0, split), message.substring(split + 1));
  }

  /** The node that owned the meeting left the cluster: its connections here join again. */
  void ownerLeft(String owner) {
    links.forEach((channel, link) -> {
      if (owner.equals(link.owner)) {
        forget(channel);
        channel.close(Farewell.MEETING_MOVED);
      }
    });
  }

  boolean isEmpty() {
    return links.isEmpty();
  }

  private Link forget(ClientChannel channel) {
    Link link = links.remove(channel);
    if (link != null) {
      vertx.setTimer(LINGER_MILLIS, timer -> link.consumer.unregister());
    }
    return link;
  }
}

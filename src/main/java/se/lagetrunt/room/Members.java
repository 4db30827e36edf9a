package se.lagetrunt.room;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Counter;
import se.lagetrunt.protocol.Farewell;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.protocol.ServerMessages;
import se.lagetrunt.protocol.ServerMessages.PresentPerson;
import se.lagetrunt.store.StoredEvent;

/** The connections joined to one room, in the order they came. Only the room's context touches it. */
final class Members {
  private static final Counter CAUGHT_UP_BY_EVENTS = Metrics.counter("lagetrunt.catchups", "way", "events");
  private static final Counter CAUGHT_UP_BY_SNAPSHOT = Metrics.counter("lagetrunt.catchups", "way", "snapshot");

  private final Map<ClientChannel, Member> byChannel = new LinkedHashMap<>();

  void add(Member member) {
    byChannel.put(member.channel(), member);
  }

  /** Whether the channel was a member. */
  boolean remove(ClientChannel channel) {
    return byChannel.remove(channel) != null;
  }

  Member get(ClientChannel channel) {
    return byChannel.get(channel);
  }

  boolean isEmpty() {
    return byChannel.isEmpty();
  }

  Collection<Member> all() {
    return byChannel.values();
  }

  /** An event to every member, each as they may see it. */
  void broadcast(StoredEvent event) {
    String message = eventMessage(event);
    byChannel.values().forEach(member -> member.channel().send(member.message(event, message)));
  }

  /**
   * Brings one member from {@code lastSeenSeq} to {@code seq}: exactly the events it missed, or a
   * snapshot of {@code state} when they are no longer all at hand.
   */
  void catchUp(ClientChannel channel, RecentEvents recent, long lastSeenSeq, long seq, MeetingState state) {
    if (lastSeenSeq == seq) {
      return;
    }
    List<StoredEvent> missed = recent.after(lastSeenSeq, seq);
    if (missed == null) {
      sendSnapshot(channel, seq, state);
    } else {
      sendMissed(channel, missed);
    }
  }

  /** Events one member missed, as they may see them. */
  void sendMissed(ClientChannel channel, List<StoredEvent> events) {
    CAUGHT_UP_BY_EVENTS.increment();
    Member member = byChannel.get(channel);
    events.forEach(event -> channel.send(member.message(event, eventMessage(event))));
  }

  /** The meeting's state at {@code seq} to one member, as they may see it. */
  void sendSnapshot(ClientChannel channel, long seq, MeetingState state) {
    CAUGHT_UP_BY_SNAPSHOT.increment();
    channel.send(byChannel.get(channel).snapshot(seq, state));
  }

  private static String eventMessage(StoredEvent event) {
    return ServerMessages.event(event.seq(), event.event(), event.actor(), event.occurredAt());
  }

  void sendToAll(String message) {
    byChannel.keySet().forEach(channel -> channel.send(message));
  }

  void closeAll(Farewell farewell) {
    byChannel.keySet().forEach(channel -> channel.close(farewell));
    byChannel.clear();
  }

  /** Who is connected right now: each person once, in the order they came, with their device count; room screens are not people. */
  void sendPresence() {
    Map<UUID, PresentPerson> people = new LinkedHashMap<>();
    for (Member member : byChannel.values()) {
      if (member.display()) {
        continue;
      }
      people.merge(
          member.personId(),
          new PresentPerson(member.personId(), member.name(), member.group().wireName(),
              member.actor().role().wireName(), 1),
          (a, b) -> new PresentPerson(a.personId(), a.name(), a.stakeholderGroup(), a.role(), a.connections() + 1));
    }
    sendToAll(ServerMessages.presence(people.values()));
  }
}

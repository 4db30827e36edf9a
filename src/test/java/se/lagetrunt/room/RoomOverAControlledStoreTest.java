package se.lagetrunt.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.domain.Capabilities;
import se.lagetrunt.domain.MeetingCommand;
import se.lagetrunt.domain.MeetingEvent;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.protocol.WireCommand;
import se.lagetrunt.store.StoredEvent;
import se.lagetrunt.testing.ControlledMeetingLog;
import se.lagetrunt.testing.TestClock;
import se.lagetrunt.testing.TestServer;

/**
 * The room against a store it does not control – slow, then failing – with no database: a
 * command is answered and shown only once the store has it, in order, and a store that fails
 * answers "unavailable", shows nothing and loses nothing the retry cannot put right.
 */
class RoomOverAControlledStoreTest {
  private final Vertx vertx = Vertx.vertx();
  private final ControlledMeetingLog log = new ControlledMeetingLog();
  private final UUID meeting = UUID.randomUUID();
  private final Actor leader = new Actor(UUID.randomUUID(), MeetingRole.LEADER);
  private final Recording watcher = new Recording();
  private Room room;

  @BeforeEach
  void openTheRoom() throws Exception {
    room = TestServer.await(new LocalRoomDirectory(vertx, log, RoomSettings.DEFAULT, new TestClock()).openHere(meeting));
    Actor anna = new Actor(UUID.randomUUID(), MeetingRole.PARTICIPANT);
    TestServer.await(room.join(new Member(watcher, anna, "Anna", StakeholderGroup.FAMILY_CARER, true,
        Capabilities.of(MeetingRole.PARTICIPANT, "local")), -1));
    assertEquals("arrived", watcher.nextEvent().path("type").asText(), "her arrival, stored");
  }

  @AfterEach
  void close() {
    TestServer.await(vertx.close());
  }

  @Test
  void aCommandIsAnsweredAndShownOnlyOnceTheStoreHasIt() throws Exception {
    log.hold();
    Future<Long> first = room.execute(leader, "c1", WireCommand.of(new MeetingCommand.SetTopic("Paus till 19.10")));
    Future<Long> second = room.execute(leader, "c2", WireCommand.of(new MeetingCommand.SetTopic("Vi börjar igen")));
    TestServer.await(log.whenWaiting(2));
    assertFalse(first.isComplete() || second.isComplete(), "no answer before the store has it");
    assertNull(watcher.messages.poll(), "nothing shown before the store has it");

    log.letGo();
    assertEquals(2L, TestServer.await(first));
    assertEquals(3L, TestServer.await(second));
    assertEquals("Paus till 19.10", watcher.nextEvent().path("text").asText());
    assertEquals("Vi börjar igen", watcher.nextEvent().path("text").asText(), "in the order they were decided");
  }

  @Test
  void aStoreThatFailsAnswersUnavailableShowsNothingAndTheRetryLandsOnce() throws Exception {
    log.failNextAppend();
    Future<Long> failed = room.execute(leader, "c3", WireCommand.of(new MeetingCommand.SetTopic("Under felet")));
    CommandRefused refused = (CommandRefused) assertThrowsCause(failed);
    assertEquals("unavailable", refused.code());
    assertNull(watcher.messages.poll(), "nothing shown");

    Long seq = null;
    while (seq == null) { // the room reloads from the store before it takes commands again
      try {
        seq = TestServer.await(room.execute(leader, "c3", WireCommand.of(new MeetingCommand.SetTopic("Under felet"))));
      } catch (IllegalStateException e) {
        assertEquals("unavailable", ((CommandRefused) e.getCause().getCause()).code());
      }
    }
    assertEquals(2L, seq);
    assertEquals(2L, TestServer.await(room.execute(leader, "c3", WireCommand.of(new MeetingCommand.SetTopic("Under felet")))),
        "the same command again is the same answer");
    assertEquals("Under felet", watcher.nextEvent().path("text").asText());
    List<StoredEvent> stored = TestServer.await(log.range(meeting, 0, 100));
    assertEquals(2, stored.size(), "her arrival and the topic, once");
    assertEquals(new MeetingEvent.TopicSet("Under felet"), stored.get(1).event());
  }

  private static Throwable assertThrowsCause(Future<?> future) {
    try {
      TestServer.await(future);
    } catch (IllegalStateException e) {
      return e.getCause().getCause();
    }
    throw new AssertionError("expected a refusal");
  }

  /** A connection that keeps what the room sends it. */
  private static final class Recording implements ClientChannel {
    final LinkedBlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();

    JsonNode nextEvent() throws Exception {
      while (true) {
        JsonNode message = messages.poll(10, TimeUnit.SECONDS);
        if (message == null) {
          throw new AssertionError("no event came");
        }
        if ("event".equals(message.path("type").asText())) {
          return message.path("event");
        }
      }
    }

    @Override
    public void welcome(String message) {}

    @Override
    public void send(String message) {
      try {
        JsonNode node = Json.read(message);
        if (!"presence".equals(node.path("type").asText())) {
          messages.add(node);
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void answer(String message) {}

    @Override
    public void close(se.lagetrunt.protocol.Farewell farewell) {}
  }
}

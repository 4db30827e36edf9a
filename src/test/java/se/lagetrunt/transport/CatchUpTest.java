package se.lagetrunt.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.room.RoomSettings;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;

/**
 * A client back after missing more events than the room keeps in memory is sent exactly those
 * events, read from the log; only past the configured limit does it get a snapshot instead.
 */
class CatchUpTest {
  private static final int LIMIT = 1500;
  @RegisterExtension
  static final TestServer server = TestServer.perClass(Map.of("maxCatchUpEvents", LIMIT));
  private Person leader;
  private Person carer;
  private MeetingInfo meeting;

  @BeforeEach
  void meeting() {
    leader = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    carer = server.person("Anna Anhörig", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
    meeting = server.meeting(leader, MeetingRole.LEADER);
    server.addMember(meeting, carer, MeetingRole.PARTICIPANT);
  }

  private TestClient join(String transport, Person person, long lastSeq) {
    return Clients.join(server, transport, person, meeting.id(), lastSeq);
  }

  /** The carer's page sees the meeting, then is away while the leader sets the topic n times. */
  private long awayWhile(String transport, int topics) {
    long seen;
    try (TestClient watch = join(transport, carer, -1)) {
      watch.next("snapshot");
      seen = watch.untilEvent("arrived").get("seq").asLong();
    }
    try (TestClient steer = join("websocket", leader, -1)) {
      List<String> commands = new ArrayList<>();
      for (int i = 1; i <= topics; i++) {
        commands.add(TestClient.setTopicCommand("t" + i, "Ämne " + i));
      }
      steer.sendAll(commands, 64, other -> { })
          .forEach(answer -> assertEquals("ok", answer.path("type").asText(), answer.toString()));
    }
    return seen;
  }

  @ParameterizedTest
  @ValueSource(strings = {"websocket", "sockjs"})
  void furtherBehindThanTheRoomKeepsItIsSentWhatItMissedFromTheLog(String transport) {
    int topics = RoomSettings.DEFAULT.recentEvents() + 200;
    long seen = awayWhile(transport, topics);
    try (TestClient back = join(transport, carer, seen)) {
      long expected = seen + 1;
      int topicsSeen = 0;
      JsonNode message = back.next();
      while ("event".equals(message.path("type").asText())) {
        assertEquals(expected++, message.get("seq").asLong(), "no gap, no repeat");
        if ("topicSet".equals(message.at("/event/type").asText())) {
          assertEquals("Ämne " + ++topicsSeen, message.at("/event/text").asText());
        }
        message = back.next();
      }
      assertEquals(topics, topicsSeen, "every missed topic, in order, and no snapshot");
      assertEquals("presence", message.path("type").asText());
      // From here it is live: the next change arrives as the next event.
      try (TestClient steer = join("websocket", leader, -1)) {
        steer.setTopic("live", "Live igen");
        assertEquals("Live igen", back.until(m -> "topicSet".equals(m.at("/event/type").asText())).at("/event/text").asText());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"websocket", "sockjs"})
  void pastTheLimitItGetsASnapshot(String transport) {
    long seen = awayWhile(transport, LIMIT + 10);
    try (TestClient back = join(transport, carer, seen)) {
      JsonNode snapshot = back.next("snapshot");
      assertEquals("Ämne " + (LIMIT + 10), snapshot.at("/state/topic").asText());
      back.next("presence");
      back.expectSilence(Duration.ofMillis(200));
    }
  }
}

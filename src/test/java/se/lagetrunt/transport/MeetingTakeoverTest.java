package se.lagetrunt.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;

/**
 * A live meeting that another node took over (this node's lease ran out under it – a pause, a
 * cut-off network): the room writes nothing more, its clients are sent on with 1001
 * {@code meeting_moved}, and a command it could not store is there exactly once after the retry.
 * The other node's takeover is its own SQL statement, run here on the same database.
 */
class MeetingTakeoverTest {
  /** Renews its leases every few seconds, as a server does. */
  @RegisterExtension
  static final TestServer renewing = TestServer.perClass();
  /** Renews once in twenty minutes: a command meets the takeover before any renewal does. */
  @RegisterExtension
  static final TestServer server = TestServer.perClassWith(root -> root.putObject("cluster").put("leaseSeconds", 3600));
  private Person leader;
  private MeetingInfo meeting;

  @BeforeEach
  void meeting() {
    leader = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    meeting = server.meeting(leader, MeetingRole.LEADER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"websocket", "sockjs"})
  void aCommandAfterATakeoverIsNotStoredAndTheClientIsSentOnToJoinAgain(String transport) {
    try (TestClient client = Clients.join(server, transport, leader, meeting.id(), -1)) {
      client.untilEvent("arrived");
      takenOverByAnotherNode();
      client.setTopic("c1", "Vad fungerar bra?");
      JsonNode refused = client.untilType("error");
      assertEquals("c1", refused.get("re").asText());
      assertEquals("unavailable", refused.get("code").asText(), "not stored: the client keeps it to send again");
      assertEquals("meeting_moved", client.untilType("bye").get("why").asText());
      client.awaitClose();
    }
    assertEquals(0, server.eventCount(meeting.id()), "the old owner wrote nothing after the takeover");
    otherNodeDied();
    try (TestClient again = Clients.join(server, transport, leader, meeting.id(), 1)) {
      again.setTopic("c1", "Vad fungerar bra?");
      again.untilType("ok");
      again.setTopic("c1", "Vad fungerar bra?");
      again.untilType("ok");
    }
    assertEquals(1, server.eventCount(meeting.id()), "once, however often it was sent");
  }

  @ParameterizedTest
  @ValueSource(strings = {"websocket", "sockjs"})
  void aRoomThatLostItsLeaseSendsItsClientsOnWithoutAnyCommand(String transport) {
    Person person = renewing.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    MeetingInfo live = renewing.meeting(person, MeetingRole.LEADER);
    try (TestClient client = Clients.join(renewing, transport, person, live.id(), -1)) {
      client.untilEvent("arrived");
      renewing.execute(takeover(live));
      // The next renewal of this node's leases (every few seconds) finds it gone.
      assertEquals("meeting_moved", client.untilType("bye").get("why").asText());
      client.awaitClose();
    }
  }

  private void takenOverByAnotherNode() {
    server.execute(takeover(meeting));
  }

  /** What another node's claim does once this node's lease has run out. */
  private static String takeover(MeetingInfo meeting) {
    return "UPDATE meeting_owner SET node = 'node-b', epoch = epoch + 1, "
        + "lease_until = clock_timestamp() + interval '1 hour' WHERE meeting_id = '" + meeting.id() + "'";
  }

  /** Its lease runs out as time would run it out, with nobody renewing it. */
  private void otherNodeDied() {
    server.execute("UPDATE meeting_owner SET lease_until = clock_timestamp() - interval '1 second' "
        + "WHERE meeting_id = '" + meeting.id() + "'");
  }
}

package se.lagetrunt.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.lagetrunt.testing.ControlledMeetingLog;
import se.lagetrunt.testing.TestClock;
import se.lagetrunt.testing.TestServer;

/** Finding a meeting's room when its start fails: the directory forgets the failure, so a later join starts it. */
class LocalRoomDirectoryTest {
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() {
    TestServer.await(vertx.close());
  }

  @Test
  void aRoomThatCouldNotClaimItsMeetingIsTriedAgainAtTheNextJoin() {
    ControlledMeetingLog log = new ControlledMeetingLog();
    LocalRoomDirectory rooms = new LocalRoomDirectory(vertx, log, RoomSettings.DEFAULT, new TestClock());
    UUID meeting = UUID.randomUUID();
    log.refuseNextClaim(); // failing at once: the room's start fails before its deployment returns
    Future<Room> refused = rooms.openHere(meeting);
    TestServer.await(refused.otherwise((Room) null));
    assertTrue(refused.failed(), "held by another node");
    assertEquals(0, rooms.liveRooms(), "forgotten");
    assertEquals(meeting, TestServer.await(rooms.openHere(meeting)).meetingId(), "the next join starts the room");
  }
}

package se.lagetrunt.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.Attendee;
import se.lagetrunt.domain.Meeting;
import se.lagetrunt.domain.MeetingEvent;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.domain.StakeholderGroup;

/** Every event and a full state survive the trip through JSON unchanged (the log and snapshots rely on it). */
class EventCodecTest {
  private final UUID person = UUID.randomUUID();
  private final List<MeetingEvent> events = List.of(
      new MeetingEvent.TopicSet("Vad fungerar bra?"),
      new MeetingEvent.Arrived(person, "Anna Anhörig", StakeholderGroup.FAMILY_CARER),
      new MeetingEvent.SeatAdded(new Attendee("s1", null, "Gäst", StakeholderGroup.CIVIL_SOCIETY, Attendee.Via.PHONE)),
      new MeetingEvent.SeatAdded(new Attendee("s2", UUID.randomUUID(), "Per", StakeholderGroup.POLITICIAN, Attendee.Via.ROOM)),
      new MeetingEvent.SeatRemoved("s1"));

  @Test
  void eventsRoundTrip() {
    for (MeetingEvent event : events) {
      assertEquals(event, EventCodec.fromJson(EventCodec.typeOf(event), EventCodec.payload(event)));
    }
  }

  @Test
  void stateRoundTripsThroughASnapshot() throws Exception {
    MeetingState state = Meeting.applyAll(MeetingState.EMPTY, events);
    String json = Json.write(EventCodec.stateToJson(state));
    MeetingState back = EventCodec.stateFromJson(Json.read(json));
    assertEquals(state, back);
    assertEquals(List.copyOf(state.seats().keySet()), List.copyOf(back.seats().keySet()));
    assertEquals(2, back.seatsAdded());
  }
}

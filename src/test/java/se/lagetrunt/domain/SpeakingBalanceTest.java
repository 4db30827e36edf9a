package se.lagetrunt.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SpeakingBalanceTest {
  @Test
  void speakingTimeAndPresenceAreCountedPerGroupIncludingSeats() {
    UUID anna = UUID.randomUUID();
    UUID lena = UUID.randomUUID();
    Instant t0 = Instant.parse("2026-09-01T16:00:00Z");
    MeetingState state = Meeting.applyAll(MeetingState.EMPTY, List.of(
        new MeetingEvent.Arrived(anna, "Anna", StakeholderGroup.FAMILY_CARER),
        new MeetingEvent.Arrived(lena, "Lena", StakeholderGroup.OFFICIAL),
        new MeetingEvent.SeatAdded(new Attendee("s1", null, "Gäst", StakeholderGroup.POLITICIAN, Attendee.Via.ROOM)),
        new TurnEvent.RoundStarted("r1", Round.Kind.DISCUSSION, List.of(lena.toString(), anna.toString(), "s1"), t0, null),
        new TurnEvent.TurnStarted(lena.toString(), t0),
        new TurnEvent.TurnEnded(lena.toString(), Round.Status.DONE, t0.plusSeconds(300)),
        new TurnEvent.TurnStarted(anna.toString(), t0.plusSeconds(300)),
        new TurnEvent.TurnEnded(anna.toString(), Round.Status.DONE, t0.plusSeconds(360)),
        new TurnEvent.TurnStarted("s1", t0.plusSeconds(360)),
        new TurnEvent.TurnEnded("s1", Round.Status.DONE, t0.plusSeconds(420))));
    Map<StakeholderGroup, SpeakingBalance.Share> balance = SpeakingBalance.of(state);
    assertEquals(new SpeakingBalance.Share(300_000, 1, 0), balance.get(StakeholderGroup.OFFICIAL));
    assertEquals(new SpeakingBalance.Share(60_000, 1, 0), balance.get(StakeholderGroup.FAMILY_CARER));
    assertEquals(new SpeakingBalance.Share(60_000, 1, 0), balance.get(StakeholderGroup.POLITICIAN));
    assertEquals(3, balance.size(), "groups nobody came from are left out");
  }
}

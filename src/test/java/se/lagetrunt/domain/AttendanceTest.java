package se.lagetrunt.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.MeetingCommand.AddSeat;
import se.lagetrunt.domain.MeetingCommand.RemoveSeat;

/** Who counts as present: everyone who joined from a device, and the seats the leader adds. */
class AttendanceTest {
  private static Decision decide(MeetingState state, Actor actor, MeetingCommand command) {
    return Meeting.decide(state, actor, command, java.time.Instant.EPOCH);
  }

  private final Actor leader = new Actor(UUID.randomUUID(), MeetingRole.LEADER);
  private final Actor carer = new Actor(UUID.randomUUID(), MeetingRole.PARTICIPANT);
  private final UUID politician = UUID.randomUUID();

  private MeetingState run(MeetingState state, Actor actor, MeetingCommand command) {
    Decision decision = decide(state, actor, command);
    return Meeting.applyAll(state, assertInstanceOf(Decision.Accepted.class, decision, decision.toString()).events());
  }

  @Test
  void joiningCountsOnceAndSeatsCountUnlessThePersonAlsoJoined() {
    MeetingState state = Meeting.applyAll(MeetingState.EMPTY,
        Meeting.arrive(MeetingState.EMPTY, carer.personId(), "Anna Anhörig", StakeholderGroup.FAMILY_CARER));
    assertEquals(List.of(), Meeting.arrive(state, carer.personId(), "Anna Anhörig", StakeholderGroup.FAMILY_CARER),
        "a second device is not a second person");
    state = run(state, leader, new AddSeat(" Per  Politiker ", StakeholderGroup.POLITICIAN, politician, Attendee.Via.ROOM));
    state = run(state, leader, new AddSeat("Gäst från PRO", StakeholderGroup.CIVIL_SOCIETY, null, Attendee.Via.PHONE));
    assertEquals(List.of("s1", "s2"), List.copyOf(state.seats().keySet()));
    assertEquals("Per Politiker", state.seats().get("s1").name());
    assertEquals(3, state.attendance().size());

    state = Meeting.applyAll(state, Meeting.arrive(state, politician, "Per Politiker", StakeholderGroup.POLITICIAN));
    assertEquals(3, state.attendance().size(), "in the room and online is still one person");

    state = run(state, leader, new RemoveSeat("s2"));
    assertEquals(2, state.attendance().size());
    state = run(state, leader, new AddSeat("Ny gäst", StakeholderGroup.OTHER, null, Attendee.Via.ROOM));
    assertTrue(state.seats().containsKey("s3"), "seat ids are never reused");
  }

  @Test
  void onlyTheLeaderSeatsPeopleAndBadSeatsAreRefused() {
    AddSeat seat = new AddSeat("Per", StakeholderGroup.POLITICIAN, politician, Attendee.Via.ROOM);
    assertEquals(Refusal.Code.NOT_ALLOWED, refusal(MeetingState.EMPTY, carer, seat));
    MeetingState seated = run(MeetingState.EMPTY, leader, seat);
    assertEquals(Refusal.Code.ALREADY_PRESENT, refusal(seated, leader, seat));
    assertEquals(Refusal.Code.INVALID_TEXT, refusal(MeetingState.EMPTY, leader,
        new AddSeat("  ", StakeholderGroup.OTHER, null, Attendee.Via.ROOM)));
    assertEquals(Refusal.Code.INVALID_TEXT, refusal(MeetingState.EMPTY, leader,
        new AddSeat("x".repeat(121), StakeholderGroup.OTHER, null, Attendee.Via.ROOM)));
    assertEquals(Refusal.Code.INVALID_TEXT, refusal(MeetingState.EMPTY, leader,
        new AddSeat("Någon", StakeholderGroup.OTHER, null, Attendee.Via.ONLINE)));
    assertEquals(Refusal.Code.UNKNOWN_SEAT, refusal(seated, leader, new RemoveSeat("s9")));
    assertEquals(Refusal.Code.NOT_ALLOWED, refusal(seated, carer, new RemoveSeat("s1")));
  }

  private static Refusal.Code refusal(MeetingState state, Actor actor, MeetingCommand command) {
    return assertInstanceOf(Decision.Refused.class, decide(state, actor, command)).refusal().code();
  }

  @Test
  void joiningCountsFromAnHourBeforeTheStartToAnHourAfterThePlannedEnd() {
    java.time.Instant start = java.time.Instant.parse("2026-09-08T15:30:00Z");
    assertTrue(!AttendanceWindow.contains(start, 120, start.minusSeconds(3 * 24 * 3600)), "reading the board days ahead");
    assertTrue(!AttendanceWindow.contains(start, 120, start.minusSeconds(3601)));
    assertTrue(AttendanceWindow.contains(start, 120, start.minusSeconds(3600)));
    assertTrue(AttendanceWindow.contains(start, 120, start.plusSeconds(3 * 3600)));
    assertTrue(!AttendanceWindow.contains(start, 120, start.plusSeconds(3 * 3600 + 1)), "reading the minutes later");
    assertTrue(AttendanceWindow.contains(null, 120, start), "a meeting without a time counts any time");
  }
}

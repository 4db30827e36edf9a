package se.lagetrunt.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Who may do what in a meeting, written once: every role in every kind of meeting. */
class CapabilitiesTest {
  @Test
  void everyRoleInEveryKindOfMeeting() {
    // steers, in the group, reads minutes, writes minutes, sees speaking time, attends
    assertEquals(new Capabilities(true, false, false, false, true, false), Capabilities.of(MeetingRole.ENABLER, "local"),
        "a theme's enabler visits a local network's meeting from outside its group");
    for (String kind : new String[] {"pre", "after", "adhoc"}) {
      assertEquals(new Capabilities(true, true, true, true, true, true), Capabilities.of(MeetingRole.ENABLER, kind));
    }
    for (String kind : new String[] {"local", "pre", "after", "adhoc"}) {
      assertEquals(new Capabilities(true, true, true, true, true, true), Capabilities.of(MeetingRole.LEADER, kind));
      assertEquals(new Capabilities(false, true, true, true, false, true), Capabilities.of(MeetingRole.NOTE_TAKER, kind));
      assertEquals(new Capabilities(false, true, true, false, false, true), Capabilities.of(MeetingRole.PARTICIPANT, kind));
    }
  }
}

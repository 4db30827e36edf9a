package se.lagetrunt.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may do what in a meeting, written once: every role in every kind of meeting. */
class CapabilitiesTest {
  @Test
  void everyRoleInEveryKindOfMeeting() {
    // steers, in the group, reads minutes, writes minutes, sees speaking time, attends, read-only
    assertEquals(new Capabilities(true, false, false, false, true, false, false), Capabilities.of(MeetingRole.ENABLER, "local"),
        "a theme's enabler visits a local network's meeting from outside its group");
    for (String kind : new String[] {"pre", "after", "adhoc"}) {
      assertEquals(new Capabilities(true, true, true, true, true, true, false), Capabilities.of(MeetingRole.ENABLER, kind));
    }
    for (String kind : new String[] {"local", "pre", "after", "adhoc"}) {
      assertEquals(new Capabilities(true, true, true, true, true, true, false), Capabilities.of(MeetingRole.LEADER, kind));
      assertEquals(new Capabilities(false, true, true, true, false, true, false), Capabilities.of(MeetingRole.NOTE_TAKER, kind));
      assertEquals(new Capabilities(false, true, true, false, false, true, false), Capabilities.of(MeetingRole.PARTICIPANT, kind));
    }
  }

  /** A room screen shows what the group sees and nothing only its person may see or do. */
  @Test
  void aRoomScreenChangesNothingAndIsNoOneAtTheTable() {
    assertEquals(new Capabilities(false, true, true, false, false, false, true),
        Capabilities.of(MeetingRole.LEADER, "local").onScreen());
    assertEquals(new Capabilities(false, false, false, false, false, false, true),
        Capabilities.of(MeetingRole.ENABLER, "local").onScreen(), "outside the group on a screen too");
  }

  /** The one projection, for events (snapshots leave out the same). */
  @Test
  void whoSeesWhichEvent() {
    MeetingEvent minutes = new MinutesEvent.CommentResolved("c1", true);
    MeetingEvent spoken = new VoiceEvent.VoiceSpoken("p", 1200, java.time.Instant.EPOCH, false);
    MeetingEvent topic = new MeetingEvent.TopicSet("Paus");
    Capabilities leader = Capabilities.of(MeetingRole.LEADER, "local");
    Capabilities participant = Capabilities.of(MeetingRole.PARTICIPANT, "local");
    Capabilities visitor = Capabilities.of(MeetingRole.ENABLER, "local");
    assertEquals(List.of(true, true, true), List.of(leader.sees(minutes), leader.sees(spoken), leader.sees(topic)));
    assertEquals(List.of(true, false, true), List.of(participant.sees(minutes), participant.sees(spoken), participant.sees(topic)));
    assertEquals(List.of(false, true, true), List.of(visitor.sees(minutes), visitor.sees(spoken), visitor.sees(topic)));
    assertEquals(List.of(true, false, true), List.of(leader.onScreen().sees(minutes), leader.onScreen().sees(spoken),
        leader.onScreen().sees(topic)));
  }
}

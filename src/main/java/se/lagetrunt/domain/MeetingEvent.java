package se.lagetrunt.domain;

import java.util.Objects;
import java.util.UUID;

/** A fact about a meeting, in its log for good. Applying one never fails. */
public sealed interface MeetingEvent
    permits MeetingEvent.TopicSet, MeetingEvent.Arrived, MeetingEvent.SeatAdded, MeetingEvent.SeatRemoved, TurnEvent,
    BoardEvent, MinutesEvent, VoiceEvent {

  record TopicSet(String text) implements MeetingEvent {
    public TopicSet {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A person joined the meeting from a device for the first time: they attended. */
  record Arrived(UUID personId, String name, StakeholderGroup group) implements MeetingEvent {
    public Arrived {
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(group, "group");
    }
  }

  record SeatAdded(Attendee seat) implements MeetingEvent {
    public SeatAdded {
      Objects.requireNonNull(seat, "seat");
    }
  }

  record SeatRemoved(String seatId) implements MeetingEvent {
    public SeatRemoved {
      Objects.requireNonNull(seatId, "seatId");
    }
  }
}

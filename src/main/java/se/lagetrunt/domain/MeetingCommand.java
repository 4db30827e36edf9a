package se.lagetrunt.domain;

import java.util.Objects;
import java.util.UUID;

/** What a person asks a live meeting to do. A command may be refused; events may not. */
public sealed interface MeetingCommand
    permits MeetingCommand.SetTopic, MeetingCommand.AddSeat, MeetingCommand.RemoveSeat, TurnCommand, BoardCommand,
    MinutesCommand, VoiceCommand {

  /** The leader puts a topic at the centre of the meeting (an empty text clears it). */
  record SetTopic(String text) implements MeetingCommand {
    public SetTopic {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * The leader counts someone who takes part without a device of their own: in the room of a
   * hybrid meeting, or by phone. {@code personId} names a network member, or is null for a guest.
   */
  record AddSeat(String name, StakeholderGroup group, UUID personId, Attendee.Via via) implements MeetingCommand {
    public AddSeat {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(via, "via");
    }
  }

  record RemoveSeat(String seatId) implements MeetingCommand {
    public RemoveSeat {
      Objects.requireNonNull(seatId, "seatId");
    }
  }
}

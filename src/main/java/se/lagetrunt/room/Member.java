package se.lagetrunt.room;

import java.util.UUID;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.domain.Capabilities;
import se.lagetrunt.domain.MeetingCommand;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.domain.MinutesCommand;
import se.lagetrunt.domain.Refusal;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.VoiceCommand;
import se.lagetrunt.protocol.ErrorCode;
import se.lagetrunt.protocol.ServerMessages;
import se.lagetrunt.store.StoredEvent;

/**
 * One connection joined to a room, with who is behind it as the server established at hello.
 *
 * @param attends whether joining now counts as attending: the capabilities say whether it can, the
 *     meeting's time whether it does now (see {@link se.lagetrunt.domain.AttendanceWindow})
 * @param may what they may do in this meeting, decided when they were let in ({@link Capabilities};
 *     a room screen's are {@link Capabilities#onScreen()})
 */
public record Member(ClientChannel channel, Actor actor, String name, StakeholderGroup group, boolean attends,
    Capabilities may) {

  /** The event as this member may see it ({@link Capabilities#sees}): the event, or only its number. */
  String message(StoredEvent event, String full) {
    return may.sees(event.event()) ? full : ServerMessages.withheld(event.seq(), event.occurredAt());
  }

  /** Whether this member steers the meeting: its leader (or enabler), on a device of their own, not a screen. */
  boolean steers() {
    return may.steers();
  }

  /** A room screen: shows the meeting, is no one at the table, sends no commands. */
  boolean display() {
    return may.readOnly();
  }

  /**
   * Whether this member may send the command at all, before the rules decide it (a room screen
   * only shows; speech is measured only in the call; minutes only in the group); if not, the
   * reason goes to {@code reply}.
   */
  boolean maySend(MeetingCommand command, boolean inCall, Reply reply) {
    if (may.readOnly()) {
      reply.refused(ErrorCode.READ_ONLY);
    } else if (command instanceof VoiceCommand.ReportVoice && !inCall) {
      reply.refused(ErrorCode.NOT_IN_CALL.wireName(), "Speaking time is measured only in the meeting's voice call.");
    } else if (command instanceof MinutesCommand && !may.readsMinutes()) {
      reply.refused(Refusal.Code.NOT_ALLOWED.wireName(),
          "A local network's minutes are its own until they are submitted to the enablers.");
    } else {
      return true;
    }
    return false;
  }

  /** The meeting's state as this member may see it. */
  String snapshot(long seq, MeetingState state) {
    return ServerMessages.snapshot(seq, state, may);
  }
  public UUID personId() {
    return actor.personId();
  }
}

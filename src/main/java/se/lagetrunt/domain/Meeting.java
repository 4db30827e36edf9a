package se.lagetrunt.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import se.lagetrunt.domain.MeetingCommand.AddSeat;
import se.lagetrunt.domain.MeetingCommand.RemoveSeat;
import se.lagetrunt.domain.MeetingCommand.SetTopic;
import se.lagetrunt.domain.MeetingEvent.Arrived;
import se.lagetrunt.domain.MeetingEvent.SeatAdded;
import se.lagetrunt.domain.MeetingEvent.SeatRemoved;
import se.lagetrunt.domain.MeetingEvent.TopicSet;

/**
 * The rules of a live meeting as pure functions. {@code decide} checks a command against the
 * current state and the actor's role; {@code apply} folds an accepted event into the state;
 * {@code arrive} is what joining from a device means for attendance.
 */
public final class Meeting {
  private Meeting() {}

  public static Decision decide(MeetingState state, Actor actor, MeetingCommand command, Instant now) {
    if (command instanceof TurnCommand turnCommand) {
      return Turns.decide(state, actor, turnCommand, now);
    }
    if (command instanceof BoardCommand boardCommand) {
      return Boards.decide(state.board(), actor, boardCommand);
    }
    if (command instanceof MinutesCommand minutesCommand) {
      return MinutesWriting.decide(state, actor, minutesCommand, now);
    }
    if (command instanceof VoiceCommand voiceCommand) {
      return Voices.decide(state, actor, voiceCommand, now);
    }
    if (command instanceof SetTopic setTopic) {
      return decideTopic(actor, setTopic);
    }
    if (command instanceof AddSeat addSeat) {
      return decideAddSeat(state, actor, addSeat);
    }
    if (command instanceof RemoveSeat removeSeat) {
      return decideRemoveSeat(state, actor, removeSeat);
    }
    throw new IllegalArgumentException("unhandled command " + command);
  }

  public static MeetingState apply(MeetingState state, MeetingEvent event) {
    if (event instanceof TurnEvent turnEvent) {
      return state.withTurns(Turns.apply(state.turns(), turnEvent));
    }
    if (event instanceof BoardEvent boardEvent) {
      return state.withBoard(Boards.apply(state.board(), boardEvent));
    }
    if (event instanceof MinutesEvent minutesEvent) {
      return state.withMinutes(MinutesWriting.apply(state.minutes(), minutesEvent));
    }
    if (event instanceof VoiceEvent voiceEvent) {
      return state.withVoice(Voices.apply(state.voice(), voiceEvent));
    }
    if (event instanceof TopicSet topicSet) {
      return state.withTopic(topicSet.text());
    }
    if (event instanceof Arrived arrived) {
      return state.withArrival(
          new Attendee(null, arrived.personId(), arrived.name(), arrived.group(), Attendee.Via.ONLINE));
    }
    if (event instanceof SeatAdded seatAdded) {
      return state.withSeat(seatAdded.seat());
    }
    if (event instanceof SeatRemoved seatRemoved) {
      return state.withoutSeat(seatRemoved.seatId());
    }
    throw new IllegalArgumentException("unhandled event " + event);
  }

  /** Folds a run of events, as replay after a snapshot does. */
  public static MeetingState applyAll(MeetingState state, Iterable<? extends MeetingEvent> events) {
    MeetingState result = state;
    for (MeetingEvent event : events) {
      result = apply(result, event);
    }
    return result;
  }

  /** Joining from a device counts as attending the first time; afterwards it changes nothing. */
  public static List<MeetingEvent> arrive(MeetingState state, UUID personId, String name, StakeholderGroup group) {
    return state.arrivals().containsKey(personId) ? List.of() : List.of(new Arrived(personId, name, group));
  }

  private static Decision decideTopic(Actor actor, SetTopic command) {
    if (!actor.role().steers()) {
      return Decision.refuse(Refusal.Code.NOT_ALLOWED, "Only the leader can change the topic.");
    }
    if (Texts.hasControlCharacters(command.text())) {
      return Decision.refuse(Refusal.Code.INVALID_TEXT, "The topic must be one line of plain text.");
    }
    String text = Texts.normalizeLine(command.text());
    if (text.length() > Texts.TOPIC_MAX_LENGTH) {
      return Decision.refuse(
          Refusal.Code.TEXT_TOO_LONG,
          "The topic can be at most " + Texts.TOPIC_MAX_LENGTH + " characters.");
    }
    return Decision.accept(new TopicSet(text));
  }

  private static Decision decideAddSeat(MeetingState state, Actor actor, AddSeat command) {
    if (!actor.role().steers()) {
      return Decision.refuse(Refusal.Code.NOT_ALLOWED, "Only the leader adds people in the room or on the phone.");
    }
    if (command.via() == Attendee.Via.ONLINE) {
      return Decision.refuse(Refusal.Code.INVALID_TEXT, "A seat is in the room or on the phone.");
    }
    String name = Texts.normalizeLine(command.name());
    if (name.isEmpty() || Texts.hasControlCharacters(command.name()) || name.length() > Texts.NAME_MAX_LENGTH) {
      return Decision.refuse(Refusal.Code.INVALID_TEXT,
          "A name is one line of at most " + Texts.NAME_MAX_LENGTH + " characters.");
    }
    if (command.personId() != null && state.seats(command.personId())) {
      return Decision.refuse(Refusal.Code.ALREADY_PRESENT, "This person already has a seat.");
    }
    String seatId = "s" + (state.seatsAdded() + 1);
    return Decision.accept(new SeatAdded(new Attendee(seatId, command.personId(), name, command.group(), command.via())));
  }

  private static Decision decideRemoveSeat(MeetingState state, Actor actor, RemoveSeat command) {
    if (!actor.role().steers()) {
      return Decision.refuse(Refusal.Code.NOT_ALLOWED, "Only the leader removes seats.");
    }
    if (!state.seats().containsKey(command.seatId())) {
      return Decision.refuse(Refusal.Code.UNKNOWN_SEAT, "There is no such seat.");
    }
    return Decision.accept(new SeatRemoved(command.seatId()));
  }
}

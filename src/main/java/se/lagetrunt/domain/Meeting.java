package se.lagetrunt.domain;

import se.lagetrunt.domain.MeetingCommand.SetTopic;
import se.lagetrunt.domain.MeetingEvent.TopicSet;

/**
 * The rules of a live meeting as two pure functions. {@code decide} checks a command against the
 * current state and the actor's role; {@code apply} folds an accepted event into the state.
 */
public final class Meeting {
  private Meeting() {}

  public static Decision decide(MeetingState state, Actor actor, MeetingCommand command) {
    if (command instanceof SetTopic setTopic) {
      return decideTopic(actor, setTopic);
    }
    throw new IllegalArgumentException("unhandled command " + command);
  }

  public static MeetingState apply(MeetingState state, MeetingEvent event) {
    if (event instanceof TopicSet topicSet) {
      return state.withTopic(topicSet.text());
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
}

package se.lagetrunt.domain;

import java.util.Objects;

/**
 * Everything a live meeting has agreed on so far. Immutable: {@link Meeting#apply} returns a new
 * one, so a room can keep the committed state and the state with pending events side by side.
 */
public record MeetingState(String topic) {
  public static final MeetingState EMPTY = new MeetingState("");

  public MeetingState {
    Objects.requireNonNull(topic, "topic");
  }

  MeetingState withTopic(String newTopic) {
    return new MeetingState(newTopic);
  }
}

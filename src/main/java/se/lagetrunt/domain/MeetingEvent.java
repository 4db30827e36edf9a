package se.lagetrunt.domain;

import java.util.Objects;

/** A fact about a meeting, in its log for good. Applying one never fails. */
public sealed interface MeetingEvent {

  record TopicSet(String text) implements MeetingEvent {
    public TopicSet {
      Objects.requireNonNull(text, "text");
    }
  }
}

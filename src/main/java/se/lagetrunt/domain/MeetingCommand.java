package se.lagetrunt.domain;

import java.util.Objects;

/** What a person asks a live meeting to do. A command may be refused; events may not. */
public sealed interface MeetingCommand {

  /** The leader puts a topic at the centre of the meeting (an empty text clears it). */
  record SetTopic(String text) implements MeetingCommand {
    public SetTopic {
      Objects.requireNonNull(text, "text");
    }
  }
}

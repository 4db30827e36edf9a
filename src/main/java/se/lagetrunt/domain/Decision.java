package se.lagetrunt.domain;

import java.util.List;
import java.util.Objects;

/** The outcome of deciding a command: the events it causes, or the reason it is refused. */
public sealed interface Decision {

  /** At least one event: a command that changes nothing is refused, so every ok has its own seq. */
  record Accepted(List<MeetingEvent> events) implements Decision {
    public Accepted {
      events = List.copyOf(events);
      if (events.isEmpty()) {
        throw new IllegalArgumentException("an accepted command causes at least one event");
      }
    }
  }

  record Refused(Refusal refusal) implements Decision {
    public Refused {
      Objects.requireNonNull(refusal, "refusal");
    }
  }

  static Decision accept(MeetingEvent... events) {
    return new Accepted(List.of(events));
  }

  static Decision refuse(Refusal.Code code, String message) {
    return new Refused(new Refusal(code, message));
  }
}

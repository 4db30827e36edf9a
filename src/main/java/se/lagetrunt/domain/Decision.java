package se.lagetrunt.domain;

import java.util.List;
import java.util.Objects;

/** The outcome of deciding a command: the events it causes, or the reason it is refused. */
public sealed interface Decision {

  record Accepted(List<MeetingEvent> events) implements Decision {
    public Accepted {
      events = List.copyOf(events);
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

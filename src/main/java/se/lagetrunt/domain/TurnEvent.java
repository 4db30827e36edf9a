package se.lagetrunt.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Facts about turns. Times are in the events, so speaking time is summed from the log alone. */
public sealed interface TurnEvent extends MeetingEvent {

  /** {@code questionId} is the board question the round is about, or null. */
  record RoundStarted(String roundId, Round.Kind kind, List<String> order, Instant at, String questionId)
      implements TurnEvent {
    public RoundStarted {
      Objects.requireNonNull(roundId, "roundId");
      Objects.requireNonNull(kind, "kind");
      order = List.copyOf(order);
      Objects.requireNonNull(at, "at");
    }
  }

  record TurnStarted(String who, Instant at) implements TurnEvent {
    public TurnStarted {
      Objects.requireNonNull(who, "who");
      Objects.requireNonNull(at, "at");
    }
  }

  /** A turn ended: done, passed or skipped (only a turn done counts as time spoken). */
  record TurnEnded(String who, Round.Status outcome, Instant at) implements TurnEvent {
    public TurnEnded {
      Objects.requireNonNull(who, "who");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(at, "at");
    }
  }

  /** Someone was away when their turn came: they keep their place and are returned to later. */
  record TurnDeferred(String who) implements TurnEvent {
    public TurnDeferred {
      Objects.requireNonNull(who, "who");
    }
  }

  /** The round goes on at the next meeting, with those who had not spoken yet, in order. */
  record RoundCarriedOver(String roundId, Round.Kind kind, List<String> remaining) implements TurnEvent {
    public RoundCarriedOver {
      Objects.requireNonNull(roundId, "roundId");
      Objects.requireNonNull(kind, "kind");
      remaining = List.copyOf(remaining);
    }
  }

  record RoundEnded(String roundId, Instant at) implements TurnEvent {
    public RoundEnded {
      Objects.requireNonNull(roundId, "roundId");
      Objects.requireNonNull(at, "at");
    }
  }

  record AddedToRound(String who) implements TurnEvent {
    public AddedToRound {
      Objects.requireNonNull(who, "who");
    }
  }

  record MovedInRound(String who, int toIndex) implements TurnEvent {
    public MovedInRound {
      Objects.requireNonNull(who, "who");
    }
  }

  record HandRaised(String handId, String who, Hand.Kind kind, Instant at) implements TurnEvent {
    public HandRaised {
      Objects.requireNonNull(handId, "handId");
      Objects.requireNonNull(who, "who");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(at, "at");
    }
  }

  record HandLowered(String handId) implements TurnEvent {
    public HandLowered {
      Objects.requireNonNull(handId, "handId");
    }
  }

  record HandMoved(String handId, int toIndex) implements TurnEvent {
    public HandMoved {
      Objects.requireNonNull(handId, "handId");
    }
  }

  /** A hand was given the floor: out of the queue, and timed from {@code at}. */
  record FloorGiven(String handId, String who, Instant at) implements TurnEvent {
    public FloorGiven {
      Objects.requireNonNull(handId, "handId");
      Objects.requireNonNull(who, "who");
      Objects.requireNonNull(at, "at");
    }
  }

  record FloorEnded(String who, Instant at) implements TurnEvent {
    public FloorEnded {
      Objects.requireNonNull(who, "who");
      Objects.requireNonNull(at, "at");
    }
  }

  record TurnTimeSet(int seconds) implements TurnEvent {}
}

package se.lagetrunt.domain;

import java.util.List;
import java.util.Objects;

/**
 * Commands about turns. {@code present} is never taken from a client: the room fills it with
 * who is there right now (people connected, then seats), so the rules can skip the absent.
 */
public sealed interface TurnCommand extends MeetingCommand {

  /** How the leader wants the round ordered. */
  enum OrderMode {
    JOIN,
    CUSTOM,
    SHUFFLED,
    UNHEARD_FIRST;

    public String wireName() {
      return WireNames.of(this);
    }

    public static OrderMode fromWire(String value) {
      return WireNames.parse(OrderMode.class, value);
    }
  }

  /**
   * Starts a round. {@code custom} is the leader's order for CUSTOM; {@code seed} shuffles for
   * SHUFFLED; {@code questionId} is the board's current question, which the round is about (the
   * room fills it in; null when none is current).
   */
  record StartRound(Round.Kind kind, OrderMode mode, List<String> custom, List<String> present, long seed,
      String questionId) implements TurnCommand {
    public StartRound {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(mode, "mode");
      custom = List.copyOf(custom);
      present = List.copyOf(present);
    }

    public StartRound(Round.Kind kind, OrderMode mode, List<String> custom, List<String> present, long seed) {
      this(kind, mode, custom, present, seed, null);
    }
  }

  /**
   * Ends the turn of {@code who} (named, so a late click cannot end the next person's turn):
   * done or pass by the speaker, done, pass or skip by the leader.
   */
  record EndTurn(String who, Outcome outcome, List<String> present) implements TurnCommand {
    public enum Outcome {
      DONE,
      PASS,
      SKIP;

      public static Outcome fromWire(String value) {
        return WireNames.parse(Outcome.class, value);
      }
    }

    public EndTurn {
      Objects.requireNonNull(who, "who");
      Objects.requireNonNull(outcome, "outcome");
      present = List.copyOf(present);
    }
  }

  /** The leader moves someone who is still waiting to another place among the waiting. */
  record MoveInRound(String who, int toIndex) implements TurnCommand {
    public MoveInRound {
      Objects.requireNonNull(who, "who");
    }
  }

  /** The leader adds a latecomer, or someone to be heard again, at the end of the round. */
  record AddToRound(String who, List<String> present) implements TurnCommand {
    public AddToRound {
      Objects.requireNonNull(who, "who");
      present = List.copyOf(present);
    }
  }

  record EndRound() implements TurnCommand {}

  /** Ends the round here and keeps who had not spoken yet, for the next meeting of the series. */
  record CarryOver() implements TurnCommand {}

  /** Raises a hand: one's own, or (for the leader) a seat's. */
  record RaiseHand(String who, Hand.Kind kind) implements TurnCommand {
    public RaiseHand {
      Objects.requireNonNull(who, "who");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /** Lowers a hand: withdrawn by its owner, or removed by the leader. */
  record LowerHand(String handId) implements TurnCommand {
    public LowerHand {
      Objects.requireNonNull(handId, "handId");
    }
  }

  record MoveHand(String handId, int toIndex) implements TurnCommand {
    public MoveHand {
      Objects.requireNonNull(handId, "handId");
    }
  }

  /** The leader gives a raised hand the floor: it leaves the queue and its turn is timed. */
  record GiveFloor(String handId) implements TurnCommand {
    public GiveFloor {
      Objects.requireNonNull(handId, "handId");
    }
  }

  /** Ends the floor a hand was given (named, like {@link EndTurn}): by its person or the leader. */
  record EndFloor(String who) implements TurnCommand {
    public EndFloor {
      Objects.requireNonNull(who, "who");
    }
  }

  /** Sets the soft time per turn; 0 removes it. */
  record SetTurnTime(int seconds) implements TurnCommand {}
}

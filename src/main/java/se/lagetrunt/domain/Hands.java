package se.lagetrunt.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import se.lagetrunt.domain.TurnCommand.EndFloor;
import se.lagetrunt.domain.TurnCommand.GiveFloor;
import se.lagetrunt.domain.TurnCommand.LowerHand;
import se.lagetrunt.domain.TurnCommand.MoveHand;
import se.lagetrunt.domain.TurnCommand.RaiseHand;
import se.lagetrunt.domain.TurnEvent.FloorEnded;
import se.lagetrunt.domain.TurnEvent.FloorGiven;
import se.lagetrunt.domain.TurnEvent.HandLowered;
import se.lagetrunt.domain.TurnEvent.HandMoved;
import se.lagetrunt.domain.TurnEvent.HandRaised;

/**
 * The queue of raised hands: one hand each, a reply to the speaker ahead of new topics, withdrawn
 * by its owner, reordered or removed by the leader – or given the floor by the leader, which makes
 * it a timed turn of its own (one at a time) until its person or the leader ends it.
 */
final class Hands {
  private Hands() {}

  /** Whether the command is about hands and the floor (and so decided here). */
  static boolean decides(TurnCommand command) {
    return command instanceof RaiseHand || command instanceof LowerHand || command instanceof MoveHand
        || command instanceof GiveFloor || command instanceof EndFloor;
  }

  static boolean applies(TurnEvent event) {
    return event instanceof HandRaised || event instanceof HandLowered || event instanceof HandMoved
        || event instanceof FloorGiven || event instanceof FloorEnded;
  }

  static Decision decide(TurnState state, boolean steers, String self, TurnCommand command, Instant now) {
    if (command instanceof RaiseHand raise) {
      if (!raise.who().equals(self) && !steers) {
        return Turns.notAllowed();
      }
      if (state.hands().stream().anyMatch(hand -> hand.who().equals(raise.who()))) {
        return Decision.refuse(Refusal.Code.HAND_ALREADY_UP, "This hand is already up.");
      }
      return Decision.accept(new HandRaised("h" + (state.handsRaised() + 1), raise.who(), raise.kind(), now));
    }
    if (command instanceof LowerHand lower) {
      Hand hand = find(state, lower.handId());
      if (hand == null) {
        return unknown();
      }
      return steers || hand.who().equals(self) ? Decision.accept(new HandLowered(hand.id())) : Turns.notAllowed();
    }
    if (command instanceof GiveFloor give) {
      return giveFloor(state, steers, give, now);
    }
    if (command instanceof EndFloor end) {
      return endFloor(state, steers, self, end, now);
    }
    MoveHand move = (MoveHand) command;
    if (!steers) {
      return Turns.notAllowed();
    }
    if (find(state, move.handId()) == null) {
      return unknown();
    }
    if (move.toIndex() < 0 || move.toIndex() >= state.hands().size()) {
      return Decision.refuse(Refusal.Code.INVALID_POSITION, "That place is not in the queue.");
    }
    return Decision.accept(new HandMoved(move.handId(), move.toIndex()));
  }

  private static Decision giveFloor(TurnState state, boolean steers, GiveFloor give, Instant now) {
    if (!steers) {
      return Turns.notAllowed();
    }
    Hand hand = find(state, give.handId());
    if (hand == null) {
      return unknown();
    }
    List<MeetingEvent> events = new ArrayList<>();
    if (state.floor() != null) {
      events.add(new FloorEnded(state.floor().who(), now));
    }
    events.add(new FloorGiven(hand.id(), hand.who(), now));
    return new Decision.Accepted(events);
  }

  private static Decision endFloor(TurnState state, boolean steers, String self, EndFloor end, Instant now) {
    if (state.floor() == null || !state.floor().who().equals(end.who())) {
      return Decision.refuse(Refusal.Code.NOT_YOUR_TURN, "This person does not have the floor.");
    }
    return steers || end.who().equals(self) ? Decision.accept(new FloorEnded(end.who(), now)) : Turns.notAllowed();
  }

  static TurnState apply(TurnState state, TurnEvent event) {
    if (event instanceof FloorGiven given) {
      List<Hand> rest = state.hands().stream().filter(hand -> !hand.id().equals(given.handId())).toList();
      return state.withHands(rest, state.handsRaised()).withFloor(new Floor(given.who(), given.handId(), given.at()));
    }
    if (event instanceof FloorEnded ended) {
      long spoken = Math.max(0, Duration.between(state.floor().since(), ended.at()).toMillis());
      return state.withFloor(null).withSpoken(ended.who(), spoken);
    }
    List<Hand> hands = new ArrayList<>(state.hands());
    if (event instanceof HandRaised raised) {
      int at = hands.size();
      if (raised.kind() == Hand.Kind.REPLY) {
        at = 0;
        while (at < hands.size() && hands.get(at).kind() == Hand.Kind.REPLY) {
          at++;
        }
      }
      hands.add(at, new Hand(raised.handId(), raised.who(), raised.kind(), raised.at()));
      return state.withHands(hands, state.handsRaised() + 1);
    }
    if (event instanceof HandLowered lowered) {
      hands.removeIf(hand -> hand.id().equals(lowered.handId()));
      return state.withHands(hands, state.handsRaised());
    }
    HandMoved moved = (HandMoved) event;
    Hand hand = find(state, moved.handId());
    hands.remove(hand);
    hands.add(moved.toIndex(), hand);
    return state.withHands(hands, state.handsRaised());
  }

  private static Hand find(TurnState state, String handId) {
    return state.hands().stream().filter(hand -> hand.id().equals(handId)).findFirst().orElse(null);
  }

  private static Decision unknown() {
    return Decision.refuse(Refusal.Code.UNKNOWN_HAND, "There is no such raised hand.");
  }
}

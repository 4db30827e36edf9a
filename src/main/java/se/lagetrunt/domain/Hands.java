package se.lagetrunt.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.lagetrunt.domain.TurnCommand.LowerHand;
import se.lagetrunt.domain.TurnCommand.MoveHand;
import se.lagetrunt.domain.TurnCommand.RaiseHand;
import se.lagetrunt.domain.TurnEvent.HandLowered;
import se.lagetrunt.domain.TurnEvent.HandMoved;
import se.lagetrunt.domain.TurnEvent.HandRaised;

/**
 * The queue of raised hands between rounds: one hand each, a reply to the speaker ahead of new
 * topics, withdrawn by its owner, reordered or removed by the leader.
 */
final class Hands {
  private Hands() {}

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

  static TurnState apply(TurnState state, TurnEvent event) {
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

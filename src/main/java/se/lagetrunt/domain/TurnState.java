package se.lagetrunt.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turn-taking in a meeting: the round that is running (if any), the queue of raised hands, how
 * long everyone has spoken, and the soft time per turn the leader set.
 *
 * @param round the running round, or null
 * @param hands raised hands in the order they will be taken
 * @param spokenMillis time spoken per who over the whole meeting: turns done (a turn passed or skipped
 *     counts 0) and hands given the floor
 * @param roundsStarted how many rounds were ever started (the next is "r" + (roundsStarted + 1))
 * @param handsRaised how many hands were ever raised (the next is "h" + (handsRaised + 1))
 * @param turnSeconds the soft time per turn, or 0 for none; exceeding it is only shown, never enforced
 * @param carriedOver the round this meeting handed on to the next one, or null
 * @param floor a raised hand the leader gave the floor, or null
 */
public record TurnState(Round round, List<Hand> hands, Map<String, Long> spokenMillis, int roundsStarted,
    int handsRaised, int turnSeconds, TurnEvent.RoundCarriedOver carriedOver, Floor floor) {

  public static final TurnState EMPTY = new TurnState(null, List.of(), Map.of(), 0, 0, 0, null, null);

  public TurnState {
    hands = List.copyOf(hands);
    spokenMillis = Collections.unmodifiableMap(new LinkedHashMap<>(spokenMillis));
  }

  TurnState withRound(Round newRound) {
    return new TurnState(newRound, hands, spokenMillis, roundsStarted, handsRaised, turnSeconds, carriedOver, floor);
  }

  TurnState withCarriedOver(TurnEvent.RoundCarriedOver carried) {
    return new TurnState(round, hands, spokenMillis, roundsStarted, handsRaised, turnSeconds, carried, floor);
  }

  TurnState withHands(List<Hand> newHands, int raised) {
    return new TurnState(round, newHands, spokenMillis, roundsStarted, raised, turnSeconds, carriedOver, floor);
  }

  TurnState withSpoken(String who, long millis) {
    Map<String, Long> next = new LinkedHashMap<>(spokenMillis);
    next.merge(who, millis, Long::sum);
    return new TurnState(round, hands, next, roundsStarted, handsRaised, turnSeconds, carriedOver, floor);
  }

  TurnState withTurnSeconds(int seconds) {
    return new TurnState(round, hands, spokenMillis, roundsStarted, handsRaised, seconds, carriedOver, floor);
  }

  TurnState withRoundStarted(Round newRound) {
    return new TurnState(newRound, hands, spokenMillis, roundsStarted + 1, handsRaised, turnSeconds, carriedOver, floor);
  }

  TurnState withFloor(Floor newFloor) {
    return new TurnState(round, hands, spokenMillis, roundsStarted, handsRaised, turnSeconds, carriedOver, newFloor);
  }
}

package se.lagetrunt.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.TurnCommand.AddToRound;
import se.lagetrunt.domain.TurnCommand.EndRound;
import se.lagetrunt.domain.TurnCommand.EndTurn;
import se.lagetrunt.domain.TurnCommand.EndTurn.Outcome;
import se.lagetrunt.domain.TurnCommand.LowerHand;
import se.lagetrunt.domain.TurnCommand.MoveHand;
import se.lagetrunt.domain.TurnCommand.MoveInRound;
import se.lagetrunt.domain.TurnCommand.OrderMode;
import se.lagetrunt.domain.TurnCommand.RaiseHand;
import se.lagetrunt.domain.TurnCommand.SetTurnTime;
import se.lagetrunt.domain.TurnCommand.StartRound;

/** Going round the table: the rules, and randomized sequences that must never break them. */
class TurnsTest {
  private final Actor leader = new Actor(UUID.randomUUID(), MeetingRole.LEADER);
  private final Actor anna = new Actor(UUID.randomUUID(), MeetingRole.PARTICIPANT);
  private final Actor bo = new Actor(UUID.randomUUID(), MeetingRole.PARTICIPANT);
  private final String a = anna.personId().toString();
  private final String b = bo.personId().toString();
  private final String seat = "s1";
  private final List<MeetingEvent> log = new ArrayList<>();
  private MeetingState state = MeetingState.EMPTY;
  private Instant now = Instant.parse("2026-09-01T16:00:00Z");

  private MeetingState run(Actor actor, MeetingCommand command) {
    Decision decision = Meeting.decide(state, actor, command, now);
    for (MeetingEvent event : assertInstanceOf(Decision.Accepted.class, decision, decision.toString()).events()) {
      state = Meeting.apply(state, event);
      log.add(event);
    }
    return state;
  }

  private Refusal.Code refused(Actor actor, MeetingCommand command) {
    return assertInstanceOf(Decision.Refused.class, Meeting.decide(state, actor, command, now)).refusal().code();
  }

  private void later(int seconds) {
    now = now.plusSeconds(seconds);
  }

  private String speaker() {
    return state.turns().round() == null ? null : state.turns().round().speaker();
  }

  @Test
  void aRoundGoesToEveryoneInOrderWithPassesAndSeatsAndCountsSpeakingTime() {
    List<String> present = List.of(a, b, seat);
    run(leader, new StartRound(Round.Kind.DISCUSSION, OrderMode.JOIN, List.of(), present, 0));
    assertEquals("r1", state.turns().round().id());
    assertEquals(a, speaker());
    later(90);
    run(anna, new EndTurn(a, Outcome.DONE, present));
    assertEquals(b, speaker());
    later(5);
    run(bo, new EndTurn(b, Outcome.PASS, present));
    assertEquals(seat, speaker(), "a guest in the room takes a turn like everyone else");
    later(60);
    run(leader, new EndTurn(seat, Outcome.DONE, present));
    assertNull(state.turns().round(), "the round ends when everyone has had their turn");
    assertEquals(90_000L, state.turns().spokenMillis().get(a));
    assertEquals(0L, state.turns().spokenMillis().get(b), "a passed turn was not spoken");
    assertEquals(60_000L, state.turns().spokenMillis().get(seat));
    assertEquals(state, Meeting.applyAll(MeetingState.EMPTY, log), "the log replays to the same state");
  }

  @Test
  void someoneAwayKeepsTheirPlaceAndIsReturnedTo() {
    String c = UUID.randomUUID().toString();
    run(leader, new StartRound(Round.Kind.DISCUSSION, OrderMode.JOIN, List.of(), List.of(a, b, c), 0));
    run(anna, new EndTurn(a, Outcome.DONE, List.of(a, c)));
    assertEquals(c, speaker(), "Bo lost the connection: passed over, not dropped");
    assertEquals(Round.Status.DEFERRED, state.turns().round().entries().get(1).status());
    run(leader, new EndTurn(c, Outcome.DONE, List.of(a, b, c)));
    assertEquals(b, speaker(), "Bo is back and gets his turn");
    run(bo, new EndTurn(b, Outcome.DONE, List.of(a, b, c)));
    assertNull(state.turns().round());
  }

  @Test
  void ordersFollowTheLeadersChoice() {
    String c = UUID.randomUUID().toString();
    List<String> present = List.of(a, b, c);
    run(leader, new StartRound(Round.Kind.DISCUSSION, OrderMode.CUSTOM, List.of(c, a), present, 0));
    assertEquals(List.of(c, a, b), whos());
    later(120);
    run(leader, new EndTurn(c, Outcome.DONE, present));
    run(leader, new EndRound());
    run(leader, new StartRound(Round.Kind.REFLECTION, OrderMode.UNHEARD_FIRST, List.of(), present, 0));
    assertEquals(c, whos().get(2), "those not yet heard first; Cia spoke two minutes");
    assertEquals(Round.Kind.REFLECTION, state.turns().round().kind());
    run(leader, new EndRound());
    run(leader, new StartRound(Round.Kind.DISCUSSION, OrderMode.SHUFFLED, List.of(), present, 42));
    assertEquals(Set.copyOf(present), Set.copyOf(whos()));
    assertEquals("r3", state.turns().round().id());
  }

  @Test
  void theLeaderMovesAndAddsPeopleAndEndsTheRound() {
    String c = UUID.randomUUID().toString();
    run(leader, new StartRound(Round.Kind.DISCUSSION, OrderMode.JOIN, List.of(), List.of(a, b), 0));
    run(leader, new AddToRound(c, List.of(a, b, c)));
    run(leader, new MoveInRound(c, 0));
    assertEquals(List.of(a, c, b), whos());
    assertEquals(Refusal.Code.ALREADY_IN_ROUND, refused(leader, new AddToRound(b, List.of(a, b, c))));
    run(anna, new EndTurn(a, Outcome.DONE, List.of(a, b, c)));
    assertEquals(c, speaker());
    run(leader, new AddToRound(a, List.of(a, b, c)));
    assertEquals(List.of(a, c, b, a), whos(), "added back to be heard again");
    run(leader, new EndRound());
    assertNull(state.turns().round());
  }

  @Test
  void anUnfinishedRoundIsCarriedOverToTheNextMeeting() {
    String c = UUID.randomUUID().toString();
    List<String> present = List.of(a, b, c);
    assertEquals(Refusal.Code.NO_ROUND, refused(leader, new TurnCommand.CarryOver()));
    run(leader, new StartRound(Round.Kind.REFLECTION, OrderMode.JOIN, List.of(), present, 0));
    run(anna, new EndTurn(a, Outcome.DONE, present));
    assertEquals(Refusal.Code.NOT_ALLOWED, refused(bo, new TurnCommand.CarryOver()));
    run(leader, new TurnCommand.CarryOver());
    assertNull(state.turns().round(), "the round ends here");
    TurnEvent.RoundCarriedOver carried = state.turns().carriedOver();
    assertEquals(List.of(b, c), carried.remaining(), "the speaker first, then those waiting");
    assertEquals(Round.Kind.REFLECTION, carried.kind());
    assertEquals(state, Meeting.applyAll(MeetingState.EMPTY, log));
  }

  @Test
  void participantsActOnlyOnTheirOwnTurnAndHand() {
    List<String> present = List.of(a, b);
    assertEquals(Refusal.Code.NOT_ALLOWED, refused(anna, new StartRound(Round.Kind.DISCUSSION, OrderMode.JOIN, List.of(), present, 0)));
    assertEquals(Refusal.Code.NO_ROUND, refused(leader, new EndRound()));
    assertEquals(Refusal.Code.NOBODY_PRESENT, refused(leader, new StartRound(Round.Kind.DISCUSSION, OrderMode.JOIN, List.of(), List.of(), 0)));
    assertEquals(Refusal.Code.UNKNOWN_PERSON, refused(leader, new StartRound(Round.Kind.DISCUSSION, OrderMode.CUSTOM, List.of("x"), present, 0)));
    run(leader, new StartRound(Round.Kind.DISCUSSION, OrderMode.JOIN, List.of(), present, 0));
    assertEquals(Refusal.Code.ROUND_RUNNING, refused(leader, new StartRound(Round.Kind.DISCUSSION, OrderMode.JOIN, List.of(), present, 0)));
    assertEquals(Refusal.Code.NOT_ALLOWED, refused(bo, new EndTurn(a, Outcome.DONE, present)), "not someone else's turn");
    assertEquals(Refusal.Code.NOT_YOUR_TURN, refused(bo, new EndTurn(b, Outcome.DONE, present)), "not before it is yours");
    assertEquals(Refusal.Code.NOT_ALLOWED, refused(anna, new EndTurn(a, Outcome.SKIP, present)), "only the leader skips");
    assertEquals(Refusal.Code.NOT_ALLOWED, refused(anna, new MoveInRound(b, 0)));
    assertEquals(Refusal.Code.NOT_ALLOWED, refused(anna, new AddToRound(b, present)));
    assertEquals(Refusal.Code.NOT_ALLOWED, refused(anna, new EndRound()));
    assertEquals(Refusal.Code.NOT_ALLOWED, refused(anna, new RaiseHand(b, Hand.Kind.NEW_TOPIC)));
    assertEquals(Refusal.Code.NOT_ALLOWED, refused(anna, new SetTurnTime(120)));
    assertEquals(Refusal.Code.INVALID_DURATION, refused(leader, new SetTurnTime(5)));
    assertEquals(Refusal.Code.INVALID_POSITION, refused(leader, new MoveInRound(b, 3)));
    run(leader, new SetTurnTime(120));
    assertEquals(120, state.turns().turnSeconds());
  }

  @Test
  void repliesGoAheadOfNewTopicsAndHandsAreWithdrawnOrMoved() {
    run(anna, new RaiseHand(a, Hand.Kind.NEW_TOPIC));
    run(leader, new RaiseHand(seat, Hand.Kind.NEW_TOPIC));
    run(bo, new RaiseHand(b, Hand.Kind.REPLY));
    assertEquals(List.of(b, a, seat), hands());
    assertEquals(Refusal.Code.HAND_ALREADY_UP, refused(anna, new RaiseHand(a, Hand.Kind.REPLY)));
    String annasHand = state.turns().hands().get(1).id();
    assertEquals(Refusal.Code.NOT_ALLOWED, refused(bo, new LowerHand(annasHand)));
    run(leader, new MoveHand(annasHand, 0));
    assertEquals(List.of(a, b, seat), hands());
    run(anna, new LowerHand(annasHand));
    assertEquals(List.of(b, seat), hands());
    assertEquals(Refusal.Code.UNKNOWN_HAND, refused(anna, new LowerHand(annasHand)));
    assertEquals("h4", Meeting.applyAll(state, ((Decision.Accepted) Meeting.decide(state, anna,
        new RaiseHand(a, Hand.Kind.NEW_TOPIC), now)).events()).turns().hands().get(2).id(), "hand ids are never reused");
  }

  @Test
  void aSkippedTurnCountsNothingSpoken() {
    List<String> present = List.of(a, b);
    run(leader, new StartRound(Round.Kind.DISCUSSION, OrderMode.JOIN, List.of(), present, 0));
    later(3);
    run(leader, new EndTurn(a, Outcome.SKIP, present));
    assertEquals(0L, state.turns().spokenMillis().get(a), "a skipped Gunnar is not 0:03");
  }

  @Test
  void aHandGivenTheFloorIsATimedTurnOfItsOwn() {
    List<String> present = List.of(a, b);
    run(leader, new StartRound(Round.Kind.DISCUSSION, OrderMode.JOIN, List.of(), present, 0));
    run(bo, new RaiseHand(b, Hand.Kind.REPLY));
    String hand = state.turns().hands().get(0).id();
    assertEquals(Refusal.Code.NOT_ALLOWED, refused(bo, new TurnCommand.GiveFloor(hand)), "only the leader gives the floor");
    assertEquals(Refusal.Code.UNKNOWN_HAND, refused(leader, new TurnCommand.GiveFloor("h9")));
    run(leader, new TurnCommand.GiveFloor(hand));
    assertEquals(List.of(), hands(), "the hand leaves the queue");
    assertEquals(b, state.turns().floor().who());
    assertEquals(a, speaker(), "the round's speaker keeps the turn the reply is to");
    later(40);
    assertEquals(Refusal.Code.NOT_ALLOWED, refused(anna, new TurnCommand.EndFloor(b)));
    assertEquals(Refusal.Code.NOT_YOUR_TURN, refused(leader, new TurnCommand.EndFloor(a)));
    run(bo, new TurnCommand.EndFloor(b));
    assertNull(state.turns().floor());
    assertEquals(40_000L, state.turns().spokenMillis().get(b), "talk after a raised hand is timed");
    run(anna, new RaiseHand(a, Hand.Kind.NEW_TOPIC));
    run(bo, new RaiseHand(b, Hand.Kind.NEW_TOPIC));
    run(leader, new TurnCommand.GiveFloor(state.turns().hands().get(0).id()));
    later(10);
    run(leader, new TurnCommand.GiveFloor(state.turns().hands().get(0).id()));
    assertEquals(b, state.turns().floor().who(), "giving the floor on ends the one before");
    assertEquals(10_000L, state.turns().spokenMillis().get(a));
    assertEquals(state, Meeting.applyAll(MeetingState.EMPTY, log), "the log replays to the same state");
  }

  /** Random commands from random people with random comings and goings never break the rules. */
  @Test
  void randomSequencesKeepEveryInvariant() {
    Random random = new Random(7);
    List<Actor> actors = List.of(leader, anna, bo, new Actor(UUID.randomUUID(), MeetingRole.PARTICIPANT));
    List<String> everyone = new ArrayList<>(actors.stream().map(x -> x.personId().toString()).toList());
    everyone.add(seat);
    for (int run = 0; run < 300; run++) {
      state = MeetingState.EMPTY;
      log.clear();
      boolean handsMoved = false;
      for (int step = 0; step < 60; step++) {
        later(random.nextInt(120));
        List<String> present = everyone.stream().filter(x -> random.nextInt(5) > 0).toList();
        Actor actor = actors.get(random.nextInt(actors.size()));
        MeetingCommand command = randomCommand(random, everyone, present);
        Decision decision = Meeting.decide(state, actor, command, now);
        if (decision instanceof Decision.Accepted accepted) {
          if (command instanceof MoveHand) {
            handsMoved = true;
          }
          for (MeetingEvent event : accepted.events()) {
            state = Meeting.apply(state, event);
            log.add(event);
          }
          checkInvariants(handsMoved);
        }
      }
      assertEquals(state, Meeting.applyAll(MeetingState.EMPTY, log));
    }
  }

  private MeetingCommand randomCommand(Random random, List<String> everyone, List<String> present) {
    String who = everyone.get(random.nextInt(everyone.size()));
    String current = speaker() != null && random.nextBoolean() ? speaker() : who;
    List<Hand> hands = state.turns().hands();
    String handId = hands.isEmpty() || random.nextInt(4) == 0 ? "h99" : hands.get(random.nextInt(hands.size())).id();
    return switch (random.nextInt(13)) {
      case 12 -> new TurnCommand.EndFloor(state.turns().floor() != null && random.nextBoolean() ? state.turns().floor().who() : who);
      case 11 -> new TurnCommand.GiveFloor(handId);
      case 10 -> new TurnCommand.CarryOver();
      case 0 -> new StartRound(Round.Kind.values()[random.nextInt(2)], OrderMode.values()[random.nextInt(4)],
          random.nextBoolean() ? List.of(who) : List.of(), present, random.nextLong());
      case 1, 2 -> new EndTurn(current, Outcome.values()[random.nextInt(3)], present);
      case 3 -> new MoveInRound(who, random.nextInt(4));
      case 4 -> new AddToRound(who, present);
      case 5 -> new EndRound();
      case 6 -> new RaiseHand(who, Hand.Kind.values()[random.nextInt(2)]);
      case 7 -> new LowerHand(handId);
      case 8 -> new MoveHand(handId, random.nextInt(3));
      default -> new SetTurnTime(random.nextBoolean() ? 0 : random.nextInt(200));
    };
  }

  private void checkInvariants(boolean handsMoved) {
    Round round = state.turns().round();
    if (round != null) {
      long speaking = round.entries().stream().filter(e -> e.status() == Round.Status.SPEAKING).count();
      assertTrue(speaking <= 1, "one speaker or none");
      if (round.speaking() >= 0) {
        assertEquals(Round.Status.SPEAKING, round.entries().get(round.speaking()).status());
        assertTrue(round.turnStartedAt() != null);
      } else {
        assertEquals(0, speaking);
      }
      Set<String> ahead = new HashSet<>();
      for (Round.Entry entry : round.entries()) {
        boolean hasTurn = entry.status() == Round.Status.WAITING || entry.status() == Round.Status.SPEAKING
            || entry.status() == Round.Status.DEFERRED;
        assertTrue(!hasTurn || ahead.add(entry.who()), "nobody twice in a round unless added back after their turn");
      }
      assertTrue(round.speaker() != null, "a running round always has someone speaking");
    }
    Set<String> withHands = new HashSet<>();
    boolean seenNew = false;
    for (Hand hand : state.turns().hands()) {
      assertTrue(withHands.add(hand.who()), "one hand each");
      if (hand.kind() == Hand.Kind.NEW_TOPIC) {
        seenNew = true;
      } else {
        assertTrue(handsMoved || !seenNew, "replies go ahead of new topics unless the leader reordered");
      }
    }
    state.turns().spokenMillis().values().forEach(ms -> assertTrue(ms >= 0));
  }

  private List<String> whos() {
    return state.turns().round().entries().stream().map(Round.Entry::who).toList();
  }

  private List<String> hands() {
    return state.turns().hands().stream().map(Hand::who).toList();
  }
}

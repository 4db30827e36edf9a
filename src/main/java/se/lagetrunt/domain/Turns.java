package se.lagetrunt.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import se.lagetrunt.domain.Round.Entry;
import se.lagetrunt.domain.Round.Status;
import se.lagetrunt.domain.TurnCommand.AddToRound;
import se.lagetrunt.domain.TurnCommand.CarryOver;
import se.lagetrunt.domain.TurnCommand.EndRound;
import se.lagetrunt.domain.TurnCommand.EndTurn;
import se.lagetrunt.domain.TurnCommand.MoveInRound;
import se.lagetrunt.domain.TurnCommand.SetTurnTime;
import se.lagetrunt.domain.TurnCommand.StartRound;
import se.lagetrunt.domain.TurnEvent.AddedToRound;
import se.lagetrunt.domain.TurnEvent.MovedInRound;
import se.lagetrunt.domain.TurnEvent.RoundCarriedOver;
import se.lagetrunt.domain.TurnEvent.RoundEnded;
import se.lagetrunt.domain.TurnEvent.RoundStarted;
import se.lagetrunt.domain.TurnEvent.TurnDeferred;
import se.lagetrunt.domain.TurnEvent.TurnEnded;
import se.lagetrunt.domain.TurnEvent.TurnStarted;
import se.lagetrunt.domain.TurnEvent.TurnTimeSet;

/**
 * Going round the table: who speaks, and in which order (raised hands are in {@link Hands}). The
 * leader steers; a participant acts only on their own turn and their own hand. Whoever is away
 * when their turn comes keeps their place: they are passed over and returned to after the others.
 */
final class Turns {
  static final int MIN_TURN_SECONDS = 15;
  static final int MAX_TURN_SECONDS = 1800;

  private Turns() {}

  static Decision decide(MeetingState meeting, Actor actor, TurnCommand command, Instant now) {
    TurnState state = meeting.turns();
    boolean steers = actor.role().steers();
    String self = actor.personId().toString();
    if (command instanceof StartRound start) {
      return startRound(state, steers, start, now);
    }
    if (command instanceof EndTurn end) {
      return endTurn(state, steers, self, end, now);
    }
    if (command instanceof MoveInRound move) {
      return moveInRound(state, steers, move);
    }
    if (command instanceof AddToRound add) {
      return addToRound(state, steers, add, now);
    }
    if (command instanceof EndRound) {
      if (!steers) {
        return notAllowed();
      }
      return state.round() == null ? noRound() : new Decision.Accepted(endOfRound(state.round(), now));
    }
    if (command instanceof CarryOver) {
      if (!steers) {
        return notAllowed();
      }
      return state.round() == null ? noRound() : new Decision.Accepted(carryOver(state.round(), now));
    }
    if (Hands.decides(command)) {
      return Hands.decide(state, steers, self, command, now);
    }
    if (command instanceof SetTurnTime time) {
      if (!steers) {
        return notAllowed();
      }
      boolean valid = time.seconds() == 0 || (time.seconds() >= MIN_TURN_SECONDS && time.seconds() <= MAX_TURN_SECONDS);
      return valid
          ? Decision.accept(new TurnTimeSet(time.seconds()))
          : Decision.refuse(Refusal.Code.INVALID_DURATION,
              "A turn is " + MIN_TURN_SECONDS + " seconds to 30 minutes, or 0 for no time.");
    }
    throw new IllegalArgumentException("unhandled command " + command);
  }

  static TurnState apply(TurnState state, TurnEvent event) {
    if (event instanceof RoundStarted started) {
      List<Entry> entries = started.order().stream().map(who -> new Entry(who, Status.WAITING)).toList();
      return state.withRoundStarted(new Round(started.roundId(), started.kind(), entries, -1, null, started.questionId()));
    }
    if (event instanceof TurnStarted started) {
      Round round = state.round();
      int index = nextIndexOf(round, started.who());
      return state.withRound(round.withStatus(index, Status.SPEAKING, index, started.at()));
    }
    if (event instanceof TurnEnded ended) {
      Round round = state.round();
      // A turn passed or skipped was not spoken: it counts 0, though the person stays on the list.
      long spoken = ended.outcome() != Status.DONE ? 0
          : Math.max(0, Duration.between(round.turnStartedAt(), ended.at()).toMillis());
      return state.withRound(round.withStatus(round.speaking(), ended.outcome(), -1, null)).withSpoken(ended.who(), spoken);
    }
    if (event instanceof TurnDeferred deferred) {
      Round round = state.round();
      return state.withRound(round.withStatus(indexOf(round, deferred.who(), Status.WAITING), Status.DEFERRED,
          round.speaking(), round.turnStartedAt()));
    }
    if (event instanceof RoundCarriedOver carried) {
      return state.withCarriedOver(carried);
    }
    if (event instanceof RoundEnded) {
      return state.withRound(null);
    }
    if (event instanceof AddedToRound added) {
      List<Entry> entries = new ArrayList<>(state.round().entries());
      entries.add(new Entry(added.who(), Status.WAITING));
      return state.withRound(state.round().withEntries(entries, state.round().speaking()));
    }
    if (event instanceof MovedInRound moved) {
      return state.withRound(moveWaiting(state.round(), moved.who(), moved.toIndex()));
    }
    if (Hands.applies(event)) {
      return Hands.apply(state, event);
    }
    if (event instanceof TurnTimeSet time) {
      return state.withTurnSeconds(time.seconds());
    }
    throw new IllegalArgumentException("unhandled event " + event);
  }

  private static Decision startRound(TurnState state, boolean steers, StartRound start, Instant now) {
    if (!steers) {
      return notAllowed();
    }
    if (state.round() != null) {
      return Decision.refuse(Refusal.Code.ROUND_RUNNING, "A round is already going; end it first.");
    }
    List<String> present = List.copyOf(new LinkedHashSet<>(start.present()));
    if (present.isEmpty()) {
      return Decision.refuse(Refusal.Code.NOBODY_PRESENT, "Nobody is here to take part.");
    }
    if (!present.containsAll(start.custom())) {
      return Decision.refuse(Refusal.Code.UNKNOWN_PERSON, "The order names someone who is not here.");
    }
    List<String> order = order(state, start, present);
    String roundId = "r" + (state.roundsStarted() + 1);
    List<MeetingEvent> events = new ArrayList<>();
    events.add(new RoundStarted(roundId, start.kind(), order, now, start.questionId()));
    events.add(new TurnStarted(order.get(0), now));
    return new Decision.Accepted(events);
  }

  private static List<String> order(TurnState state, StartRound start, List<String> present) {
    List<String> order = new ArrayList<>();
    switch (start.mode()) {
      case CUSTOM -> {
        new LinkedHashSet<>(start.custom()).forEach(order::add);
        present.stream().filter(who -> !order.contains(who)).forEach(order::add);
      }
      case SHUFFLED -> {
        order.addAll(present);
        Collections.shuffle(order, new Random(start.seed()));
      }
      case UNHEARD_FIRST -> {
        order.addAll(present);
        order.sort(Comparator.comparingLong(who -> state.spokenMillis().getOrDefault(who, 0L)));
      }
      case JOIN -> order.addAll(present);
    }
    return order;
  }

  private static Decision endTurn(TurnState state, boolean steers, String self, EndTurn end, Instant now) {
    Round round = state.round();
    if (round == null) {
      return noRound();
    }
    if (!end.who().equals(round.speaker())) {
      return Decision.refuse(Refusal.Code.NOT_YOUR_TURN, "It is not this person's turn.");
    }
    boolean own = end.who().equals(self);
    if (!steers && (!own || end.outcome() == EndTurn.Outcome.SKIP)) {
      return notAllowed();
    }
    Status outcome = switch (end.outcome()) {
      case DONE -> Status.DONE;
      case PASS -> Status.PASSED;
      case SKIP -> Status.SKIPPED;
    };
    List<MeetingEvent> events = new ArrayList<>();
    events.add(new TurnEnded(end.who(), outcome, now));
    Round after = apply(state, (TurnEvent) events.get(0)).round();
    events.addAll(advance(after, Set.copyOf(end.present()), now));
    return new Decision.Accepted(events);
  }

  /**
   * Who speaks next: the first who is waiting and here; those waiting but away before them are
   * deferred. When nobody waiting is here, the deferred who are back get their turn. When nobody
   * at all is left, the round ends.
   */
  private static List<MeetingEvent> advance(Round round, Set<String> present, Instant now) {
    List<MeetingEvent> events = new ArrayList<>();
    for (Entry entry : round.entries()) {
      if (entry.status() != Status.WAITING) {
        continue;
      }
      if (present.contains(entry.who())) {
        events.add(new TurnStarted(entry.who(), now));
        return events;
      }
      events.add(new TurnDeferred(entry.who()));
    }
    for (Entry entry : round.entries()) {
      if (entry.status() == Status.DEFERRED && present.contains(entry.who())) {
        events.add(new TurnStarted(entry.who(), now));
        return events;
      }
    }
    events.add(new RoundEnded(round.id(), now));
    return events;
  }

  private static List<MeetingEvent> endOfRound(Round round, Instant now) {
    List<MeetingEvent> events = new ArrayList<>();
    if (round.speaker() != null) {
      events.add(new TurnEnded(round.speaker(), Status.DONE, now));
    }
    events.add(new RoundEnded(round.id(), now));
    return events;
  }

  /** Those still to speak – the speaker first, then the waiting and the deferred – go on next time. */
  private static List<MeetingEvent> carryOver(Round round, Instant now) {
    List<String> remaining = new ArrayList<>();
    for (Entry entry : round.entries()) {
      if (entry.status() == Status.SPEAKING) {
        remaining.add(0, entry.who());
      } else if (entry.status() == Status.WAITING || entry.status() == Status.DEFERRED) {
        remaining.add(entry.who());
      }
    }
    List<MeetingEvent> events = new ArrayList<>();
    events.add(new RoundCarriedOver(round.id(), round.kind(), remaining));
    events.addAll(endOfRound(round, now));
    return events;
  }

  private static Decision moveInRound(TurnState state, boolean steers, MoveInRound move) {
    if (!steers) {
      return notAllowed();
    }
    Round round = state.round();
    if (round == null) {
      return noRound();
    }
    long waiting = round.entries().stream().filter(e -> e.status() == Status.WAITING).count();
    if (indexOf(round, move.who(), Status.WAITING) < 0) {
      return Decision.refuse(Refusal.Code.UNKNOWN_PERSON, "Only someone still waiting can be moved.");
    }
    if (move.toIndex() < 0 || move.toIndex() >= waiting) {
      return Decision.refuse(Refusal.Code.INVALID_POSITION, "That place is not among those waiting.");
    }
    return Decision.accept(new MovedInRound(move.who(), move.toIndex()));
  }

  private static Decision addToRound(TurnState state, boolean steers, AddToRound add, Instant now) {
    if (!steers) {
      return notAllowed();
    }
    Round round = state.round();
    if (round == null) {
      return noRound();
    }
    if (!add.present().contains(add.who())) {
      return Decision.refuse(Refusal.Code.UNKNOWN_PERSON, "Only someone who is here can be added.");
    }
    if (round.hasTurnAhead(add.who())) {
      return Decision.refuse(Refusal.Code.ALREADY_IN_ROUND, "This person already has a turn coming.");
    }
    List<MeetingEvent> events = new ArrayList<>();
    events.add(new AddedToRound(add.who()));
    if (round.speaker() == null) {
      events.add(new TurnStarted(add.who(), now));
    }
    return new Decision.Accepted(events);
  }

  /** Reorders the waiting: {@code toIndex} counts only those still waiting. */
  private static Round moveWaiting(Round round, String who, int toIndex) {
    List<Entry> entries = new ArrayList<>(round.entries());
    int from = indexOf(round, who, Status.WAITING);
    Entry moving = entries.remove(from);
    int seen = 0;
    int insertAt = entries.size();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).status() == Status.WAITING) {
        if (seen == toIndex) {
          insertAt = i;
          break;
        }
        seen++;
      }
    }
    entries.add(insertAt, moving);
    int speaking = round.speaker() == null ? -1 : indexOfSpeaker(entries);
    return round.withEntries(entries, speaking);
  }

  private static int indexOfSpeaker(List<Entry> entries) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).status() == Status.SPEAKING) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(Round round, String who, Status status) {
    for (int i = 0; i < round.entries().size(); i++) {
      Entry entry = round.entries().get(i);
      if (entry.who().equals(who) && entry.status() == status) {
        return i;
      }
    }
    return -1;
  }

  /** The entry whose turn starts: the first waiting one, else the first deferred one. */
  private static int nextIndexOf(Round round, String who) {
    int waiting = indexOf(round, who, Status.WAITING);
    return waiting >= 0 ? waiting : indexOf(round, who, Status.DEFERRED);
  }

  static Decision notAllowed() {
    return Decision.refuse(Refusal.Code.NOT_ALLOWED, "Only the leader does this, or the person whose turn or hand it is.");
  }

  private static Decision noRound() {
    return Decision.refuse(Refusal.Code.NO_ROUND, "No round is going.");
  }
}

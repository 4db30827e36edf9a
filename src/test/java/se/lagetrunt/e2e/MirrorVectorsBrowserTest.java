package se.lagetrunt.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.domain.Attendee;
import se.lagetrunt.domain.Background;
import se.lagetrunt.domain.Board;
import se.lagetrunt.domain.BoardCommand;
import se.lagetrunt.domain.BoardQuestion;
import se.lagetrunt.domain.Boards;
import se.lagetrunt.domain.Decision;
import se.lagetrunt.domain.Hand;
import se.lagetrunt.domain.Meeting;
import se.lagetrunt.domain.MeetingCommand;
import se.lagetrunt.domain.MeetingEvent;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.domain.Proposal;
import se.lagetrunt.domain.Round;
import se.lagetrunt.domain.SpeakingBalance;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.TurnCommand;
import se.lagetrunt.domain.VoiceCommand;
import se.lagetrunt.protocol.EventCodec;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.testing.TestServer;

/**
 * Where the page keeps a mirror of the meeting's state – the turns, the board, who is present and
 * the speaking-time balance – it is checked against the server's own answers for seeded random
 * commands, replayed in Chromium event for event: every state must be the same.
 */
class MirrorVectorsBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  /**
   * Going round the table (webroot/js/turn-state.js, {@code Turns} and {@code Hands}): seeded random
   * commands from a leader, two participants and a seat – rounds, passes, skips, moves, hands raised,
   * moved, given the floor – decided by the server's rules; the page applies each accepted event to
   * its mirror and must have the server's turns after every one (the queue of hands included, also
   * once the leader has moved them).
   */
  @Test
  void theBrowsersTurnsFollowTheServersEventForEvent() {
    Random random = new Random(20261203);
    List<Actor> actors = List.of(new Actor(UUID.randomUUID(), MeetingRole.LEADER),
        new Actor(UUID.randomUUID(), MeetingRole.PARTICIPANT), new Actor(UUID.randomUUID(), MeetingRole.PARTICIPANT));
    List<String> everyone = new ArrayList<>(actors.stream().map(actor -> actor.personId().toString()).toList());
    everyone.add("s1");
    ArrayNode runs = Json.MAPPER.createArrayNode();
    for (int run = 0; run < 150; run++) {
      MeetingState state = MeetingState.EMPTY;
      Instant now = Instant.parse("2026-09-01T16:00:00Z");
      ArrayNode steps = runs.addArray();
      for (int step = 0; step < 60; step++) {
        now = now.plusSeconds(random.nextInt(90));
        List<String> present = everyone.stream().filter(who -> random.nextInt(5) > 0).toList();
        Decision decision = Meeting.decide(state, actors.get(random.nextInt(actors.size())),
            turnCommand(random, state, everyone, present), now);
        state = replay(decision, state, steps, next -> EventCodec.stateToJson(next).get("turns"));
      }
    }
    Object differences = Mirror.differences(browser, server, """
        async (runs) => {
          const { EMPTY_TURNS, applyTurnEvent } = await import('/js/turn-state.js');
          // What the page shows of the turns; the server's counters it does not keep are left out.
          const sorted = (map) => Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
          const round = (r) => r && { id: r.id, kind: r.kind, entries: r.entries.map(({ who, status }) => ({ who, status })),
            speaking: r.speaking, turnStartedAt: r.turnStartedAt, questionId: r.questionId };
          const seen = (t) => JSON.stringify({ round: round(t.round),
            hands: t.hands.map(({ id, who, kind, raisedAt }) => ({ id, who, kind, raisedAt })),
            spokenMillis: sorted(t.spokenMillis), turnSeconds: t.turnSeconds,
            floor: t.floor && { who: t.floor.who, handId: t.floor.handId, since: t.floor.since } });
          const differences = [];
          for (const steps of JSON.parse(runs)) {
            const turns = structuredClone(EMPTY_TURNS);
            for (const { event, state: want } of steps) {
              applyTurnEvent(turns, event);
              if (seen(turns) !== seen(want)) {
                differences.push({ event, got: seen(turns), want: seen(want) });
                break;
              }
            }
          }
          return JSON.stringify(differences.slice(0, 2));
        }""", runs);
    assertEquals("[]", differences);
  }

  /**
   * The question board (webroot/js/board-state.js, {@link Boards}): questions planned, added,
   * edited, moved, removed, taken up, skipped and set aside; proposals made, supported, withdrawn,
   * accepted, declined and merged; background added and removed – by a leader and two members.
   */
  @Test
  void theBrowsersBoardFollowsTheServersEventForEvent() {
    Random random = new Random(20261206);
    List<Actor> actors = List.of(new Actor(UUID.randomUUID(), MeetingRole.LEADER),
        new Actor(UUID.randomUUID(), MeetingRole.PARTICIPANT), new Actor(UUID.randomUUID(), MeetingRole.NOTE_TAKER));
    ArrayNode runs = Json.MAPPER.createArrayNode();
    int[] fresh = {0};
    for (int run = 0; run < 150; run++) {
      MeetingState state = MeetingState.EMPTY;
      ArrayNode steps = runs.addArray();
      for (int step = 0; step < 50; step++) {
        Actor actor = actors.get(random.nextInt(actors.size()));
        Decision decision = Meeting.decide(state, actor, boardCommand(random, state.board(), () -> "b" + ++fresh[0]),
            Instant.parse("2026-09-01T16:00:00Z"));
        state = replay(decision, state, steps, next -> EventCodec.stateToJson(next).get("board"));
      }
    }
    Object differences = Mirror.differences(browser, server, """
        async (runs) => {
          const { EMPTY_BOARD, applyBoardEvent } = await import('/js/board-state.js');
          const sorted = (value) => Array.isArray(value) ? value.map(sorted) : value && typeof value === 'object'
            ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted(value[key])])) : value;
          const differences = [];
          for (const steps of JSON.parse(runs)) {
            const board = structuredClone(EMPTY_BOARD);
            for (const { event, state: want } of steps) {
              applyBoardEvent(board, event);
              if (JSON.stringify(sorted(board)) !== JSON.stringify(sorted(want))) {
                differences.push({ event, got: board, want });
                break;
              }
            }
          }
          return JSON.stringify(differences.slice(0, 2));
        }""", runs);
    assertEquals("[]", differences);
  }

  /**
   * Who is present and who was heard (webroot/js/attendance.js, {@code MeetingState.attendance}
   * and {@link SpeakingBalance}): people arriving, seats added for members (some also online) and
   * guests and removed again, turns spoken and speech measured – also by someone no longer
   * present, whose time the server counts for "other".
   */
  @Test
  void theBrowsersAttendanceAndBalanceFollowTheServers() {
    Random random = new Random(20261207);
    Actor leader = new Actor(UUID.randomUUID(), MeetingRole.LEADER);
    List<Actor> members = List.of(leader, new Actor(UUID.randomUUID(), MeetingRole.PARTICIPANT),
        new Actor(UUID.randomUUID(), MeetingRole.PARTICIPANT), new Actor(UUID.randomUUID(), MeetingRole.NOTE_TAKER));
    StakeholderGroup[] groups = StakeholderGroup.values();
    ArrayNode runs = Json.MAPPER.createArrayNode();
    for (int run = 0; run < 150; run++) {
      MeetingState state = MeetingState.EMPTY;
      Instant now = Instant.parse("2026-09-01T16:00:00Z");
      ArrayNode steps = runs.addArray();
      for (int step = 0; step < 50; step++) {
        now = now.plusSeconds(random.nextInt(60));
        Actor someone = members.get(random.nextInt(members.size()));
        StakeholderGroup group = groups[random.nextInt(groups.length)];
        List<String> present = state.attendance().stream().map(MeetingState::whoOf).toList();
        List<String> seats = List.copyOf(state.seats().keySet());
        MeetingCommand command = switch (random.nextInt(8)) {
          case 0 -> null; // joins online
          case 1 -> new MeetingCommand.AddSeat("Gäst", group, random.nextBoolean() ? someone.personId() : null,
              random.nextBoolean() ? Attendee.Via.ROOM : Attendee.Via.PHONE);
          case 2 -> new MeetingCommand.RemoveSeat(seats.isEmpty() ? "s1" : seats.get(random.nextInt(seats.size())));
          case 3 -> new TurnCommand.StartRound(Round.Kind.DISCUSSION, TurnCommand.OrderMode.JOIN, List.of(), present, 0);
          case 4, 5 -> new TurnCommand.EndTurn(state.turns().round() == null ? "x" : String.valueOf(state.turns().round().speaker()),
              TurnCommand.EndTurn.Outcome.DONE, present);
          default -> new VoiceCommand.ReportVoice(1 + random.nextInt(20_000));
        };
        if (command == null) {
          for (MeetingEvent event : Meeting.arrive(state, someone.personId(), "Namn", group)) {
            state = step(state, event, steps);
          }
        } else {
          state = replay(Meeting.decide(state, command instanceof VoiceCommand ? someone : leader, command, now), state, steps,
              MirrorVectorsBrowserTest::attendanceAndBalance);
        }
      }
    }
    Object differences = Mirror.differences(browser, server, """
        async (runs) => {
          const { applyAttendanceEvent, emptyAttendance, present, speakingBalance } = await import('/js/attendance.js');
          const { EMPTY_TURNS, applyTurnEvent } = await import('/js/turn-state.js');
          const groups = %s;
          const differences = [];
          for (const steps of JSON.parse(runs)) {
            const attendance = emptyAttendance();
            const turns = structuredClone(EMPTY_TURNS);
            const voice = {};
            for (const { event, state: want } of steps) {
              if (event.type === 'voiceSpoken') voice[event.who] = (voice[event.who] ?? 0) + event.millis;
              else applyAttendanceEvent(attendance, event) || applyTurnEvent(turns, event);
              const got = { present: present(attendance).map(({ personId, seatId, group, via }) => ({ personId, seatId, group, via })),
                balance: speakingBalance(attendance, turns.spokenMillis, voice, groups) };
              if (JSON.stringify(got) !== JSON.stringify(want)) {
                differences.push({ event, got, want });
                break;
              }
            }
          }
          return JSON.stringify(differences.slice(0, 2));
        }""".formatted(Json.MAPPER.valueToTree(Arrays.stream(groups).map(StakeholderGroup::wireName).toList()).toString()), runs);
    assertEquals("[]", differences);
  }

  /** What the page shows of attendance: who is present (in order) and every group's share. */
  private static JsonNode attendanceAndBalance(MeetingState state) {
    ObjectNode node = Json.object();
    ArrayNode present = node.putArray("present");
    for (Attendee attendee : state.attendance()) {
      ObjectNode entry = present.addObject();
      entry.put("personId", attendee.personId() == null ? null : attendee.personId().toString()).put("seatId", attendee.seatId())
          .put("group", attendee.group().wireName()).put("via", attendee.via().wireName());
      // as JSON.stringify leaves out what is undefined
      if (attendee.personId() == null) {
        entry.remove("personId");
      }
      if (attendee.seatId() == null) {
        entry.remove("seatId");
      }
    }
    ArrayNode balance = node.putArray("balance");
    SpeakingBalance.of(state).forEach((group, share) -> balance.addObject().put("group", group.wireName())
        .put("millis", share.millis()).put("people", share.people()).put("voiceMillis", share.voiceMillis()));
    return node;
  }

  /** Applies an accepted decision's events one by one, writing each with the state after it. */
  private static MeetingState replay(Decision decision, MeetingState state, ArrayNode steps,
      Function<MeetingState, JsonNode> seen) {
    MeetingState next = state;
    if (decision instanceof Decision.Accepted accepted) {
      for (MeetingEvent event : accepted.events()) {
        next = Meeting.apply(next, event);
        steps.addObject().<ObjectNode>set("event", wire(event)).set("state", seen.apply(next));
      }
    }
    return next;
  }

  private static MeetingState step(MeetingState state, MeetingEvent event, ArrayNode steps) {
    MeetingState next = Meeting.apply(state, event);
    steps.addObject().<ObjectNode>set("event", wire(event)).set("state", attendanceAndBalance(next));
    return next;
  }

  private static ObjectNode wire(MeetingEvent event) {
    ObjectNode payload = EventCodec.payload(event);
    payload.put("type", EventCodec.typeOf(event));
    return payload;
  }

  private static BoardCommand boardCommand(Random random, Board board, Supplier<String> fresh) {
    List<BoardQuestion> questions = board.questions();
    String question = questions.isEmpty() || random.nextInt(10) == 0 ? "q0" : questions.get(random.nextInt(questions.size())).id();
    List<Proposal> proposals = board.proposals();
    String proposal = proposals.isEmpty() || random.nextInt(10) == 0 ? "p0" : proposals.get(random.nextInt(proposals.size())).id();
    String other = proposals.isEmpty() ? "p0" : proposals.get(random.nextInt(proposals.size())).id();
    List<Background> background = board.background();
    String text = List.of("Vad behöver anhöriga?", "  Hur når vi fler?  ", "Stöd i vardagen", "Tid").get(random.nextInt(4));
    return switch (random.nextInt(17)) {
      case 0 -> new BoardCommand.ReplacePlanned(List.of(text, "Fråga två"), List.of(fresh.get(), fresh.get()));
      case 1, 2 -> new BoardCommand.AddQuestion(text, fresh.get());
      case 3 -> new BoardCommand.EditQuestion(question, text + " igen");
      case 4 -> new BoardCommand.RemoveQuestion(question);
      case 5 -> new BoardCommand.MoveQuestion(question, random.nextInt(questions.size() + 2) - 1);
      case 6, 7 -> new BoardCommand.SetQuestionStatus(question,
          BoardQuestion.Status.values()[random.nextInt(BoardQuestion.Status.values().length)]);
      case 8 -> new BoardCommand.MarkNotRelevant(question, random.nextBoolean() ? "Inte för oss" : "");
      case 9 -> new BoardCommand.SetInterpretation(question, "Så här förstår vi den");
      case 10, 11 -> new BoardCommand.ProposeQuestion(text, fresh.get(), "Anna");
      case 12 -> new BoardCommand.SupportProposal(proposal);
      case 13 -> new BoardCommand.WithdrawSupport(proposal);
      case 14 -> random.nextBoolean() ? new BoardCommand.AcceptProposal(proposal, random.nextBoolean() ? null : text, fresh.get())
          : new BoardCommand.DeclineProposal(proposal, "Inte nu");
      case 15 -> new BoardCommand.MergeProposal(proposal, other);
      default -> random.nextBoolean() ? new BoardCommand.AddBackground("Rapport", "Läs före mötet",
          random.nextBoolean() ? "https://nka.se/rapport" : "", fresh.get())
          : new BoardCommand.RemoveBackground(background.isEmpty() ? "x0" : background.get(random.nextInt(background.size())).id());
    };
  }

  private static TurnCommand turnCommand(Random random, MeetingState state, List<String> everyone, List<String> present) {
    String who = everyone.get(random.nextInt(everyone.size()));
    Round round = state.turns().round();
    String speaker = round != null && round.speaker() != null && random.nextBoolean() ? round.speaker() : who;
    List<Hand> hands = state.turns().hands();
    String handId = hands.isEmpty() ? "h1" : hands.get(random.nextInt(hands.size())).id();
    String floor = state.turns().floor() != null ? state.turns().floor().who() : who;
    return switch (random.nextInt(14)) {
      case 0 -> new TurnCommand.StartRound(Round.Kind.values()[random.nextInt(2)],
          TurnCommand.OrderMode.values()[random.nextInt(4)], List.of(), present, random.nextLong());
      case 1, 2 -> new TurnCommand.EndTurn(speaker, TurnCommand.EndTurn.Outcome.values()[random.nextInt(3)], present);
      case 3 -> new TurnCommand.MoveInRound(who, random.nextInt(4));
      case 4 -> new TurnCommand.AddToRound(who, present);
      case 5 -> new TurnCommand.EndRound();
      case 6 -> new TurnCommand.CarryOver();
      case 7, 8 -> new TurnCommand.RaiseHand(who, Hand.Kind.values()[random.nextInt(2)]);
      case 9 -> new TurnCommand.LowerHand(handId);
      case 10 -> new TurnCommand.MoveHand(handId, random.nextInt(Math.max(1, hands.size())));
      case 11 -> new TurnCommand.GiveFloor(handId);
      case 12 -> new TurnCommand.EndFloor(floor);
      default -> new TurnCommand.SetTurnTime(random.nextBoolean() ? 0 : 60 * (1 + random.nextInt(5)));
    };
  }
}

package se.lagetrunt.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.TurnCommand.EndTurn;
import se.lagetrunt.domain.TurnCommand.EndTurn.Outcome;
import se.lagetrunt.domain.TurnCommand.OrderMode;
import se.lagetrunt.domain.TurnCommand.StartRound;
import se.lagetrunt.domain.VoiceCommand.ReportVoice;
import se.lagetrunt.domain.VoiceCommand.SetVoiceMode;

/** The floor and the microphones, and speaking time measured from the voice. */
class VoicesTest {
  private final Actor leader = new Actor(UUID.randomUUID(), MeetingRole.LEADER);
  private final Actor anna = new Actor(UUID.randomUUID(), MeetingRole.PARTICIPANT);
  private final Actor bo = new Actor(UUID.randomUUID(), MeetingRole.PARTICIPANT);
  private final String l = leader.personId().toString();
  private final String a = anna.personId().toString();
  private final String b = bo.personId().toString();
  private final List<MeetingEvent> log = new ArrayList<>();
  private MeetingState state = MeetingState.EMPTY;
  private Instant now = Instant.parse("2026-09-01T16:00:00Z");

  private void run(Actor actor, MeetingCommand command) {
    Decision decision = Meeting.decide(state, actor, command, now);
    for (MeetingEvent event : assertInstanceOf(Decision.Accepted.class, decision, decision.toString()).events()) {
      state = Meeting.apply(state, event);
      log.add(event);
    }
  }

  private Refusal.Code refused(Actor actor, MeetingCommand command) {
    return assertInstanceOf(Decision.Refused.class, Meeting.decide(state, actor, command, now)).refusal().code();
  }

  @Test
  void theFloorIsTheRoundsSpeakerAndAHandGivenIt() {
    assertEquals(Set.of(), Voices.floor(state.turns()), "outside rounds: open discussion");
    run(leader, new StartRound(Round.Kind.DISCUSSION, OrderMode.JOIN, List.of(), List.of(a, b), 0));
    assertEquals(Set.of(a), Voices.floor(state.turns()));
    run(bo, new TurnCommand.RaiseHand(b, Hand.Kind.REPLY));
    run(leader, new TurnCommand.GiveFloor(state.turns().hands().get(0).id()));
    assertEquals(Set.of(a, b), Voices.floor(state.turns()), "a reply hand given the floor speaks beside the turn");
  }

  @Test
  void strictLetsOnlyTheFloorAndTheLeaderOpenTheirMicrophoneOpenLetsAnyone() {
    assertEquals(VoiceMode.STRICT, state.voice().mode(), "the round gives the floor unless the leader says otherwise");
    assertTrue(Voices.mayOpenMic(state, b, false), "outside rounds anyone may speak");
    run(leader, new StartRound(Round.Kind.DISCUSSION, OrderMode.JOIN, List.of(), List.of(a, b), 0));
    assertTrue(Voices.mayOpenMic(state, a, false));
    assertFalse(Voices.mayOpenMic(state, b, false));
    assertTrue(Voices.mayOpenMic(state, l, true), "the leader always can (in a hybrid meeting it is the room's voice)");
    assertEquals(Refusal.Code.NOT_ALLOWED, refused(anna, new SetVoiceMode(VoiceMode.OPEN)));
    assertEquals(Refusal.Code.UNCHANGED, refused(leader, new SetVoiceMode(VoiceMode.STRICT)));
    run(leader, new SetVoiceMode(VoiceMode.OPEN));
    assertTrue(Voices.mayOpenMic(state, b, false));
  }

  @Test
  void aNewTurnClosesTheOthersMicrophonesAndTheEndOfTheFloorClosesItsHolders() {
    MeetingState idle = state;
    run(leader, new StartRound(Round.Kind.DISCUSSION, OrderMode.JOIN, List.of(), List.of(a, b), 0));
    MeetingState annasTurn = state;
    assertTrue(Voices.keepsMicOpen(idle, annasTurn, a, false));
    assertFalse(Voices.keepsMicOpen(idle, annasTurn, b, false), "the others are muted by default");
    assertTrue(Voices.keepsMicOpen(idle, annasTurn, l, true), "the leader keeps theirs");
    run(anna, new EndTurn(a, Outcome.DONE, List.of(a, b)));
    assertFalse(Voices.keepsMicOpen(annasTurn, state, a, false), "after the turn the mic closes again");
    MeetingState bosTurn = state;
    run(bo, new EndTurn(b, Outcome.DONE, List.of(a, b)));
    assertFalse(Voices.keepsMicOpen(bosTurn, state, b, false), "the last turn's holder too");
    assertTrue(Voices.keepsMicOpen(bosTurn, state, a, false), "the round ending opens the discussion, closing nobody else");
    run(leader, new SetVoiceMode(VoiceMode.OPEN));
    run(leader, new StartRound(Round.Kind.DISCUSSION, OrderMode.JOIN, List.of(), List.of(a, b), 0));
    MeetingState openTurn = state;
    assertFalse(Voices.keepsMicOpen(bosTurn, openTurn, b, false), "in open mode too, a new turn mutes the others");
    MeetingState unchanged = Meeting.apply(openTurn, new MeetingEvent.TopicSet("x"));
    assertTrue(Voices.keepsMicOpen(openTurn, unchanged, b, false), "open: who unmuted during a turn may stay");
    run(leader, new SetVoiceMode(VoiceMode.STRICT));
    assertFalse(Voices.keepsMicOpen(unchanged, state, b, false), "turning strict mid-turn closes all but the floor's");
  }

  @Test
  void measuredSpeechIsRecordedOnceAndMarkedWhenSomeoneElseHadTheFloor() {
    run(anna, new ReportVoice(4_000));
    assertEquals(4_000L, state.voice().spokenMillis().get(a));
    assertEquals(Refusal.Code.INVALID_DURATION, refused(anna, new ReportVoice(1_000)), "the same moment cannot count twice");
    now = now.plusSeconds(3);
    run(anna, new ReportVoice(10_000));
    assertEquals(7_000L, state.voice().spokenMillis().get(a), "a stretch reaches back at most to the last one's end");
    assertEquals(Refusal.Code.INVALID_DURATION, refused(bo, new ReportVoice(0)));
    assertEquals(Refusal.Code.INVALID_DURATION, refused(bo, new ReportVoice(Voices.MAX_REPORT_MILLIS + 1)));
    run(leader, new StartRound(Round.Kind.DISCUSSION, OrderMode.JOIN, List.of(), List.of(a, b), 0));
    now = now.plusSeconds(20);
    run(anna, new ReportVoice(15_000));
    run(bo, new ReportVoice(2_000));
    assertEquals(0L, state.voice().outsideFloorMillis().getOrDefault(a, 0L), "Anna spoke in her own turn");
    assertEquals(2_000L, state.voice().outsideFloorMillis().get(b), "Bo talked in Anna's turn");
    assertEquals(state, Meeting.applyAll(MeetingState.EMPTY, log), "the log replays to the same state");
  }

  @Test
  void theBalanceShowsMeasuredVoiceBesideTurnTime() {
    run(anna, new ReportVoice(4_000));
    state = Meeting.apply(state, new MeetingEvent.Arrived(anna.personId(), "Anna", StakeholderGroup.FAMILY_CARER));
    assertEquals(new SpeakingBalance.Share(0, 1, 4_000), SpeakingBalance.of(state).get(StakeholderGroup.FAMILY_CARER));
  }
}

package se.lagetrunt.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.MeetingCommand.SetTopic;
import se.lagetrunt.domain.MeetingEvent.TopicSet;

class MeetingTest {
  private static Decision decide(MeetingState state, Actor actor, MeetingCommand command) {
    return Meeting.decide(state, actor, command, java.time.Instant.EPOCH);
  }

  private final Actor leader = new Actor(UUID.randomUUID(), MeetingRole.LEADER);
  private final Actor enabler = new Actor(UUID.randomUUID(), MeetingRole.ENABLER);
  private final Actor carer = new Actor(UUID.randomUUID(), MeetingRole.PARTICIPANT);
  private final Actor noteTaker = new Actor(UUID.randomUUID(), MeetingRole.NOTE_TAKER);

  @Test
  void aLeaderPutsATopicAtTheCentreWithTidyWhiteSpace() {
    Decision decision = decide(MeetingState.EMPTY, leader, new SetTopic("  Vad  fungerar\u00a0bra idag? "));
    assertEquals(Decision.accept(new TopicSet("Vad fungerar bra idag?")), decision);
  }

  @Test
  void anEnablerSteersToo() {
    assertInstanceOf(Decision.Accepted.class, decide(MeetingState.EMPTY, enabler, new SetTopic("Förmöte")));
  }

  @Test
  void participantsAndNoteTakersDoNotSteer() {
    for (Actor actor : List.of(carer, noteTaker)) {
      Decision decision = decide(MeetingState.EMPTY, actor, new SetTopic("Min fråga"));
      assertEquals(Refusal.Code.NOT_ALLOWED, ((Decision.Refused) decision).refusal().code());
    }
  }

  @Test
  void overlongAndMultiLineTopicsAreRefused() {
    Decision tooLong = decide(MeetingState.EMPTY, leader, new SetTopic("å".repeat(301)));
    assertEquals(Refusal.Code.TEXT_TOO_LONG, ((Decision.Refused) tooLong).refusal().code());
    Decision justRight = decide(MeetingState.EMPTY, leader, new SetTopic("å".repeat(300)));
    assertInstanceOf(Decision.Accepted.class, justRight);
    Decision twoLines = decide(MeetingState.EMPTY, leader, new SetTopic("ett\ntvå"));
    assertEquals(Refusal.Code.INVALID_TEXT, ((Decision.Refused) twoLines).refusal().code());
  }

  @Test
  void anEmptyTopicClearsTheBoard() {
    MeetingState withTopic = Meeting.apply(MeetingState.EMPTY, new TopicSet("Något"));
    Decision clear = decide(withTopic, leader, new SetTopic("   "));
    MeetingState cleared = Meeting.applyAll(withTopic, ((Decision.Accepted) clear).events());
    assertEquals("", cleared.topic());
  }

  /** Replaying the log gives the state the live meeting had, whatever mix of commands came in. */
  @Test
  void randomCommandSequencesReplayToTheSameStateAndNeverBreakTheRules() {
    Random random = new Random(42);
    List<Actor> actors = List.of(leader, enabler, carer, noteTaker);
    for (int run = 0; run < 200; run++) {
      MeetingState live = MeetingState.EMPTY;
      List<MeetingEvent> log = new ArrayList<>();
      for (int step = 0; step < 50; step++) {
        Actor actor = actors.get(random.nextInt(actors.size()));
        String text = randomText(random);
        Decision decision = decide(live, actor, new SetTopic(text));
        if (decision instanceof Decision.Accepted accepted) {
          assertEquals(true, actor.role().steers(), "only steering roles change the topic");
          for (MeetingEvent event : accepted.events()) {
            live = Meeting.apply(live, event);
            log.add(event);
          }
          assertEquals(true, live.topic().length() <= 300);
          assertEquals(live.topic(), live.topic().strip());
        }
      }
      assertEquals(live, Meeting.applyAll(MeetingState.EMPTY, log));
    }
  }

  private static String randomText(Random random) {
    String[] pieces = {"Vad", " ", "fungerar", "\t", "bra", "\n", "å", "ä", "ö", "  ", "?", "x".repeat(150)};
    StringBuilder text = new StringBuilder();
    int parts = random.nextInt(6);
    for (int i = 0; i < parts; i++) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }
}

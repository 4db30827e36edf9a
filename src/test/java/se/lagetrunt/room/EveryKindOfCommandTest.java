package se.lagetrunt.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.domain.BoardCommand;
import se.lagetrunt.domain.Meeting;
import se.lagetrunt.domain.MeetingCommand;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.domain.MinutesCommand;
import se.lagetrunt.protocol.ClientMessage;
import se.lagetrunt.protocol.ClientMessageParser;
import se.lagetrunt.protocol.WireCommand;
import se.lagetrunt.testing.SealedTypes;

/**
 * Every kind of command there is – found by walking the sealed types, so a new one cannot be
 * forgotten – is read from its wire message, made with the server's facts and decided by the
 * rules, and its message is in docs/protocol.md. A command added without one of these fails here.
 */
class EveryKindOfCommandTest {
  /** One well-formed message per command a client sends. */
  private static final Map<String, String> MESSAGES = new LinkedHashMap<>();

  static {
    String me = UUID.randomUUID().toString();
    MESSAGES.put("setTopic", "\"text\":\"Paus till 19.10\"");
    MESSAGES.put("addSeat", "\"name\":\"Gunnar\",\"group\":\"family-carer\",\"via\":\"room\"");
    MESSAGES.put("removeSeat", "\"seatId\":\"s1\"");
    MESSAGES.put("startRound", "\"kind\":\"reflection\",\"order\":\"shuffled\"");
    MESSAGES.put("endTurn", "\"who\":\"" + me + "\",\"outcome\":\"pass\"");
    MESSAGES.put("moveInRound", "\"who\":\"s1\",\"toIndex\":0");
    MESSAGES.put("addToRound", "\"who\":\"s1\"");
    MESSAGES.put("endRound", "");
    MESSAGES.put("carryOver", "");
    MESSAGES.put("raiseHand", "\"kind\":\"reply\"");
    MESSAGES.put("lowerHand", "\"handId\":\"h1\"");
    MESSAGES.put("moveHand", "\"handId\":\"h1\",\"toIndex\":0");
    MESSAGES.put("setTurnTime", "\"seconds\":120");
    MESSAGES.put("giveFloor", "\"handId\":\"h1\"");
    MESSAGES.put("endFloor", "\"who\":\"" + me + "\"");
    MESSAGES.put("setVoiceMode", "\"mode\":\"open\"");
    MESSAGES.put("reportVoice", "\"millis\":1200");
    MESSAGES.put("addQuestion", "\"text\":\"Vad fungerar?\"");
    MESSAGES.put("editQuestion", "\"questionId\":\"q1\",\"text\":\"Vad fungerar bra?\"");
    MESSAGES.put("removeQuestion", "\"questionId\":\"q1\"");
    MESSAGES.put("moveQuestion", "\"questionId\":\"q1\",\"toIndex\":0");
    MESSAGES.put("setQuestionStatus", "\"questionId\":\"q1\",\"status\":\"current\"");
    MESSAGES.put("markNotRelevant", "\"questionId\":\"q1\",\"reason\":\"Inte hos oss\"");
    MESSAGES.put("setInterpretation", "\"questionId\":\"q1\",\"text\":\"Så här\"");
    MESSAGES.put("proposeQuestion", "\"text\":\"Hur når vi fler?\"");
    MESSAGES.put("supportProposal", "\"proposalId\":\"p1\"");
    MESSAGES.put("withdrawSupport", "\"proposalId\":\"p1\"");
    MESSAGES.put("acceptProposal", "\"proposalId\":\"p1\"");
    MESSAGES.put("declineProposal", "\"proposalId\":\"p1\",\"reason\":\"Inte nu\"");
    MESSAGES.put("mergeProposal", "\"proposalId\":\"p1\",\"intoProposalId\":\"p2\"");
    MESSAGES.put("addBackground", "\"title\":\"Rapport\",\"text\":\"Läs\",\"url\":\"https://nka.se\"");
    MESSAGES.put("removeBackground", "\"backgroundId\":\"b1\"");
    MESSAGES.put("minutesPush", "\"section\":\"opening\",\"version\":0,\"updates\":[{\"clientID\":\"c\",\"changes\":[[0,\"Hej\"]]}]");
    MESSAGES.put("openReview", "\"deadline\":\"2031-01-01T12:00:00Z\"");
    MESSAGES.put("addComment", "\"section\":\"opening\",\"text\":\"Stämmer?\"");
    MESSAGES.put("resolveComment", "\"commentId\":\"c1\"");
    MESSAGES.put("signOff", "");
    MESSAGES.put("reopenDraft", "");
    MESSAGES.put("submitMinutes", "");
  }

  /** Commands only the REST API makes (a meeting's planned questions, a restored section): no wire message. */
  private static final List<MeetingCommand> MADE_BY_REST = List.of(
      new BoardCommand.ReplacePlanned(List.of("Vad är nära vård?"), List.of("q-new")),
      new MinutesCommand.Restore("opening", "Förr"));

  @Test
  void everyCommandIsReadCompletedDecidedAndDocumented() throws IOException {
    Set<Class<?>> kinds = SealedTypes.concrete(MeetingCommand.class);
    assertTrue(kinds.size() >= 37, "the walk found the commands: " + kinds.size());
    String docs = Files.readString(Path.of("docs/protocol.md"));
    Actor leader = new Actor(UUID.randomUUID(), MeetingRole.LEADER);
    Set<Class<?>> covered = new HashSet<>();
    for (Map.Entry<String, String> message : MESSAGES.entrySet()) {
      String type = message.getKey();
      assertTrue(docs.contains("`" + type + "`"), type + " is not in docs/protocol.md");
      String fields = message.getValue().isEmpty() ? "" : "," + message.getValue();
      ClientMessage read = assertDoesNotFail(type, () -> ClientMessageParser.parse(
          "{\"type\":\"" + type + "\",\"id\":\"c1\"" + fields + "}"));
      WireCommand command = assertInstanceOf(ClientMessage.Command.class, read, type).command();
      MeetingCommand made = command.with(new ServerFacts(leader, List.of(), MeetingState.EMPTY, new Random(1)));
      covered.add(made.getClass());
      decide(type, made, leader);
    }
    for (MeetingCommand command : MADE_BY_REST) {
      covered.add(command.getClass());
      decide(command.getClass().getSimpleName(), command, leader);
    }
    Set<Class<?>> missing = new HashSet<>(kinds);
    missing.removeAll(covered);
    assertEquals(Set.of(), missing, "kinds of command no wire message here makes (add one, or to MADE_BY_REST)");
  }

  /** Decided by the rules: accepted or refused, never "unhandled". */
  private static void decide(String type, MeetingCommand command, Actor actor) {
    assertNotNull(assertDoesNotFail(type, () -> Meeting.decide(MeetingState.EMPTY, actor, command,
        Instant.parse("2026-09-01T16:00:00Z"))), type);
  }

  private interface Step<T> {
    T run() throws Exception;
  }

  private static <T> T assertDoesNotFail(String type, Step<T> step) {
    try {
      return step.run();
    } catch (Exception e) {
      throw new AssertionError(type + ": " + e, e);
    }
  }
}

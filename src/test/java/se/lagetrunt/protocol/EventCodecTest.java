package se.lagetrunt.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.Attendee;
import se.lagetrunt.domain.Background;
import se.lagetrunt.domain.BoardEvent;
import se.lagetrunt.domain.BoardQuestion;
import se.lagetrunt.domain.Meeting;
import se.lagetrunt.domain.MeetingEvent;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.domain.Proposal;
import se.lagetrunt.domain.Round;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.TurnEvent;
import se.lagetrunt.testing.SealedTypes;

/** Every event and a full state survive the trip through JSON unchanged (the log and snapshots rely on it). */
class EventCodecTest {
  private final UUID person = UUID.randomUUID();
  private final List<MeetingEvent> events = List.of(
      new MeetingEvent.TopicSet("Vad fungerar bra?"),
      new MeetingEvent.Arrived(person, "Anna Anhörig", StakeholderGroup.FAMILY_CARER),
      new MeetingEvent.SeatAdded(new Attendee("s1", null, "Gäst", StakeholderGroup.CIVIL_SOCIETY, Attendee.Via.PHONE)),
      new MeetingEvent.SeatAdded(new Attendee("s2", UUID.randomUUID(), "Per", StakeholderGroup.POLITICIAN, Attendee.Via.ROOM)),
      new MeetingEvent.SeatRemoved("s1"),
      new BoardEvent.QuestionsPlanned(List.of(new BoardEvent.Planned("q1", "Vad är nära vård?"),
          new BoardEvent.Planned("q2", "Vem gör vad?")), 0),
      new BoardEvent.QuestionAdded("q3", "Hur gör vi hos oss?", BoardQuestion.Origin.LOCAL),
      new BoardEvent.QuestionEdited("q3", "Hur gör vi i Nacka?"),
      new BoardEvent.QuestionMoved("q3", 0),
      new BoardEvent.QuestionStatusChanged("q1", BoardQuestion.Status.CURRENT, null),
      new BoardEvent.QuestionStatusChanged("q2", BoardQuestion.Status.SKIPPED, "Inte aktuellt hos oss"),
      new BoardEvent.InterpretationSet("q1", "Vård i hemmet.\n\nOch stöd."),
      new BoardEvent.QuestionProposed("p1", "Hur når vi fler?", person, "Anna Anhörig"),
      new BoardEvent.QuestionProposed("p2", "Hur hittar vi fler?", UUID.randomUUID(), "Bo"),
      new BoardEvent.ProposalSupported("p1", UUID.randomUUID()),
      new BoardEvent.SupportWithdrawn("p1", person),
      new BoardEvent.ProposalClosed("p2", Proposal.Status.MERGED, "p1"),
      new BoardEvent.QuestionAdded("q4", "Hur når vi fler?", BoardQuestion.Origin.PROPOSED),
      new BoardEvent.ProposalClosed("p1", Proposal.Status.ACCEPTED, "q4"),
      new BoardEvent.BackgroundAdded(new Background("b1", "Rapport", "Kort.", "https://example.org/r.pdf")),
      new BoardEvent.BackgroundAdded(new Background("b2", "Text", "", "")),
      new BoardEvent.BackgroundRemoved("b2"),
      new BoardEvent.QuestionRemoved("q2"),
      new se.lagetrunt.domain.TurnEvent.RoundStarted("r1", se.lagetrunt.domain.Round.Kind.DISCUSSION,
          List.of(person.toString()), java.time.Instant.parse("2026-09-01T16:00:00Z"), "q1"),
      new se.lagetrunt.domain.TurnEvent.HandRaised("h1", person.toString(), se.lagetrunt.domain.Hand.Kind.REPLY,
          java.time.Instant.parse("2026-09-01T16:01:00Z")),
      new se.lagetrunt.domain.TurnEvent.FloorGiven("h1", person.toString(), java.time.Instant.parse("2026-09-01T16:02:00Z")),
      new se.lagetrunt.domain.TurnEvent.FloorEnded(person.toString(), java.time.Instant.parse("2026-09-01T16:03:00Z")),
      new se.lagetrunt.domain.TurnEvent.FloorGiven("h1", person.toString(), java.time.Instant.parse("2026-09-01T16:04:00Z")),
      new se.lagetrunt.domain.VoiceEvent.VoiceModeSet(se.lagetrunt.domain.VoiceMode.OPEN),
      new se.lagetrunt.domain.VoiceEvent.VoiceSpoken(person.toString(), 4_200, java.time.Instant.parse("2026-09-01T16:05:00Z"), true),
      new se.lagetrunt.domain.MinutesEvent.MinutesUpdated("q:q1", "c1", se.lagetrunt.domain.ChangeSet.of(List.of(
          new se.lagetrunt.domain.ChangeSet.Section(0, "Vi pratade om stöd.\nOch tid."))), person),
      new se.lagetrunt.domain.MinutesEvent.MinutesStatusChanged(se.lagetrunt.domain.Minutes.Status.IN_REVIEW,
          java.time.Instant.parse("2026-09-15T16:00:00Z"), java.time.Instant.parse("2026-09-08T20:00:00Z")),
      new se.lagetrunt.domain.MinutesEvent.CommentAdded(new se.lagetrunt.domain.Comment("c1", "q:q1", "stöd",
          "Stämmer?", person, "Anna", java.time.Instant.parse("2026-09-09T10:00:00Z"), null, false)),
      new se.lagetrunt.domain.MinutesEvent.CommentAdded(new se.lagetrunt.domain.Comment("c2", "q:q1", "",
          "Ja.", person, "Anna", java.time.Instant.parse("2026-09-09T10:05:00Z"), "c1", false)),
      new se.lagetrunt.domain.MinutesEvent.CommentResolved("c1", true));

  /** Events of a round and its hands that need a round in the state to apply: they only round-trip. */
  private final List<MeetingEvent> more = List.of(
      new TurnEvent.TurnStarted(person.toString(), Instant.parse("2026-09-01T16:00:10Z")),
      new TurnEvent.TurnEnded(person.toString(), Round.Status.PASSED, Instant.parse("2026-09-01T16:00:20Z")),
      new TurnEvent.TurnDeferred("s2"),
      new TurnEvent.AddedToRound("s3"),
      new TurnEvent.MovedInRound("s3", 1),
      new TurnEvent.RoundCarriedOver("r1", Round.Kind.REFLECTION, List.of("s3", person.toString())),
      new TurnEvent.RoundEnded("r1", Instant.parse("2026-09-01T16:30:00Z")),
      new TurnEvent.HandMoved("h1", 0),
      new TurnEvent.HandLowered("h1"),
      new TurnEvent.TurnTimeSet(120));

  @Test
  void eventsRoundTrip() {
    for (MeetingEvent event : all()) {
      assertEquals(event, EventCodec.fromJson(EventCodec.typeOf(event), EventCodec.payload(event)));
    }
  }

  /**
   * Every kind of event there is – found by walking the sealed types, so a new one cannot be
   * forgotten – has a sample above (and so round-trips), a wire name of its own, and a line in
   * docs/protocol.md.
   */
  @Test
  void everyKindOfEventIsCodedAndDocumented() throws IOException {
    Set<Class<?>> kinds = SealedTypes.concrete(MeetingEvent.class);
    assertTrue(kinds.size() >= 33, "the walk found the events: " + kinds.size());
    Set<Class<?>> sampled = new HashSet<>();
    all().forEach(event -> sampled.add(event.getClass()));
    assertEquals(Set.of(), difference(kinds, sampled), "kinds of event without a sample here");
    Map<String, Class<?>> names = new HashMap<>();
    String docs = Files.readString(Path.of("docs/protocol.md"));
    for (MeetingEvent event : all()) {
      String name = EventCodec.typeOf(event);
      Class<?> before = names.putIfAbsent(name, event.getClass());
      assertTrue(before == null || before == event.getClass(), name + " names two kinds of event");
      assertTrue(docs.contains("`" + name + "`"), name + " is not in docs/protocol.md");
    }
  }

  private List<MeetingEvent> all() {
    List<MeetingEvent> all = new ArrayList<>(events);
    all.addAll(more);
    return all;
  }

  private static Set<Class<?>> difference(Set<Class<?>> a, Set<Class<?>> b) {
    Set<Class<?>> out = new HashSet<>(a);
    out.removeAll(b);
    return out;
  }

  @Test
  void stateRoundTripsThroughASnapshot() throws Exception {
    MeetingState state = Meeting.applyAll(MeetingState.EMPTY, events);
    String json = Json.write(EventCodec.stateToJson(state));
    MeetingState back = EventCodec.stateFromJson(Json.read(json));
    assertEquals(state, back);
    assertEquals(List.copyOf(state.seats().keySet()), List.copyOf(back.seats().keySet()));
    assertEquals(2, back.seatsAdded());
    assertEquals(3, back.board().questions().size());
    assertEquals("q1", back.board().current().id());
    assertEquals("q1", back.turns().round().questionId(), "the round remembers its question");
    assertEquals("Vi pratade om stöd.\nOch tid.", back.minutes().section("q:q1").text());
    assertEquals(se.lagetrunt.domain.Minutes.Status.IN_REVIEW, back.minutes().status());
    assertEquals(true, back.minutes().comment("c1").resolved());
    assertEquals(person.toString(), back.turns().floor().who(), "a hand given the floor stays given");
    assertEquals(4_200L, back.voice().outsideFloorMillis().get(person.toString()));
  }
}

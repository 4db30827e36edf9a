package se.lagetrunt.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import java.time.Instant;
import java.util.UUID;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.domain.ChangeSet;
import se.lagetrunt.domain.Decision;
import se.lagetrunt.domain.Hand;
import se.lagetrunt.domain.Meeting;
import se.lagetrunt.domain.MeetingEvent;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.domain.Round;
import se.lagetrunt.domain.TurnCommand;
import se.lagetrunt.domain.ChangeSet.Section;
import se.lagetrunt.domain.GroupOnly;
import se.lagetrunt.domain.Rebase;
import se.lagetrunt.protocol.EventCodec;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.protocol.MinutesCodec;
import se.lagetrunt.testing.TestServer;

/**
 * Where the page must follow a rule of the server's, it is checked against the server's own
 * answers for seeded random inputs, replayed in Chromium: every answer must be the same.
 */
class MirrorVectorsBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  private static final String PIECES = "aåö é\n😀-";

  /**
   * The rebase (webroot/js/minutes-sync.js, {@link Rebase}): edits made one after another, moved
   * over one made beside them, often at the very same places, section for section. If they
   * differed, a slow writer's text would come out one way on the server and another in their editor.
   */
  @Test
  void theBrowserMovesEditsExactlyAsTheServerDoes() {
    Random random = new Random(20261202);
    ArrayNode vectors = Json.MAPPER.createArrayNode();
    for (int n = 0; n < 2000; n++) {
      String doc = text(random, 12);
      List<ChangeSet> edits = new ArrayList<>();
      String after = doc;
      for (int k = 0, count = 1 + random.nextInt(4); k < count; k++) {
        ChangeSet edit = change(random, after);
        edits.add(edit);
        after = edit.apply(after);
      }
      ChangeSet other = change(random, doc);
      Rebase.Moved moved = Rebase.over(edits, other);
      ObjectNode vector = vectors.addObject();
      ArrayNode in = vector.putArray("edits");
      edits.forEach(edit -> in.add(MinutesCodec.changes(edit)));
      vector.set("other", MinutesCodec.changes(other));
      ArrayNode out = vector.putArray("moved");
      moved.edits().forEach(edit -> out.add(MinutesCodec.changes(edit)));
      vector.set("otherMoved", MinutesCodec.changes(moved.other()));
    }
    Page page = browser.newPerson().newPage();
    page.navigate(server.url() + "/login.html");
    Object differences = page.evaluate("""
        async (vectors) => {
          const { ChangeSet } = await import('/vendor/codemirror/codemirror.js');
          const { rebase } = await import('/js/minutes-sync.js');
          const differences = [];
          for (const v of JSON.parse(vectors)) {
            const result = rebase(v.edits.map((e) => ChangeSet.fromJSON(e)), ChangeSet.fromJSON(v.other));
            const got = JSON.stringify({ moved: result.edits.map((e) => e.toJSON()), otherMoved: result.other.toJSON() });
            const want = JSON.stringify({ moved: v.moved, otherMoved: v.otherMoved });
            if (got !== want) differences.push({ vector: v, got });
          }
          return JSON.stringify(differences.slice(0, 3));
        }""", Json.write(vectors));
    assertEquals("[]", differences);
  }

  /**
   * Which lines stay in the group (webroot/js/group-only.js, {@link GroupOnly#lines}): fences
   * with capitals, spaces of every kind, invisible characters, unclosed and nested.
   */
  @Test
  void theEditorReadsGroupOnlyFencesAsTheServerDoes() {
    String[] pieces = {":::gruppen", ":::", "::: gruppen", ":::GRUPPEN", "\u00a0", "\u200b", "\u2028", " ", "\t", "text",
        "Gruppen", "\n", "\n", "\n", ":", "\ufeff", "İ", "\u3000", "\r"};
    Random random = new Random(7);
    ArrayNode vectors = Json.MAPPER.createArrayNode();
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(14); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      ObjectNode vector = vectors.addObject().put("text", text.toString());
      ArrayNode kinds = vector.putArray("kinds");
      GroupOnly.lines(text.toString()).forEach(kind -> kinds.add(kind.wireName()));
    }
    Page page = browser.newPerson().newPage();
    page.navigate(server.url() + "/login.html");
    Object differences = page.evaluate("""
        async (vectors) => {
          const { lineKinds } = await import('/js/group-only.js');
          return JSON.stringify(JSON.parse(vectors)
            .filter((v) => JSON.stringify(lineKinds(v.text)) !== JSON.stringify(v.kinds))
            .slice(0, 3).map((v) => ({ ...v, got: lineKinds(v.text) })));
        }""", Json.write(vectors));
    assertEquals("[]", differences);
  }

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
        if (decision instanceof Decision.Accepted accepted) {
          for (MeetingEvent event : accepted.events()) {
            state = Meeting.apply(state, event);
            ObjectNode payload = EventCodec.payload(event);
            payload.put("type", EventCodec.typeOf(event));
            steps.addObject().<ObjectNode>set("event", payload).set("turns", EventCodec.stateToJson(state).get("turns"));
          }
        }
      }
    }
    Page page = browser.newPerson().newPage();
    page.navigate(server.url() + "/login.html");
    Object differences = page.evaluate("""
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
            for (const { event, turns: want } of steps) {
              applyTurnEvent(turns, event);
              if (seen(turns) !== seen(want)) {
                differences.push({ event, got: seen(turns), want: seen(want) });
                break;
              }
            }
          }
          return JSON.stringify(differences.slice(0, 2));
        }""", Json.write(runs));
    assertEquals("[]", differences);
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

  private static String text(Random random, int max) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(max); i > 0; i--) {
      text.appendCodePoint(PIECES.codePointAt(PIECES.offsetByCodePoints(0, random.nextInt(PIECES.codePointCount(0, PIECES.length())))));
    }
    return text.toString();
  }

  /** One to three insertions or replacements, mostly at the start, the end or one spot in between. */
  private static ChangeSet change(Random random, String doc) {
    int length = doc.length();
    int[] spots = {0, length, boundary(doc, length / 2)};
    List<Section> sections = new ArrayList<>();
    int at = 0;
    for (int k = 0, count = 1 + random.nextInt(3); k < count && at <= length; k++) {
      int from = random.nextInt(4) > 0 ? spots[random.nextInt(spots.length)] : boundary(doc, at + random.nextInt(length - at + 1));
      if (from < at) {
        continue;
      }
      int to = random.nextBoolean() ? from : boundary(doc, from + random.nextInt(Math.min(3, length - from) + 1));
      sections.add(new Section(from - at, null));
      sections.add(new Section(to - from, random.nextInt(5) == 0 ? "" : text(random, 4) + (random.nextBoolean() ? "x" : "")));
      at = to;
    }
    sections.add(new Section(length - at, null));
    return ChangeSet.of(sections);
  }

  /** The position, moved back off the second half of a surrogate pair. */
  private static int boundary(String doc, int at) {
    return at > 0 && at < doc.length() && Character.isLowSurrogate(doc.charAt(at)) ? at - 1 : at;
  }
}

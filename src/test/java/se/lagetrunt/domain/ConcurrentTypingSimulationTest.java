package se.lagetrunt.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.ChangeSet.Section;
import se.lagetrunt.domain.MinutesCommand.Push;
import se.lagetrunt.domain.MinutesCommand.Update;
import se.lagetrunt.domain.MinutesEvent.MinutesUpdated;

/**
 * People typing words at the same spot of one section, each on a link of its own speed, against
 * the real rules of the minutes ({@link Meeting#decide}), in simulated time: thousands of seeded
 * runs in a few seconds. Each simulated editor follows the page's rules (webroot/js/minutes.js
 * with minutes-sync.js): one push at a time, at most {@value Minutes.MAX_UPDATES_PER_PUSH}
 * updates in it, its own unsaved edits rebased with {@link Rebase} when others' arrive, and the
 * cursor staying before text others insert right at it.
 *
 * <p>Every writer has letters and a separator of its own, so the final text shows whose each
 * character is: every run must end with all texts identical, each writer's characters in the
 * order typed, no word of one writer cut by another's, and each writer's last keystroke saved soon
 * after it was typed, however slow its link.
 */
class ConcurrentTypingSimulationTest {
  private static final String[] LETTERS = {"abcdefgh", "ijklmnop", "qrstuvwx"};
  private static final char[] SEPARATORS = {' ', '\n', ','};

  /** Two or three writers at 0–400 ms each way (±30 % jitter), typing words at human speed. */
  @Test
  void wordsTypedAtTheSameSpotOnSlowLinksStayWhole() {
    Totals totals = new Totals();
    int[][] links = {{50, 50}, {200, 200}, {400, 400}, {150, 250}, {0, 400}, {50, 200, 400}, {150, 250, 400}, {0, 0, 400}};
    for (int seed = 0; seed < 2400; seed++) {
      int[] latencies = links[seed % links.length];
      totals.add(new Run(seed, latencies, writer -> 8, 0).play());
    }
    totals.check(4.0);
  }

  /**
   * One writer goes offline for a while, keeps typing (1–500 keystrokes), and comes back while the
   * others typed on at the same spot: everything is saved, no word is cut.
   */
  @Test
  void offlineBurstsOfUpToFiveHundredKeystrokesAreSavedWhole() {
    Totals totals = new Totals();
    for (int seed = 0; seed < 300; seed++) {
      int burst = 1 + new Random(seed).nextInt(500);
      totals.add(new Run(seed, new int[] {400, 50, 200}, writer -> 6, burst).play());
    }
    totals.check(8.0);
  }

  private static final class Totals {
    int runs;
    int words;
    int split;
    int diverged;
    int unsaved;
    int refusals;
    double worstLagSeconds;

    void add(Result result) {
      runs++;
      words += result.words;
      split += result.split;
      diverged += result.diverged ? 1 : 0;
      unsaved += result.unsaved;
      refusals += result.refusals;
      worstLagSeconds = Math.max(worstLagSeconds, result.lagSeconds);
    }

    void check(double lagLimitSeconds) {
      String figures = runs + " runs, " + words + " words, " + split + " split, " + diverged + " diverged, " + unsaved
          + " unsaved, " + refusals + " refused, slowest save " + worstLagSeconds + " s";
      System.out.println("concurrent typing: " + figures);
      assertEquals(0, diverged, figures);
      assertEquals(0, unsaved, figures);
      assertEquals(0, split, figures);
      assertEquals(0, refusals, figures);
      assertTrue(worstLagSeconds <= lagLimitSeconds, figures);
    }
  }

  private record Result(int words, int split, boolean diverged, int unsaved, int refusals, double lagSeconds) {}

  /** A message on its way, delivered at {@code at} (ms); {@code order} keeps one link's messages in order. */
  private record Delivery(long at, long order, Runnable action) {}

  private static final class Run {
    private final Random random;
    private final PriorityQueue<Delivery> queue = new PriorityQueue<>((a, b) ->
        a.at != b.at ? Long.compare(a.at, b.at) : Long.compare(a.order, b.order));
    private long now;
    private long order;
    private MeetingState server = MeetingState.EMPTY;
    private final List<Writer> writers = new ArrayList<>();
    private int refusals;

    Run(int seed, int[] latencies, IntFunction<Integer> wordsOf, int offlineKeystrokes) {
      random = new Random(seed);
      for (int i = 0; i < latencies.length; i++) {
        int offline = i == 0 ? offlineKeystrokes : 0;
        writers.add(new Writer(i, latencies[i], script(i, wordsOf.apply(i), offline), offline));
      }
    }

    /** At least {@code words} words, and more than {@code offline} characters so the writer comes back online. */
    private String script(int writer, int words, int offline) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < words || text.length() <= offline; w++) {
        int length = 2 + random.nextInt(8);
        for (int c = 0; c < length; c++) {
          text.append(LETTERS[writer].charAt(random.nextInt(LETTERS[writer].length())));
        }
        text.append(SEPARATORS[writer]);
      }
      return text.toString();
    }

    void at(long when, Runnable action) {
      queue.add(new Delivery(when, order++, action));
    }

    Result play() {
      for (Writer writer : writers) {
        at(random.nextInt(300), writer::typeNext);
      }
      while (!queue.isEmpty()) {
        Delivery next = queue.poll();
        now = next.at;
        next.action.run();
      }
      MinutesDoc saved = server.minutes().section(Minutes.OTHER);
      boolean diverged = writers.stream().anyMatch(w -> !w.text.equals(saved.text()) || w.mismatched);
      int unsaved = writers.stream().mapToInt(w -> w.unconfirmed.size()).sum();
      int words = writers.stream().mapToInt(w -> w.script.split("[ \n,]").length).sum();
      double lag = writers.stream().mapToLong(w -> w.savedAt - w.lastKeystrokeAt).max().orElse(0) / 1000.0;
      return new Result(words, splitWords(saved.text()), diverged, unsaved, refusals, lag);
    }

    /** Words cut by another writer's character, and (as a failure) characters out of their writer's order. */
    private int splitWords(String text) {
      int[] next = new int[writers.size()];
      int split = 0;
      int previousWriter = -1;
      for (char c : text.toCharArray()) {
        int writer = writerOf(c);
        Writer w = writers.get(writer);
        if (next[writer] >= w.script.length() || w.script.charAt(next[writer]) != c) {
          return Integer.MAX_VALUE; // out of order: a writer's own text was scrambled
        }
        boolean continuesAWord = next[writer] > 0 && !isSeparator(w.script.charAt(next[writer] - 1)) && !isSeparator(c);
        if (continuesAWord && previousWriter != writer) {
          split++;
        }
        next[writer]++;
        previousWriter = writer;
      }
      return split;
    }

    private static int writerOf(char c) {
      for (int i = 0; i < LETTERS.length; i++) {
        if (LETTERS[i].indexOf(c) >= 0 || SEPARATORS[i] == c) {
          return i;
        }
      }
      throw new IllegalStateException("whose is " + c);
    }

    private static boolean isSeparator(char c) {
      return c == ' ' || c == '\n' || c == ',';
    }

    /** The server: the real rules, one push at a time, events to everyone, then the answer. */
    void receive(Writer from, Push push) {
      Decision decision = Meeting.decide(server, from.actor, push, Instant.EPOCH);
      if (decision instanceof Decision.Refused refused) {
        if (refused.refusal().code() != Refusal.Code.VERSION_CONFLICT) {
          refusals++;
        }
        from.down(() -> from.refused(refused.refusal().code()));
        return;
      }
      for (MeetingEvent event : ((Decision.Accepted) decision).events()) {
        server = Meeting.apply(server, event);
        MinutesUpdated update = (MinutesUpdated) event;
        for (Writer writer : writers) {
          writer.down(() -> writer.event(update));
        }
      }
      from.savedAt = now;
      from.down(from::accepted);
    }

    /** One simulated editor: what the page keeps, and its link to the server. */
    private final class Writer {
      final int index;
      final String script;
      final Actor actor = new Actor(UUID.randomUUID(), MeetingRole.NOTE_TAKER);
      final String clientId;
      final int latency;
      int typed;
      String text = "";
      int cursor;
      int version;
      List<ChangeSet> unconfirmed = new ArrayList<>();
      int inFlight;
      boolean waitingForNews;
      boolean mismatched;
      long lastKeystrokeAt;
      long savedAt;
      long upLast;
      long downLast;
      /** Keystrokes to type before the link comes back (0: always online). */
      int offlineFor;
      final Deque<Runnable> heldBack = new ArrayDeque<>();

      Writer(int index, int latency, String script, int offlineKeystrokes) {
        this.index = index;
        this.latency = latency;
        this.script = script;
        this.clientId = "w" + index;
        this.offlineFor = offlineKeystrokes;
      }

      boolean online() {
        return typed >= offlineFor;
      }

      long delay() {
        return Math.round(latency * (0.7 + 0.6 * random.nextDouble()));
      }

      void up(Runnable action) {
        upLast = Math.max(upLast, now + delay());
        at(upLast, action);
      }

      void down(Runnable action) {
        downLast = Math.max(downLast, now + delay());
        at(downLast, () -> {
          if (online()) {
            action.run();
          } else {
            heldBack.add(action); // caught up with, in order, once back
          }
        });
      }

      void typeNext() {
        if (typed == script.length()) {
          return;
        }
        char c = script.charAt(typed++);
        ChangeSet change = ChangeSet.of(List.of(new Section(cursor, null), new Section(0, String.valueOf(c)),
            new Section(text.length() - cursor, null)));
        text = change.apply(text);
        cursor++;
        unconfirmed.add(change);
        lastKeystrokeAt = now;
        boolean cameBack = typed == offlineFor;
        if (cameBack) {
          while (!heldBack.isEmpty()) {
            heldBack.poll().run();
          }
        }
        push();
        // Offline keystrokes come fast (a burst); online ones at human speed, with a pause after each word.
        long pause = !online() ? 5 : isSeparator(c) ? 300 + random.nextInt(700) : 80 + random.nextInt(170);
        at(now + pause, this::typeNext);
      }

      void push() {
        if (!online() || inFlight > 0 || unconfirmed.isEmpty()) {
          return;
        }
        int count = Math.min(Minutes.MAX_UPDATES_PER_PUSH, unconfirmed.size());
        List<Update> updates = unconfirmed.subList(0, count).stream().map(c -> new Update(clientId, c)).toList();
        inFlight = count;
        Push push = new Push(Minutes.OTHER, version, updates);
        up(() -> receive(this, push));
      }

      void event(MinutesUpdated update) {
        version++;
        if (update.clientId().equals(clientId) && !unconfirmed.isEmpty()) {
          // Our own, confirmed: the server must have made of it exactly what we made of it.
          mismatched |= !unconfirmed.remove(0).equals(update.changes());
        } else {
          Rebase.Moved moved = Rebase.over(unconfirmed, update.changes());
          unconfirmed = new ArrayList<>(moved.edits());
          text = moved.other().apply(text);
          cursor = mapBefore(moved.other(), cursor);
        }
        if (waitingForNews) {
          waitingForNews = false;
          push();
        }
      }

      void accepted() {
        inFlight = 0;
        push();
      }

      void refused(Refusal.Code code) {
        inFlight = 0;
        waitingForNews = true; // behind: send again once the updates it missed are here
      }
    }
  }

  /** Where a position goes through a change, staying before text inserted right at it (as a cursor does). */
  static int mapBefore(ChangeSet changes, int pos) {
    int from = 0;
    int to = 0;
    for (Section section : changes.sections()) {
      int end = from + section.length();
      if (pos < end || pos == from && !section.keeps()) {
        return section.keeps() ? to + (pos - from) : to;
      }
      to += section.keeps() ? section.length() : section.insert().length();
      from = end;
    }
    return to;
  }
}

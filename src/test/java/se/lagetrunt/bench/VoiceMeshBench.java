package se.lagetrunt.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.SpeechFile;
import se.lagetrunt.testing.TestServer;

/**
 * What the voice call's full mesh costs (docs/performance.md): N headless Chromium pages on this
 * machine join one meeting's call, each microphone speaking (espeak-ng, looped); then, per size, the browsers'
 * CPU and each page's audio bandwidth over a steady window, the signalling through the server
 * (messages and bytes to set the mesh up, and while it runs), and the time from a turn starting to
 * the speaker's audio arriving at the others (mic opened by the floor, audio level seen in getStats).
 *
 * <pre>mvn -B -q -Pbench exec:java -Dmain.class=se.lagetrunt.bench.VoiceMeshBench [-Dexec.args="sizes=6,12 seconds=20"]</pre>
 */
public final class VoiceMeshBench {
  private VoiceMeshBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Bench.options(args, Map.of("sizes", "3,6,12", "seconds", "20", "turnUpTo", "6"));
    int seconds = Integer.parseInt(options.get("seconds"));
    // The turn's timing needs pages that answer promptly: past this size the machine is the limit.
    int turnUpTo = Integer.parseInt(options.get("turnUpTo"));
    List<Integer> sizes = new ArrayList<>();
    for (String size : options.get("sizes").split(",")) {
      sizes.add(Integer.parseInt(size.strip()));
    }
    Path speech = speechFile();
    try (TestServer server = TestServer.start(); Playwright playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
      for (int size : sizes) {
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
            .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--use-fake-device-for-media-stream",
                "--use-fake-ui-for-media-stream", "--autoplay-policy=no-user-gesture-required",
                "--disable-features=WebRtcHideLocalIpsWithMdns",
                "--use-file-for-fake-audio-capture=" + speech)));
        try {
          measure(server, browser, size, seconds, turnUpTo);
        } finally {
          browser.close();
        }
      }
    }
  }

  private static void measure(TestServer server, Browser browser, int size, int seconds, int turnUpTo) throws Exception {
    Person leader = server.person("Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    MeetingInfo meeting = server.meeting(leader, MeetingRole.LEADER);
    List<Person> people = new ArrayList<>(List.of(leader));
    for (int i = 1; i < size; i++) {
      Person person = server.person("Deltagare " + i, AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
      server.addMember(meeting, person, MeetingRole.PARTICIPANT);
      people.add(person);
    }
    AtomicLong voiceMessages = new AtomicLong();
    AtomicLong voiceBytes = new AtomicLong();
    List<Page> pages = new ArrayList<>();
    for (Person person : people) {
      Page page = browser.newContext().newPage();
      page.setDefaultTimeout(120_000); // a loaded machine answers slowly; this measures, it does not judge
      page.onWebSocket(socket -> {
        socket.onFrameSent(frame -> count(frame.text(), voiceMessages, voiceBytes));
        socket.onFrameReceived(frame -> count(frame.text(), voiceMessages, voiceBytes));
      });
      page.navigate(TestServer.await(server.server().services().links().create(person.id())));
      page.waitForURL(server.url() + "/"); // signed in: the start page
      page.navigate(server.url() + "/meeting.html?id=" + meeting.id());
      page.waitForSelector("#status[data-state=online]");
      pages.add(page);
    }
    long started = System.nanoTime();
    for (Page page : pages) {
      page.locator("#voice-join").click();
    }
    for (Page page : pages) {
      try {
        page.waitForFunction("(n) => [...document.querySelectorAll('#voice-peers li')].filter((li) => li.dataset.state === 'connected').length === n",
            size - 1, new Page.WaitForFunctionOptions().setTimeout(60_000));
      } catch (com.microsoft.playwright.TimeoutError notAll) {
        for (Page each : pages) {
          System.out.println(each.evaluate("() => [...document.querySelectorAll('#voice-peers li')].map((li) => li.dataset.state + ':' + li.textContent).join(' | ') + ' / ' + document.getElementById('voice-status').textContent"));
        }
        throw notAll;
      }
    }
    double meshSeconds = (System.nanoTime() - started) / 1e9;
    long setupMessages = voiceMessages.get();
    long setupBytes = voiceBytes.get();

    // The steady window: everyone's microphone open (no round: open discussion).
    double[] receivedBefore = received(pages);
    double cpuBefore = chromiumCpu();
    long windowStart = System.nanoTime();
    pages.get(0).waitForTimeout(seconds * 1000.0); // a measuring window, not a test waiting for time to pass
    double window = (System.nanoTime() - windowStart) / 1e9;
    double cpu = chromiumCpu() - cpuBefore;
    double[] receivedAfter = received(pages);
    double downKbps = 0;
    for (int i = 0; i < size; i++) {
      downKbps += (receivedAfter[i] - receivedBefore[i]) * 8 / 1000 / window;
    }
    long steadyMessages = voiceMessages.get() - setupMessages;

    System.out.printf("size=%d meshSetup=%.1fs setupSignals=%d (%d kB) steadySignals/min=%.0f browserCpu=%.2f cores "
            + "(%.3f per page) audio=%.0f kbit/s each way per page%n", size, meshSeconds, setupMessages, setupBytes / 1000,
        steadyMessages * 60 / window, cpu / window, cpu / window / size, downKbps / size);
    if (size <= turnUpTo) {
      System.out.printf("size=%d turnToAudio ms=%s%n", size, turnToAudio(pages));
    }
    for (Page page : pages) {
      page.context().close();
    }
  }

  /** A turn starts: the time from the leader's click until each other page hears the speaker, in ms. */
  private static List<Long> turnToAudio(List<Page> pages) {
    int size = pages.size();
    // A turn starts: from the leader's click to the speaker's audio heard at each other page. All
    // microphones are closed first; the leader speaks first, and the floor opens theirs.
    for (Page page : pages) {
      if ("false".equals(page.locator("#voice-mute").getAttribute("aria-pressed"))) {
        page.locator("#voice-mute").click(); // open: close it
      }
      page.waitForFunction("() => document.getElementById('voice-mute').getAttribute('aria-pressed') === 'true'");
    }
    for (Page page : pages) {
      String status = page.locator("#voice-status").textContent();
      if (!status.equals("Din mikrofon är av.")) {
        System.out.println("a page says: " + status);
      }
    }
    for (Page page : pages.subList(1, size)) {
      page.evaluate(LISTEN);
      page.waitForFunction("() => !window.__loud()"); // silence first
      page.evaluate("() => window.__arm()");
    }
    Page lead = pages.get(0);
    long clicked = ((Number) lead.evaluate("() => Date.now()")).longValue();
    lead.locator("#start-round-form button[type=submit]").click();
    List<Long> arrivals = new ArrayList<>();
    for (Page page : pages.subList(1, size)) {
      page.waitForFunction("() => window.__heardAt", null, new Page.WaitForFunctionOptions().setTimeout(60_000));
      arrivals.add(((Number) page.evaluate("() => window.__heardAt")).longValue() - clicked);
    }
    return arrivals;
  }

  /**
   * Listens to everything the page plays (each peer's stream, straight from its audio element) and
   * notes the first moment after {@code __arm()} that any of it is loud: {@code window.__heardAt}.
   */
  private static final String LISTEN = """
      () => {
        const context = new AudioContext();
        const buffer = new Float32Array(512);
        const analysers = [...document.querySelectorAll('#voice-audio audio')].map((audio) => {
          const analyser = context.createAnalyser();
          analyser.fftSize = 512;
          context.createMediaStreamSource(audio.srcObject).connect(analyser);
          return analyser;
        });
        window.__loud = () => analysers.some((analyser) => {
          analyser.getFloatTimeDomainData(buffer);
          return buffer.some((x) => Math.abs(x) > 0.05);
        });
        const poll = () => { if (window.__loud()) window.__heardAt = Date.now(); else setTimeout(poll, 5); };
        window.__arm = () => { window.__heardAt = null; setTimeout(poll, 5); };
      }""";

  private static void count(String text, AtomicLong messages, AtomicLong bytes) {
    if (text != null && text.startsWith("{\"type\":\"voice")) {
      messages.incrementAndGet();
      bytes.addAndGet(text.length());
    }
  }

  /** Per page: audio bytes received so far from all its peers, as the page shows them (its connections' statistics). */
  private static double[] received(List<Page> pages) {
    double[] result = new double[pages.size()];
    for (int i = 0; i < pages.size(); i++) {
      result[i] = ((Number) pages.get(i).evaluate(
          "() => [...document.querySelectorAll('#voice-peers li')].reduce((sum, li) => sum + Number(li.dataset.bytes), 0)"))
          .doubleValue();
    }
    return result;
  }

  /** CPU seconds of every Chromium process on the machine (the browser and its renderers, network and audio services). */
  private static double chromiumCpu() {
    return ProcessHandle.allProcesses().filter(p -> p.info().command().map(c -> c.contains("chromium")).orElse(false))
        .mapToDouble(p -> {
          try {
            return CpuTime.of(p.pid());
          } catch (Exception gone) {
            return 0;
          }
        }).sum();
  }

  /** Speech without pauses between sentences, looped as every page's microphone (a steady tone would be taken for noise and suppressed). */
  private static Path speechFile() {
    return SpeechFile.of(List.of("Vi har pratat om hur det är att vara anhörig när vården flyttar hem.",
        "Det viktigaste för mig är att någon lyssnar och att jag får veta vem jag ska ringa.",
        "Kommunen och regionen behöver prata med varandra innan de pratar med oss."), 0, 0).wav();
  }
}

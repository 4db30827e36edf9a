package se.lagetrunt.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Headless Debian Chromium driven by Playwright. The browser comes from the system package
 * (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1); CHROMIUM_PATH points elsewhere if needed.
 */
final class Browser implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
  /** The pages' time zone, whatever the machine's: dates typed in them are Swedish dates. */
  private static final String SWEDEN = se.lagetrunt.testing.TestClock.SWEDEN.getId();
  private final List<String> extraArgs;
  private Playwright playwright;
  private com.microsoft.playwright.Browser browser;

  private Browser(List<String> extraArgs) {
    this.extraArgs = extraArgs;
  }

  /** One browser per test class: {@code @RegisterExtension static final Browser browser = Browser.perClass();} */
  static Browser perClass() {
    return new Browser(List.of());
  }

  /** A browser whose fake microphone plays this WAV file once, from when a page first opens it, then silence. */
  static Browser withMicrophoneFile(Path wav) {
    return new Browser(List.of("--use-file-for-fake-audio-capture=" + wav.toAbsolutePath() + "%noloop"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    launch();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  private void launch() {
    // The browser is a person's device and keeps the machine's own clock, also when the tests run
    // under libfaketime (which slows Chromium past every timeout): such a run then also checks
    // that the pages take the time from the server, not from the device.
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(
        Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "LD_PRELOAD", "", "FAKETIME", "")));
    Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    if (!Files.isExecutable(chromium)) {
      throw new IllegalStateException("Chromium not found at " + chromium + " (apt-get install chromium)");
    }
    List<String> args = new java.util.ArrayList<>(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        // A fake microphone (a beep) that needs no one to allow it, and sound that plays unasked.
        "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", "--autoplay-policy=no-user-gesture-required",
        // Host candidates as plain addresses, not mDNS names: the test machine has no multicast to resolve them by.
        "--disable-features=WebRtcHideLocalIpsWithMdns"));
    args.addAll(extraArgs);
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(chromium)
        .setHeadless(true)
        .setArgs(args));
  }

  /**
   * Every page keeps what the Content-Security-Policy blocked ({@link Accessibility#policyViolations}):
   * a blocked inline style is invisible in a screenshot but leaves a page unstyled in places.
   */
  private static final String WATCH_POLICY = """
      window.__policyViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__policyViolations.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || '?'}:${e.lineNumber}: ${e.sample || ''}`));
      """;

  /** A separate person in Sweden: own cookies and localStorage, like another computer. */
  BrowserContext newPerson() {
    return watched(browser.newContext(new NewContextOptions().setViewportSize(1024, 800).setLocale("sv-SE")
        .setTimezoneId(SWEDEN)));
  }

  /** A person at a screen of this size (an old laptop at 1366×768, a projector at 1280×720). */
  BrowserContext newScreen(int width, int height) {
    return watched(browser.newContext(new NewContextOptions().setViewportSize(width, height).setLocale("sv-SE")
        .setTimezoneId(SWEDEN)));
  }

  BrowserContext newPhone() {
    return watched(browser.newContext(phone()));
  }

  /** A phone whose browser says this of itself. */
  BrowserContext newPhone(String userAgent) {
    return watched(browser.newContext(phone().setUserAgent(userAgent)));
  }

  private static BrowserContext watched(BrowserContext context) {
    context.addInitScript(WATCH_POLICY);
    return context;
  }

  private static NewContextOptions phone() {
    return new NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setLocale("sv-SE").setTimezoneId(SWEDEN);
  }

  /**
   * A person signs in with their personal link in {@code context} and opens the meeting from the
   * start page; returns once the page says it is connected.
   */
  static com.microsoft.playwright.Page openMeeting(BrowserContext context, se.lagetrunt.testing.TestServer server,
      se.lagetrunt.store.Person person, se.lagetrunt.store.MeetingInfo meeting) {
    return openMeeting(context, server, person, meeting, "Ansluten");
  }

  /** As above, waiting for the given connection status (the SockJS fallback says so). */
  static com.microsoft.playwright.Page openMeeting(BrowserContext context, se.lagetrunt.testing.TestServer server,
      se.lagetrunt.store.Person person, se.lagetrunt.store.MeetingInfo meeting, String status) {
    com.microsoft.playwright.Page page = context.newPage();
    page.navigate(se.lagetrunt.testing.TestServer.await(server.server().services().links().create(person.id())));
    page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
        new com.microsoft.playwright.Page.GetByRoleOptions().setName(meeting.title()).setExact(true)).first().click();
    com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#status")).hasText(status);
    return page;
  }

  /**
   * On a phone the live meeting shows one part at a time (Frågan, Rundan, Anteckningar, Deltagare):
   * this opens one, as a person taps its tab. On a wider screen every part is shown and nothing happens.
   */
  static void showPart(com.microsoft.playwright.Page page, String part) {
    com.microsoft.playwright.Locator tab = page.getByRole(com.microsoft.playwright.options.AriaRole.TAB, named(part));
    if (tab.isVisible()) {
      tab.click();
    }
  }

  /** A control by its exact accessible name, as a person (or a screen reader) finds it. */
  static com.microsoft.playwright.Page.GetByRoleOptions named(String name) {
    return new com.microsoft.playwright.Page.GetByRoleOptions().setName(name).setExact(true);
  }

  /** As {@link #named}, within one part of the page. */
  static com.microsoft.playwright.Locator.GetByRoleOptions namedIn(String name) {
    return new com.microsoft.playwright.Locator.GetByRoleOptions().setName(name).setExact(true);
  }

  /**
   * Waits up to ten seconds for something outside the page (what Postgres has, say) to come true,
   * and returns either way: the assertion after it says what is the case instead.
   */
  static void waitUntil(com.microsoft.playwright.Page page, java.util.function.BooleanSupplier condition) {
    try {
      page.waitForCondition(condition, new com.microsoft.playwright.Page.WaitForConditionOptions().setTimeout(10_000));
    } catch (com.microsoft.playwright.TimeoutError notSo) {
      // the caller's assertion reports it
    }
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}

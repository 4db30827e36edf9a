package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.SubmittedMinutes;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * An enabler compiles round 1 from the theme page: starts from the networks' minutes, writes on
 * through another enabler's save and a lost connection without losing a word, publishes; a
 * participant on a phone follows the link from the next meeting and reads it.
 */
class CompilationBrowserTest {
  @RegisterExtension
  static final Browser browser = Browser.perClass();
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  private static final String SECRET = "Gunnel berättade om sin man.";
  private static final String PAYLOAD = "<img src=x onerror=\"window.__pwned=1\">";

  @Test
  void anEnablerCompilesARoundAndTheNetworksReadIt() {
    TwoNetworks nets = new TwoNetworks(server);
    UUID theme = nets.own.theme().id();
    SubmittedMinutes.submitFirstQuestion(server, nets.own.leader(), nets.own.localMeeting(),
        "Anhöriga vill bli tillfrågade.\n:::gruppen\n" + SECRET + "\n:::\n- " + PAYLOAD);

    Page page = signIn(browser.newPerson(), nets.own.enabler());
    page.navigate(server.url() + "/theme.html?id=" + theme);
    Locator row = page.locator("#compilations tbody tr").first();
    assertThat(row).containsText("1 av 1");
    assertThat(row).containsText("Inte påbörjad");
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/theme-compilations.png")).setFullPage(true));
    row.getByRole(AriaRole.LINK).click();

    assertThat(page.locator("h1")).hasText("Sammanställning – Möte 1 – Introduktion");
    Locator material = page.locator("#material");
    assertThat(material).containsText("Anhöriga vill bli tillfrågade.");
    assertThat(material).containsText(PAYLOAD);
    assertThat(material).not().containsText(SECRET);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Börja från underlaget")).click();
    Locator box = page.getByLabel("Sammanställningens text");
    assertThat(box).hasValue(java.util.regex.Pattern.compile("Anhöriga vill bli tillfrågade\\."));
    assertFalse(box.inputValue().contains("### Umeå"), "quotes without the network's name: " + box.inputValue());
    // Chosen, each network's quotes come under its name.
    page.onceDialog(dialog -> dialog.accept());
    page.getByLabel("med nätverkens namn").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Börja från underlaget")).click();
    assertThat(box).hasValue(java.util.regex.Pattern.compile("### Umeå"));
    page.getByLabel("med nätverkens namn").uncheck();
    page.onceDialog(dialog -> dialog.accept());
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Börja från underlaget")).click();
    assertThat(box).not().hasValue(java.util.regex.Pattern.compile("### Umeå"));
    box.press("Control+End");
    box.pressSequentially("\n\n> Vi vill bli tillfrågade.");
    assertThat(page.locator("#save-state")).hasText(java.util.regex.Pattern.compile("^Sparat"));
    assertTrue(draftText(nets).endsWith("> Vi vill bli tillfrågade."), "saved by itself after a pause");

    // Another enabler saves in between: this page keeps its text, shows theirs, saves on request.
    RestClient rest = new RestClient(server);
    int version = rest.ok("GET", "/api/theme-networks/" + theme + "/compilations/1", server.token(nets.own.enabler()), null)
        .at("/draft/version").asInt();
    rest.ok("PUT", "/api/theme-networks/" + theme + "/compilations/1", server.token(nets.own.enabler()),
        "{\"text\":\"Den andras text.\",\"version\":" + version + "}");
    box.pressSequentially("\n\nMitt tillägg.");
    assertThat(page.locator("#save-state")).hasText("Inte sparat – någon annan har sparat en nyare version.");
    assertThat(page.locator("#conflict")).containsText("Den andras text.");
    assertThat(box).hasValue(java.util.regex.Pattern.compile("Mitt tillägg\\.$"));
    assertEquals("Den andras text.", draftText(nets), "nothing overwritten unseen");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
    assertThat(page.locator("#save-state")).hasText(java.util.regex.Pattern.compile("^Sparat"));
    assertThat(page.locator("#conflict")).isHidden();
    assertTrue(draftText(nets).endsWith("Mitt tillägg."));

    // Without a connection the text stays, says so, and is saved when the connection is back.
    page.context().setOffline(true);
    box.pressSequentially("\n\nSkrivet utan nät.");
    assertThat(page.locator("#save-state")).hasText(java.util.regex.Pattern.compile("^Inte sparat – ingen anslutning"));
    page.context().setOffline(false);
    assertThat(page.locator("#save-state")).hasText(java.util.regex.Pattern.compile("^Sparat"));
    assertTrue(draftText(nets).endsWith("Skrivet utan nät."));

    // A tab closed before the pause was over: the text comes back in the next one.
    box.pressSequentially("\n\nSista raden.");
    page.close();
    page = page.context().newPage();
    page.navigate(server.url() + "/compilation.html?theme=" + theme + "&round=1");
    assertThat(page.locator("#message")).hasText("Text som inte hann sparas förra gången är tillbaka i rutan.");
    box = page.getByLabel("Sammanställningens text");
    assertThat(box).hasValue(java.util.regex.Pattern.compile("Sista raden\\.$"));
    assertThat(page.locator("#save-state")).hasText(java.util.regex.Pattern.compile("^Sparat"));
    assertTrue(draftText(nets).endsWith("Sista raden."));

    // A name of the networks' people still in the text: the question before publishing says so.
    String name = nets.own.participant().displayName();
    box.pressSequentially(" Som " + name + " sa.");
    assertThat(page.locator("#save-state")).hasText(java.util.regex.Pattern.compile("^Sparat"));
    java.util.List<String> asked = new java.util.ArrayList<>();
    page.onDialog(dialog -> {
      asked.add(dialog.message());
      dialog.accept();
    });
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicera för de lokala nätverken")).click();
    assertThat(page.locator("#message")).hasText("Sammanställningen är publicerad för de lokala nätverken.");
    assertTrue(asked.size() == 1 && asked.get(0).contains("nämner fortfarande personer") && asked.get(0).contains(name), asked.toString());
    assertThat(page.locator("#published-line")).containsText("Publicerad");
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/compilation-enabler.png")).setFullPage(true));

    // Meeting 1 is over. A participant's phone shows meeting 2 next, with the compilation to read.
    server.execute("UPDATE meeting SET starts_at = " + server.sqlNow() + " - interval '3 hours' WHERE id = '" + nets.own.localMeeting() + "'");
    server.execute("UPDATE meeting SET starts_at = " + server.sqlNow() + " + interval '1 day' WHERE id = '" + nextMeeting(nets) + "'");
    Page phone = signIn(browser.newPhone(), nets.own.participant());
    Page.GetByRoleOptions compilationLink = new Page.GetByRoleOptions()
        .setName("Sammanställningen av omgång 1 från alla lokala nätverk");
    assertThat(phone.locator("#next-link")).hasText("Möte 2 – Det som fungerar i dag");
    phone.getByRole(AriaRole.LINK, compilationLink).click();
    assertThat(phone.locator("h1")).hasText("Sammanställning – Möte 1 – Introduktion");
    Locator text = phone.locator("#published-text");
    assertThat(text.locator("blockquote")).hasText("Vi vill bli tillfrågade.");
    assertThat(text.locator("h2").first()).isVisible();
    assertThat(text.locator("h3")).hasCount(0); // the draft quotes without a heading per network
    assertThat(text).containsText(PAYLOAD);
    assertThat(text).not().containsText(SECRET);
    assertThat(text).containsText("Sista raden.");
    assertThat(text.locator("img")).hasCount(0);
    assertFalse((Boolean) phone.evaluate("() => window.__pwned === 1"), "nothing anyone wrote runs");
    assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ladda ner som PDF"))).isVisible();
    phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/compilation-phone.png")).setFullPage(true));
    phone.navigate(server.url() + "/meeting.html?id=" + nextMeeting(nets));
    assertThat(phone.getByRole(AriaRole.LINK, compilationLink)).isVisible();
  }

  private static Page signIn(BrowserContext context, Person person) {
    Page page = context.newPage();
    page.navigate(TestServer.await(server.server().services().links().create(person.id())));
    page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dina möten")).waitFor();
    return page;
  }

  /** The draft as stored, asked for as one of the theme's enablers. */
  private static String draftText(TwoNetworks nets) {
    return new RestClient(server).ok("GET", "/api/theme-networks/" + nets.own.theme().id() + "/compilations/1",
        server.token(nets.own.enabler()), null).at("/draft/text").asText();
  }

  private static String nextMeeting(TwoNetworks nets) {
    for (JsonNode meeting : new RestClient(server).ok("GET", "/api/meetings", server.token(nets.own.participant()), null)) {
      if (meeting.get("round").asInt() == 2 && "local".equals(meeting.get("kind").asText())) {
        return meeting.get("id").asText();
      }
    }
    throw new AssertionError("no second meeting");
  }
}

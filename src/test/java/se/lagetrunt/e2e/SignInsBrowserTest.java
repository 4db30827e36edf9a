package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * Chromium: a participant signed in on a laptop and a phone sees both on the start page, with
 * where the link came from, signs the phone out from the laptop (its open meeting page is told at
 * once), then signs the laptop out – and its token no longer works anywhere. Someone removed from
 * the network is told so in the language they read, never in the server's English.
 */
class SignInsBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();
  private static final String ANDROID =
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

  private static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  @Test
  void aPhoneIsSignedOutFromTheLaptopAndTheLaptopSignsOutForGood() {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String link = rest.ok("POST", "/api/local-networks/" + nets.own.local().id() + "/members",
        server.token(nets.own.leader()), "{\"name\":\"Anna Andersson\",\"group\":\"family-carer\"}").get("link").asText();

    BrowserContext phoneBrowser = browser.newPhone(ANDROID);
    Page phone = phoneBrowser.newPage();
    phone.navigate(link);
    phone.getByRole(AriaRole.LINK, named("Möte 1 – Introduktion")).first().click();
    assertThat(phone.locator("#status")).hasText("Ansluten");

    BrowserContext laptopBrowser = browser.newPerson();
    Page laptop = laptopBrowser.newPage();
    laptop.navigate(link);
    var signIns = laptop.locator("#sign-in-list li");
    assertThat(signIns).hasCount(2);
    assertThat(signIns.first()).containsText("Den här enheten");
    assertThat(laptop.locator("#sign-ins")).containsText("Chrome · Android");
    assertThat(laptop.locator("#sign-ins")).containsText("Med en länk från Ledare Umeå");
    laptop.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/sign-ins.png")).setFullPage(true));

    laptop.getByRole(AriaRole.BUTTON, named("Logga ut Chrome · Android")).click();
    assertThat(laptop.locator("#message")).hasText("Enheten är utloggad.");
    assertThat(signIns).hasCount(1);
    assertThat(phone.locator("#message"))
        .hasText("Den här enheten loggades ut från en annan enhet. Öppna din personliga länk igen för att komma tillbaka.");

    String laptopToken = (String) laptop.evaluate("() => localStorage.getItem('laget-runt.token')");
    assertEquals(200, rest.call("GET", "/api/me", laptopToken, null).status());
    laptop.getByRole(AriaRole.BUTTON, named("Logga ut")).click();
    assertThat(laptop.getByRole(AriaRole.HEADING, named("Välkommen till Laget Runt"))).isVisible();
    assertEquals(401, rest.call("GET", "/api/me", laptopToken, null).status(), "signed out on the server, not only here");
    phoneBrowser.close();
    laptopBrowser.close();
  }

  @Test
  void someoneRemovedIsToldWhyInTheLanguageTheyRead() {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String members = "/api/local-networks/" + nets.own.local().id() + "/members";
    String leader = server.token(nets.own.leader());
    var anna = rest.ok("POST", members, leader, "{\"name\":\"Anna Berg\",\"group\":\"family-carer\"}");
    var bo = rest.ok("POST", members, leader, "{\"name\":\"Bo Ek\",\"group\":\"care-staff\"}");

    BrowserContext annasBrowser = browser.newPerson();
    Page swedish = annasBrowser.newPage();
    swedish.navigate(anna.get("link").asText());
    swedish.getByRole(AriaRole.LINK, named("Möte 1 – Introduktion")).first().click();
    assertThat(swedish.locator("#status")).hasText("Ansluten");
    BrowserContext bosBrowser = browser.newPerson();
    Page english = bosBrowser.newPage();
    english.navigate(bo.get("link").asText());
    english.getByRole(AriaRole.LINK, named("Möte 1 – Introduktion")).first().click();
    assertThat(english.locator("#status")).hasText("Ansluten");
    english.locator("#language").click();
    assertThat(english.locator("#status")).hasText("Connected");

    rest.call("DELETE", members + "/" + anna.get("person").get("id").asText(), leader, null);
    rest.call("DELETE", members + "/" + bo.get("person").get("id").asText(), leader, null);
    assertThat(swedish.locator("#message")).hasText(
        "Du är inte längre med i det här nätverket, så mötet har stängts för dig. Hör av dig till ledaren om det är fel.");
    assertThat(english.locator("#message")).hasText(
        "You are no longer in this network, so the meeting has closed for you. Contact the leader if this is a mistake.");
    annasBrowser.close();
    bosBrowser.close();
  }
}

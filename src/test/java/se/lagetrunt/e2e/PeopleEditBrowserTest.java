package se.lagetrunt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * Corrections in the pages: a participant fixes their own name and phone on the start page; the
 * leader corrects a participant's group and renames the network; the enabler renames the theme
 * and invites a second enabler, who signs in with her own link.
 */
class PeopleEditBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();

  @Test
  void peopleAndNetworksAreCorrectedInThePages() throws java.io.IOException {
    TwoNetworks nets = new TwoNetworks(server);
    Page participant = signIn(browser.newPhone().newPage(), nets.own.participant());
    participant.locator("#edit-me summary").click();
    participant.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Margareta Ek");
    participant.getByLabel("Telefon (frivilligt)").fill("070-123 45 67");
    participant.getByLabel("Visa min e-post och mitt telefonnummer för de andra i mina nätverk").check();
    participant.getByRole(AriaRole.BUTTON, Browser.named("Spara")).click();
    assertThat(participant.locator("#message")).hasText("Uppgifterna är sparade.");
    assertThat(participant.locator("#who")).hasText("Inloggad som Margareta Ek");
    assertEquals(List.of(), Accessibility.violations(participant));
    // Shared with the group: another participant sees her phone number in the network's list.
    Page colleague = signIn(browser.newPerson().newPage(), nets.freshMember(server, se.lagetrunt.domain.NetworkRole.PARTICIPANT));
    colleague.navigate(server.url() + "/network.html?id=" + nets.own.local().id());
    assertThat(colleague.locator("#member-list li", new Page.LocatorOptions().setHasText("Margareta Ek"))).containsText("070-123 45 67");

    Page leader = signIn(browser.newPerson().newPage(), nets.own.leader());
    leader.navigate(server.url() + "/network.html?id=" + nets.own.local().id());
    Locator row = leader.locator("#member-list li", new Page.LocatorOptions().setHasText("Margareta Ek"));
    assertThat(row).containsText("070-123 45 67");
    row.locator("summary").click();
    row.getByLabel("Intressentgrupp").selectOption("care-staff");
    row.getByRole(AriaRole.BUTTON, Browser.namedIn("Spara")).click();
    assertThat(leader.locator("#message")).hasText("Uppgifterna är sparade.");
    assertThat(leader.locator("#member-list li", new Page.LocatorOptions().setHasText("Margareta Ek"))).containsText("Vård- och omsorgspersonal");
    leader.locator("#rename summary").click();
    leader.locator("#rename-name").fill("Umeå kommun");
    leader.locator("#rename-form").getByRole(AriaRole.BUTTON, Browser.namedIn("Spara")).click();
    assertThat(leader.locator("h1")).hasText("Umeå kommun");
    assertEquals(List.of(), Accessibility.violations(leader));

    Page enabler = signIn(browser.newPerson().newPage(), nets.own.enabler());
    // The enabler's list names each meeting's network.
    assertThat(enabler.locator("#meeting-list li").filter(new Locator.FilterOptions()
        .setHas(enabler.getByRole(AriaRole.LINK, Browser.named("Möte 2 – Det som fungerar i dag"))))).containsText("Umeå kommun · ");
    enabler.navigate(server.url() + "/theme.html?id=" + nets.own.theme().id());
    assertThat(enabler.locator("#leader-meeting-list")).containsText("Förmöte inför möte 1 – Introduktion");
    enabler.locator("#rename summary").click();
    enabler.locator("#rename-name").fill("Nära vård och anhöriga");
    enabler.locator("#rename-form").getByRole(AriaRole.BUTTON, Browser.namedIn("Spara")).click();
    assertThat(enabler.locator("h1")).hasText("Nära vård och anhöriga");

    // A second enabler: the practitioner beside the researcher, in with her own link.
    enabler.locator("summary", new Page.LocatorOptions().setHasText("Bjud in en möjliggörare")).click();
    enabler.locator("#enabler-form").getByLabel("Namn", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
        .fill("Pia Praktiker");
    enabler.getByRole(AriaRole.BUTTON, Browser.named("Bjud in")).click();
    assertThat(enabler.locator("#message")).hasText("Pia Praktiker är möjliggörare nu. Ge hen länken här under.");
    assertThat(enabler.locator("#enabler-list li")).hasCount(2);
    assertEquals(List.of(), Accessibility.violations(enabler));
    Page pia = browser.newPerson().newPage();
    pia.navigate(enabler.locator("#enabler-link-value").inputValue());
    assertThat(pia.getByRole(AriaRole.HEADING, Browser.named("Dina möten"))).isVisible();
    assertThat(pia.locator("#theme-list")).containsText("Nära vård och anhöriga");
  }

  private static Page signIn(Page page, Person person) {
    page.navigate(TestServer.await(server.server().services().links().create(person.id())));
    assertThat(page.getByRole(AriaRole.HEADING, Browser.named("Dina möten"))).isVisible();
    return page;
  }
}

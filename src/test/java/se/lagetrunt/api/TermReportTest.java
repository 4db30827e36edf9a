package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.SubmittedMinutes;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * The term report a theme's enablers hand to Nka and the funder: read back from the PDF, it has
 * the rounds, who came per stakeholder group, the meetings held and minutes submitted, and the
 * published compilation – without the names of the theme's people. Only the enablers get it.
 */
class TermReportTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void theTermReportTellsTheRoundsWithoutNames() throws IOException {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String enabler = server.token(nets.own.enabler());
    SubmittedMinutes.submitFirstQuestion(server, nets.own.leader(), nets.own.localMeeting(), "Anhöriga vill bli tillfrågade.");
    String participant = nets.own.participant().displayName();
    String round = "/api/theme-networks/" + nets.own.theme().id() + "/compilations/1";
    rest.ok("PUT", round, enabler, "{\"text\":" + Json.write(Json.MAPPER.valueToTree(
        "## Vad vi hörde\n\n> Vi vill bli tillfrågade, sa " + participant + ".")) + ",\"version\":0}");
    rest.ok("POST", round + "/publish", enabler, "{\"version\":1}");

    String report = "/api/theme-networks/" + nets.own.theme().id() + "/report";
    String text;
    try (PDDocument pdf = Loader.loadPDF(rest.bytes(report + ".pdf", enabler))) {
      text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
    assertTrue(text.contains("Terminsrapport – " + nets.own.theme().name()), text);
    assertTrue(text.contains("Lokala nätverk: " + nets.own.local().name()), text);
    assertTrue(text.contains("Deltagande per intressentgrupp"), text);
    assertTrue(text.contains("Möte 1 – Introduktion Möten hållna: 1 av 1. Inlämnade minnesanteckningar: 1."), text);
    assertTrue(text.contains("Möte 2 – Det som fungerar i dag Möten hållna: 0 av 1. Inlämnade minnesanteckningar: 0."), text);
    assertTrue(text.contains("Vi vill bli tillfrågade, sa [namn]."), "the quote, without the name: " + text);
    assertFalse(text.contains(participant), "no name of the theme's people");
    assertTrue(text.contains("Ingen sammanställning är publicerad."), "for the rounds still to come");

    String markdown = rest.call("GET", report + ".md", enabler, null).text();
    // The leader joined meeting 1 (an official); nobody else was there.
    assertTrue(markdown.contains("| Möte 1 – Introduktion | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |"), markdown);
    assertTrue(markdown.contains("#### Vad vi hörde"), "the compilation's headings under the round's: " + markdown);

    assertEquals(403, rest.call("GET", report + ".pdf", server.token(nets.own.leader()), null).status());
    assertEquals(403, rest.call("GET", report + ".pdf", server.token(nets.other.enabler()), null).status());
  }
}

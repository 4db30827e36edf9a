package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.RestTerm;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;

/**
 * A participant downloads everything stored about her – as data and as a document – after a
 * meeting she took part in: her details, her network, her attendance and what she did, her
 * devices and links; nothing of anyone else's, and no link's secret.
 */
class PersonalDataTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " "); // a table's cells wrap
    }
  }

  @Test
  void aPersonDownloadsWhatIsStoredAboutHerAndNothingOfOthers() throws Exception {
    RestClient rest = new RestClient(server);
    RestTerm term = RestTerm.create(server, "Ängby anhörignätverk");
    String leader = term.leader("Lena Ledare", "lena.ledare@example.se");
    term.series(leader, server.clock().instant().plusSeconds(3600), 2);
    JsonNode invited = term.add(leader, "{\"name\":\"Anna Anhörig\",\"group\":\"family-carer\",\"role\":\"participant\","
        + "\"email\":\"anna@example.se\",\"phone\":\"070-123 45 67\"}");
    String link = invited.get("link").asText();
    String anna = rest.signIn(link);
    String meeting = rest.ok("GET", "/api/meetings", anna, null).get(0).get("id").asText();
    try (TestClient hers = server.join(anna, meeting, 0); TestClient lenas = server.join(leader, meeting, 0)) {
      hers.send("{\"type\":\"raiseHand\",\"id\":\"h1\",\"kind\":\"new-topic\"}");
      hers.until(message -> "h1".equals(message.path("re").asText()));
      lenas.send("{\"type\":\"addSeat\",\"id\":\"s1\",\"name\":\"Gunnar Granne\",\"group\":\"other\",\"via\":\"room\"}");
      lenas.until(message -> "s1".equals(message.path("re").asText()));
    }

    RestClient.Reply data = rest.call("GET", "/api/me/data", anna, null);
    assertEquals(200, data.status(), data.text());
    assertTrue(data.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    assertEquals("no-store", data.headers().firstValue("Cache-Control").orElse(""));
    JsonNode copy = data.body();
    JsonNode person = copy.at("/person/0");
    assertEquals("Anna Anhörig", person.get("name").asText());
    assertEquals("anna@example.se", person.get("email").asText());
    assertEquals("070-123 45 67", person.get("phone").asText());
    assertEquals("family-carer", person.get("group").asText());
    assertEquals("Ängby anhörignätverk", copy.at("/localNetworks/0/localNetwork").asText());
    assertEquals("participant", copy.at("/localNetworks/0/role").asText());
    assertEquals(1, copy.get("attendance").size(), copy.get("attendance").toString());
    List<String> actions = new ArrayList<>();
    copy.get("actions").forEach(action -> actions.add(action.get("type").asText()));
    assertEquals(List.of("handRaised"), actions);
    assertEquals(1, copy.get("devices").size());
    assertEquals(1, copy.get("links").size());
    assertEquals("Lena Ledare", copy.at("/links/0/madeBy").asText(), "who made her link is part of her link");
    assertEquals(server.clock().instant().toString(), copy.get("exported").asText());
    String all = copy.toString();
    assertFalse(all.contains(RestClient.secretOf(link)), "no link's secret");
    assertFalse(all.contains("Gunnar Granne"), "nobody else's name");
    assertFalse(all.contains("lena.ledare@example.se"), "nobody else's address");

    RestClient.Reply lenasCopy = rest.call("GET", "/api/me/data", leader, null);
    JsonNode seat = null;
    for (JsonNode action : lenasCopy.body().get("actions")) {
      if (action.get("type").asText().equals("seatAdded")) {
        seat = action;
      }
    }
    assertTrue(seat != null && seat.get("payload").isNull(), lenasCopy.body().get("actions") + " the leader's copy says a seat was added, not whose");

    String swedish = pdfText(rest.bytes("/api/me/data.pdf", anna));
    assertTrue(swedish.contains("Dina uppgifter: Anna Anhörig"), swedish);
    assertTrue(swedish.contains("Lokala nätverk Lokalt nätverk: Ängby anhörignätverk Temanätverk: Nära vård Roll: participant"), swedish);
    assertTrue(swedish.contains("handRaised"), swedish);
    assertFalse(swedish.contains("Gunnar Granne"), swedish);
    assertTrue(pdfText(rest.bytes("/api/me/data.pdf?lang=en", anna)).contains("Your data: Anna Anhörig"));

    assertEquals(401, rest.call("GET", "/api/me/data", null, null).status());
  }
}

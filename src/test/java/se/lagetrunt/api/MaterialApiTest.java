package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.material.FileType;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * A theme network's material library over REST: the template's named report waiting for its
 * file, uploads checked by content and size, files only for the theme's people (and downloaded,
 * never shown inline), places within the theme only, and question material carried by sharing.
 */
public class MaterialApiTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private final RestClient rest = new RestClient(server);

  private static String library(TwoNetworks.Side side) {
    return "/api/theme-networks/" + side.theme().id() + "/material";
  }

  private JsonNode meetingOfRound(TwoNetworks.Side side, int round, String kind) {
    for (JsonNode meeting : rest.ok("GET", "/api/meetings", server.token(side.leader()), null)) {
      if (meeting.get("round").asInt() == round && kind.equals(meeting.get("kind").asText())) {
        return rest.ok("GET", "/api/meetings/" + meeting.get("id").asText(), server.token(side.leader()), null);
      }
    }
    throw new AssertionError("no " + kind + " meeting in round " + round);
  }

  static byte[] zip(String... entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  @Test
  void theTemplatesReportWaitsForItsFileAndThenReachesTheRoundsMeetings() {
    TwoNetworks nets = new TwoNetworks(server);
    String enabler = server.token(nets.own.enabler());
    JsonNode items = rest.ok("GET", library(nets.own), enabler, null).get("items");
    assertEquals(1, items.size(), items.toString());
    JsonNode report = items.get(0);
    assertEquals("Rapport: Nära vård och ökad specialistvård i hemmet", report.get("title").asText());
    assertEquals("waiting", report.get("kind").asText());
    assertEquals(List.of(2, 3), rounds(report), "meetings 2 and 3 build on it");
    assertEquals(0, meetingOfRound(nets.own, 2, "local").get("material").size(), "nothing to read until the file is there");

    String id = report.get("id").asText();
    JsonNode filled = rest.upload("PUT", "/api/material/" + id + "/file", enabler, "Rapport nära vård.pdf", PDF, Map.of()).body();
    assertEquals("file", filled.get("kind").asText(), filled.toString());
    assertEquals("Rapport nära vård.pdf", filled.get("fileName").asText());

    for (String kind : List.of("local", "pre", "after")) {
      JsonNode material = meetingOfRound(nets.own, 2, kind).get("material");
      assertEquals(1, material.size(), kind + ": " + material);
      assertEquals(id, material.get(0).get("id").asText());
    }
    assertEquals(0, meetingOfRound(nets.own, 1, "local").get("material").size(), "round 1 does not build on it");

    HttpResponse<byte[]> download = rest.fetch("/api/material/" + id + "/file", server.token(nets.own.participant()));
    assertEquals(200, download.statusCode());
    assertArrayEquals(PDF, download.body());
    assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
    String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
    assertTrue(disposition.startsWith("attachment;") && disposition.contains("filename*=UTF-8''Rapport%20n%C3%A4ra%20v%C3%A5rd.pdf"),
        disposition);
  }

  private static List<Integer> rounds(JsonNode entry) {
    List<Integer> rounds = new ArrayList<>();
    entry.get("attachments").forEach(place -> rounds.add(place.get("round").asInt()));
    return rounds;
  }

  @Test
  void uploadsAreCheckedByContentAndSize() {
    TwoNetworks nets = new TwoNetworks(server);
    String enabler = server.token(nets.own.enabler());
    String upload = library(nets.own) + "/files";

    JsonNode word = rest.upload("POST", upload, enabler, "Inbjudan", zip("[Content_Types].xml", "word/document.xml"),
        Map.of("title", "Inbjudan till möte 1", "note", "Skicka gärna vidare.")).body();
    assertEquals("Inbjudan.docx", word.get("fileName").asText(), "named for what it is");
    assertEquals(FileType.WORD.contentType(), word.get("contentType").asText());
    assertEquals("Inbjudan till möte 1", word.get("title").asText());
    JsonNode named = rest.upload("POST", upload, enabler, "sida.html", PDF, Map.of()).body();
    assertEquals("sida.html.pdf", named.get("fileName").asText(), "a PDF is never saved as a page");
    assertEquals("sida.html", named.get("title").asText());

    for (byte[] refused : List.of("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
        new byte[] {'M', 'Z', 0, 0}, zip("index.html"))) {
      RestClient.Reply reply = rest.upload("POST", upload, enabler, "rapport.pdf", refused, Map.of());
      assertEquals(415, reply.status(), reply.text());
      assertEquals("file_type", reply.body().get("code").asText());
    }
    assertEquals("invalid_field", rest.upload("POST", upload, enabler, "tom.pdf", new byte[0], Map.of()).body().get("code").asText());

    byte[] justTooLarge = new byte[FileType.MAX_BYTES + 1];
    System.arraycopy(PDF, 0, justTooLarge, 0, PDF.length);
    RestClient.Reply large = rest.upload("POST", upload, enabler, "stor.pdf", justTooLarge, Map.of());
    assertEquals(413, large.status());
    assertEquals("too_large", large.body().get("code").asText());
    assertTrue(large.body().get("title").asText().contains("25 MB"), large.text());
    RestClient.Reply huge = rest.upload("POST", upload, enabler, "enorm.pdf", new byte[FileType.MAX_BYTES + 200_000], Map.of());
    assertEquals(413, huge.status(), "the body handler stops it before it is read");

    JsonNode left = rest.ok("GET", library(nets.own), enabler, null).get("items");
    assertEquals(3, left.size(), "the two accepted files and the template's report, nothing refused: " + left);
    assertEquals(403, rest.upload("POST", upload, server.token(nets.own.leader()), "a.pdf", PDF, Map.of()).status(),
        "the enablers keep the library");
  }

  @Test
  void onlyTheThemesPeopleFetchAFileAndOnlyItsEnablersPlaceIt() {
    TwoNetworks nets = new TwoNetworks(server);
    String enabler = server.token(nets.own.enabler());
    String id = rest.upload("POST", library(nets.own) + "/files", enabler, "underlag.pdf", PDF, Map.of()).body().get("id").asText();
    String file = "/api/material/" + id + "/file";

    assertEquals(200, rest.fetch(file, server.token(nets.own.leader())).statusCode());
    assertEquals(200, rest.fetch(file, server.token(nets.own.participant())).statusCode());
    assertEquals(404, rest.fetch(file, server.token(nets.other.participant())).statusCode(), "another theme's member");
    assertEquals(404, rest.fetch(file, server.token(nets.other.enabler())).statusCode(), "another theme's enabler");
    assertEquals(401, rest.fetch(file, null).statusCode());
    assertEquals(403, rest.call("GET", library(nets.own), server.token(nets.other.enabler()), null).status());
    assertEquals(403, rest.call("DELETE", "/api/material/" + id, server.token(nets.other.enabler()), null).status());

    String elsewhere = "{\"attachments\":[{\"meetingId\":\"" + nets.other.localMeeting() + "\"}]}";
    RestClient.Reply outside = rest.call("PUT", "/api/material/" + id + "/attachments", enabler, elsewhere);
    assertEquals(422, outside.status(), "never shown in another theme's meeting");
    RestClient.Reply noRound = rest.call("PUT", "/api/material/" + id + "/attachments", enabler, "{\"attachments\":[{\"round\":9}]}");
    assertEquals(422, noRound.status(), "the theme has no round 9");
    rest.ok("PUT", "/api/material/" + id + "/attachments", enabler, "{\"attachments\":[{\"meetingId\":\"" + nets.own.localMeeting() + "\"}]}");
    assertEquals(id, rest.ok("GET", "/api/meetings/" + nets.own.localMeeting(), server.token(nets.own.participant()), null)
        .get("material").get(0).get("id").asText());

    TestServer.await(server.server().services().networks().removeMember(nets.own.local().id(), nets.own.participant().id()));
    assertEquals(404, rest.fetch(file, server.token(nets.own.participant())).statusCode(), "removed from the network, the file is gone too");

    RestClient.Reply script = rest.call("POST", library(nets.own), enabler, "{\"title\":\"Klicka\",\"url\":\"javascript:alert(1)\"}");
    assertEquals("invalid_field", script.body().get("code").asText());
    rest.ok("DELETE", "/api/material/" + id, enabler, null);
    assertEquals(404, rest.fetch(file, server.token(nets.own.leader())).statusCode());
  }

  @Test
  void sharingThePreMeetingsQuestionsCarriesTheirMaterial() {
    TwoNetworks nets = new TwoNetworks(server);
    String enabler = server.token(nets.own.enabler());
    JsonNode pre = rest.ok("GET", "/api/meetings/" + nets.own.preMeeting(), enabler, null);
    JsonNode question = pre.get("board").get("questions").get(0);
    JsonNode link = rest.ok("POST", library(nets.own), enabler,
        "{\"title\":\"Nationell anhörigstrategi\",\"note\":\"Regeringens strategi från 2022.\",\"url\":\"https://www.regeringen.se/anhorigstrategi\"}");
    String id = link.get("id").asText();
    rest.ok("PUT", "/api/material/" + id + "/attachments", enabler, Json.write(Json.MAPPER.valueToTree(Map.of("attachments",
        List.of(Map.of("meetingId", nets.own.preMeeting().toString(), "questionId", question.get("id").asText()))))));
    assertEquals(0, rest.ok("GET", "/api/meetings/" + nets.own.localMeeting(), enabler, null).get("material").size());

    rest.ok("POST", "/api/meetings/" + nets.own.preMeeting() + "/share-questions", enabler, "{}");

    JsonNode local = rest.ok("GET", "/api/meetings/" + nets.own.localMeeting(), server.token(nets.own.participant()), null);
    JsonNode material = local.get("material");
    assertEquals(1, material.size(), material.toString());
    assertEquals("link", material.get(0).get("kind").asText());
    assertEquals("https://www.regeringen.se/anhorigstrategi", material.get(0).get("url").asText());
    String localQuestion = material.get(0).get("questionId").asText();
    boolean same = false;
    for (JsonNode onBoard : local.get("board").get("questions")) {
      same |= onBoard.get("id").asText().equals(localQuestion) && onBoard.get("text").asText().equals(question.get("text").asText());
    }
    assertTrue(same, "attached to the local board's copy of the question: " + local.get("board"));
  }
}

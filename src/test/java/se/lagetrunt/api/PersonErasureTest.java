package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.protocol.CloseCodes;
import se.lagetrunt.store.PersonErasure;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.SubmittedMinutes;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * An enabler erases a participant who attended a meeting and had a seat added for her, while the
 * meeting is live: she is signed out at once, and her name is gone from the log, the snapshots,
 * the attendance, the exports, the enablers' compilation material and the live meeting's view –
 * where she is "Borttagen person".
 */
class PersonErasureTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void anErasedPersonIsBorttagenPersonEverywhereAndSignedOut() throws Exception {
    TwoNetworks nets = new TwoNetworks(server);
    UUID meeting = nets.own.localMeeting();
    String name = nets.own.participant().displayName();
    UUID anna = nets.own.participant().id();
    RestClient rest = new RestClient(server);
    String enabler = server.token(nets.own.enabler());
    String leaderToken = server.token(nets.own.leader());
    String annasToken = server.token(nets.own.participant());
    String erase = "/api/local-networks/" + nets.own.local().id() + "/members/" + anna + "/erase";

    TestClient hers = server.join(annasToken, meeting, 0);
    TestClient leader = server.join(leaderToken, meeting, 0);
    leader.send("{\"type\":\"addSeat\",\"id\":\"s1\",\"name\":\"" + name + "\",\"group\":\"family-carer\",\"via\":\"room\","
        + "\"personId\":\"" + anna + "\"}");
    assertEquals("ok", leader.until(message -> "s1".equals(message.path("re").asText())).path("type").asText());
    SubmittedMinutes.writeOpening(server, nets.own.leader(), meeting, "Vi pratade om växelvård.");
    SubmittedMinutes.submitFirstQuestion(server, nets.own.leader(), meeting, "Anhöriga vill bli tillfrågade tidigare.");
    server.execute("INSERT INTO meeting_snapshot (meeting_id, seq, state) SELECT meeting_id, max(seq), "
        + "jsonb_build_object('attendees', '" + name + "') FROM meeting_event WHERE meeting_id = '" + meeting + "' GROUP BY meeting_id");
    assertTrue(server.count("SELECT count(*) FROM meeting_event WHERE payload::text LIKE '%" + name + "%'") >= 2);

    assertEquals(403, rest.call("POST", erase, leaderToken, null).status(), "only an enabler erases");
    assertEquals(403, rest.call("POST", "/api/local-networks/" + nets.own.local().id() + "/members/"
        + nets.own.enabler().id() + "/erase", enabler, null).status(), "not oneself");
    assertEquals(404, rest.call("POST", "/api/local-networks/" + nets.own.local().id() + "/members/"
        + nets.other.participant().id() + "/erase", enabler, null).status(), "not someone from another network");
    assertEquals(204, rest.call("POST", erase, enabler, null).status());

    assertEquals(CloseCodes.UNAUTHENTICATED, hers.awaitClose(), "her own connection ends at once");
    assertEquals(CloseCodes.GOING_AWAY, leader.awaitClose(), "the live meeting is read anew");
    assertEquals(401, rest.call("GET", "/api/me", annasToken, null).status());
    hers.close();
    leader.close();

    assertEquals(0, server.count("SELECT count(*) FROM meeting_event WHERE payload::text LIKE '%" + name + "%'"), "not in the log");
    assertEquals(0, server.count("SELECT count(*) FROM meeting_snapshot WHERE state::text LIKE '%" + name + "%'"), "nor a snapshot");
    assertEquals(1, server.count("SELECT count(*) FROM person WHERE id = '" + anna + "' AND display_name = '"
        + PersonErasure.ERASED_NAME + "' AND email IS NULL AND phone IS NULL"));
    assertEquals(0, server.count("SELECT count(*) FROM login_link WHERE person_id = '" + anna + "' AND revoked_at IS NULL"));

    try (TestClient back = server.join(leaderToken, meeting, -1)) {
      JsonNode snapshot = back.untilType("snapshot");
      assertFalse(snapshot.toString().contains(name), snapshot.toString());
      assertTrue(snapshot.toString().contains(PersonErasure.ERASED_NAME), snapshot.toString());
    }
    String attendance = rest.ok("GET", "/api/meetings/" + meeting + "/attendance", leaderToken, null).toString();
    assertFalse(attendance.contains(name), attendance);
    assertTrue(attendance.contains(PersonErasure.ERASED_NAME), attendance);
    for (String format : new String[] {"md", "html"}) {
      String export = new String(rest.bytes("/api/meetings/" + meeting + "/minutes." + format, leaderToken), StandardCharsets.UTF_8);
      assertTrue(export.contains("Vi pratade om växelvård.") && !export.contains(name), export);
    }
    try (PDDocument pdf = Loader.loadPDF(rest.bytes("/api/meetings/" + meeting + "/minutes.pdf", leaderToken))) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("Vi pratade om växelvård.") && !text.contains(name), text);
    }
    String compilation = rest.ok("GET", "/api/theme-networks/" + nets.own.theme().id() + "/compilations/1", enabler, null).toString();
    assertTrue(compilation.contains("Anhöriga vill bli tillfrågade tidigare.") && !compilation.contains(name), compilation);
    String members = rest.ok("GET", "/api/local-networks/" + nets.own.local().id(), enabler, null).toString();
    assertFalse(members.contains(name), members);
  }
}

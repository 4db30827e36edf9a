package se.lagetrunt.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.ChangeSet;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.protocol.MinutesCodec;
import se.lagetrunt.store.Retention;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.SubmittedMinutes;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestPostgres;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * Six months after minutes were submitted they forget how they were typed: the final text, and
 * who wrote which part, stay – in the exports, the meeting's state and every client's view – while
 * the keystroke-level updates, and text typed and then deleted, leave the log. A client that last
 * saw the meeting before that is brought to the present by a snapshot, never by a log with holes.
 */
class MinutesCompactionTest {
  private static void push(TestClient client, String id, int version, ChangeSet changes) {
    client.send("{\"type\":\"minutesPush\",\"id\":\"" + id + "\",\"section\":\"opening\",\"version\":" + version
        + ",\"updates\":[{\"clientID\":\"c\",\"changes\":" + Json.write(MinutesCodec.changes(changes)) + "}]}");
    assertEquals("ok", client.until(message -> id.equals(message.path("re").asText())).path("type").asText());
  }

  @Test
  void submittedMinutesKeepTheirTextAndForgetHowItWasTyped() {
    try (TestServer server = TestServer.start(TestPostgres.newDatabase(),
        root -> root.putObject("operations").put("linkRetentionDays", 0).put("meetingRetentionYears", 0).put("typedMinutesMonths", 6))) {
      TwoNetworks nets = new TwoNetworks(server);
      UUID meeting = nets.own.localMeeting();
      String secret = "Anna berättade något hemligt.";
      String opening = "Alla hade läst inbjudan.";
      try (TestClient leader = server.join(nets.own.leader(), meeting, -1)) {
        push(leader, "p1", 0, ChangeSet.replaceAll(0, secret));
        push(leader, "p2", 1, ChangeSet.replaceAll(secret.length(), opening));
      }
      SubmittedMinutes.submitFirstQuestion(server, nets.own.leader(), meeting, "Anhöriga vill bli tillfrågade tidigare.");
      long typed = server.count("SELECT count(*) FROM meeting_event WHERE type = 'minutesUpdated' AND meeting_id = '" + meeting + "'");
      assertTrue(typed >= 3);
      RestClient rest = new RestClient(server);
      String token = server.token(nets.own.leader());
      String before = new String(rest.bytes("/api/meetings/" + meeting + "/minutes.md", token), StandardCharsets.UTF_8);

      assertEquals(0, TestServer.await(server.server().purgeNow()).compactedMinutes(), "just submitted: kept as typed");
      server.clock().advance(Duration.ofDays(190));
      Retention.Purged purged = TestServer.await(server.server().purgeNow());
      assertEquals(1, purged.compactedMinutes(), purged.toString());
      assertEquals(0, TestServer.await(server.server().purgeNow()).compactedMinutes(), "once");

      assertEquals(0, server.count("SELECT count(*) FROM meeting_event WHERE type = 'minutesUpdated' AND meeting_id = '" + meeting + "'"));
      assertEquals(0, server.count("SELECT count(*) FROM meeting_event WHERE payload::text LIKE '%hemligt%'"), "deleted text is gone");
      assertEquals(0, server.count("SELECT count(*) FROM meeting_snapshot WHERE state::text LIKE '%hemligt%'"));
      assertTrue(server.count("SELECT count(*) FROM meeting_event WHERE meeting_id = '" + meeting + "'") > 0, "the rest of the log stays");
      String later = server.token(nets.own.leader()); // half a year on, a new sign-in
      assertEquals(before, new String(rest.bytes("/api/meetings/" + meeting + "/minutes.md", later), StandardCharsets.UTF_8),
          "the same minutes, to the letter");

      try (TestClient fresh = server.join(nets.own.leader(), meeting, -1)) {
        JsonNode opening2 = fresh.untilType("snapshot").at("/state/minutes/sections/opening");
        assertEquals(opening, opening2.path("text").asText());
        assertEquals(nets.own.leader().id().toString(), opening2.at("/authors/0/0").asText(), "who wrote it stays");
      }
      try (TestClient behind = server.join(nets.own.leader(), meeting, 2)) {
        JsonNode next = behind.until(message -> "snapshot".equals(message.path("type").asText())
            || "event".equals(message.path("type").asText()));
        assertEquals("snapshot", next.path("type").asText(), "a client from before is brought up by a snapshot");
      }
    }
  }
}

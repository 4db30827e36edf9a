package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * A person's private calendar feed: their meetings as a calendar program subscribes to them, a
 * moved meeting with a higher SEQUENCE, a cancelled one marked so; a new address ends the old,
 * ending it or leaving the network ends it.
 */
class CalendarFeedTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void aSubscribedCalendarFollowsTheMeetingsUntilTheFeedEnds() {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String participant = server.token(nets.own.participant());
    String leader = server.token(nets.own.leader());
    assertFalse(rest.ok("GET", "/api/me/calendar-feed", participant, null).get("active").asBoolean());
    JsonNode made = rest.ok("POST", "/api/me/calendar-feed", participant, null);
    String url = made.get("url").asText();
    assertTrue(url.startsWith(server.url() + "/calendar/") && url.endsWith(".ics"), url);
    assertTrue(rest.ok("GET", "/api/me/calendar-feed", participant, null).get("active").asBoolean());
    String path = url.substring(server.url().length());

    String ics = feed(rest, path, 200);
    String second = nets.ownLocalMeeting(server, 2).toString();
    String uid = "UID:" + second + "@laget-runt";
    assertTrue(ics.contains(uid), "the participant's own meetings");
    assertFalse(ics.contains(nets.other.localMeeting() + "@laget-runt"), "not another network's");
    assertTrue(event(ics, uid).contains("SEQUENCE:0\r\n"));

    // Moved, then another called off: the calendar takes the newer versions.
    String moved = server.clock().instant().plus(Duration.ofDays(40)).toString();
    rest.ok("PATCH", "/api/meetings/" + second, leader, "{\"startsAt\":\"" + moved + "\"}");
    String fifth = nets.ownLocalMeeting(server, 5).toString();
    rest.ok("POST", "/api/meetings/" + fifth + "/cancel", leader, "{\"reason\":\"Sjukdom\"}");
    String after = feed(rest, path, 200);
    assertTrue(event(after, uid).contains("SEQUENCE:1\r\n"), event(after, uid));
    String fifthEvent = event(after, "UID:" + fifth + "@laget-runt");
    assertTrue(fifthEvent.contains("STATUS:CANCELLED\r\n"), fifthEvent);
    assertTrue(fifthEvent.contains("SEQUENCE:1\r\n"), fifthEvent);

    // A new address ends the old; ending it ends it.
    String renewed = rest.ok("POST", "/api/me/calendar-feed", participant, null).get("url").asText().substring(server.url().length());
    feed(rest, path, 404);
    feed(rest, renewed, 200);
    assertEquals(204, rest.call("DELETE", "/api/me/calendar-feed", participant, null).status());
    feed(rest, renewed, 404);
    feed(rest, "/calendar/not-a-secret.ics", 404);

    // Someone who leaves the network belongs nowhere: their feed answers no more.
    String leaderFeed = rest.ok("POST", "/api/me/calendar-feed", leader, null).get("url").asText().substring(server.url().length());
    String participantFeed = rest.ok("POST", "/api/me/calendar-feed", participant, null).get("url").asText()
        .substring(server.url().length());
    rest.ok("DELETE", "/api/local-networks/" + nets.own.local().id() + "/members/" + nets.own.participant().id(), leader, null);
    feed(rest, participantFeed, 404);
    feed(rest, leaderFeed, 200);

    // The leader's copy of her data tells of the feed, never its secret.
    JsonNode data = rest.ok("GET", "/api/me/data", leader, null);
    assertEquals(1, data.get("calendarFeeds").size());
    assertFalse(data.toString().contains(leaderFeed.substring("/calendar/".length(), leaderFeed.length() - 4)));
  }

  private static String feed(RestClient rest, String path, int status) {
    HttpResponse<byte[]> response = rest.fetch(path, null);
    assertEquals(status, response.statusCode(), path);
    if (status == 200) {
      assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
      assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    }
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** One VEVENT of a calendar, unfolded. */
  private static String event(String ics, String uid) {
    String unfolded = ics.replace("\r\n ", "");
    int at = unfolded.indexOf(uid);
    assertTrue(at >= 0, uid);
    return unfolded.substring(unfolded.lastIndexOf("BEGIN:VEVENT", at), unfolded.indexOf("END:VEVENT", at));
  }
}

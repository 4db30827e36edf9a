package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * After the series: the network goes on with the same people (a meeting of its own, nobody new
 * created), and months after the decision the group meets to follow its plan up, with a question
 * per priority area and the plan at hand.
 */
class NetworkMeetingTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  private final RestClient rest = new RestClient(server);

  @Test
  void aNetworkThatGoesOnMeetsWithTheSamePeople() {
    TwoNetworks nets = new TwoNetworks(server);
    String leader = server.token(nets.own.leader());
    String path = "/api/local-networks/" + nets.own.local().id() + "/meetings";
    String body = "{\"title\":\"Referensgruppen, våren 2027\",\"startsAt\":\"" + server.clock().instant().plus(Duration.ofDays(120))
        + "\",\"questions\":[\"Vad har hänt sedan sist?\"],\"mode\":\"hybrid\"}";
    assertEquals(403, rest.call("POST", path, server.token(nets.own.participant()), body).status());
    assertEquals(403, rest.call("POST", path, server.token(nets.other.leader()), body).status());
    String id = rest.ok("POST", path, leader, body).get("id").asText();

    JsonNode meeting = rest.ok("GET", "/api/meetings/" + id, server.token(nets.own.participant()), null);
    assertEquals("Referensgruppen, våren 2027", meeting.get("title").asText());
    assertEquals(nets.own.local().id().toString(), meeting.get("localNetworkId").asText(), "the network's own meeting");
    assertEquals(7, meeting.get("round").asInt(), "after the series' six");
    assertEquals("hybrid", meeting.get("mode").asText());
    assertEquals("Vad har hänt sedan sist?", meeting.at("/questions/0").asText());
    assertEquals(403, rest.call("GET", "/api/meetings/" + id, server.token(nets.other.participant()), null).status());
    int members = rest.ok("GET", "/api/local-networks/" + nets.own.local().id(), leader, null).get("members").size();
    try (var client = server.join(nets.own.participant(), id, -1)) {
      assertEquals("Vad har hänt sedan sist?", client.next("snapshot").at("/state/board/questions/0/text").asText(), "in, as a member");
    }
    assertEquals(members, rest.ok("GET", "/api/local-networks/" + nets.own.local().id(), leader, null).get("members").size(),
        "nobody new was made for it");
  }

  @Test
  void aDecidedPlanIsFollowedUpInAMeetingOfItsOwn() {
    TwoNetworks nets = new TwoNetworks(server);
    String leader = server.token(nets.own.leader());
    String plan = "/api/plans/" + rest.ok("POST", "/api/local-networks/" + nets.own.local().id() + "/plans", leader, "{}").get("id").asText();
    String area = rest.ok("POST", plan + "/areas", leader, "{\"title\":\"Avlösning i hemmet\"}").at("/areas/0/id").asText();
    rest.ok("POST", "/api/plan-areas/" + area + "/measures", leader, "{\"what\":\"Kartlägg behovet\"}");
    String inSixMonths = "{\"startsAt\":\"" + server.clock().instant().plus(Duration.ofDays(180)) + "\"}";
    assertEquals("plan_status", rest.call("POST", plan + "/follow-up", leader, inSixMonths).body().get("code").asText(),
        "a draft is written, not followed up");
    rest.ok("POST", plan + "/status", leader, "{\"status\":\"proposed\"}");
    rest.ok("POST", plan + "/status", leader, "{\"status\":\"sent\",\"sentTo\":\"Kommunstyrelsen\",\"sentOn\":\"2027-01-10\"}");
    rest.ok("POST", plan + "/status", leader, "{\"status\":\"adopted\",\"decidedOn\":\"2027-02-14\"}");
    assertEquals(403, rest.call("POST", plan + "/follow-up", server.token(nets.own.participant()), inSixMonths).status());

    String meetingId = rest.ok("POST", plan + "/follow-up", leader, inSixMonths).get("id").asText();
    assertEquals(meetingId, rest.ok("GET", plan, leader, null).get("followUpMeetingId").asText());
    JsonNode meeting = rest.ok("GET", "/api/meetings/" + meetingId, server.token(nets.own.participant()), null);
    assertEquals("Uppföljning av lokal plan – " + nets.own.local().name(), meeting.get("title").asText());
    assertEquals("Hur har det gått med avlösning i hemmet?", meeting.at("/questions/0").asText());
    assertEquals(plan.substring("/api/plans/".length()), meeting.at("/plan/id").asText(), "the plan at hand in the meeting");
    assertTrue(meeting.at("/plan/followsUp").asBoolean());
    assertTrue(meeting.get("purpose").asText().contains("hur långt varje åtgärd har kommit"));
  }
}

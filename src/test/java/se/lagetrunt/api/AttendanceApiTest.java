package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/** Attendance from live joins and room seats, per meeting, per series and as CSV. */
class AttendanceApiTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void joiningAndSeatsAreCountedPerStakeholderGroup() {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String leaderToken = server.token(nets.own.leader());
    try (TestClient leader = server.join(nets.own.leader(), nets.own.localMeeting(), -1);
        TestClient carer = server.join(nets.own.participant(), nets.own.localMeeting(), -1);
        TestClient carerPhone = server.join(nets.own.participant(), nets.own.localMeeting(), -1)) {
      leader.send("{\"type\":\"addSeat\",\"id\":\"s-1\",\"name\":\"Per Politiker\",\"group\":\"politician\",\"via\":\"room\"}");
      JsonNode seat = leader.untilEvent("seatAdded");
      assertEquals("s1", seat.at("/event/seat/seatId").asText());
      assertEquals("room", seat.at("/event/seat/via").asText());
      leader.send("{\"type\":\"addSeat\",\"id\":\"s-2\",\"name\":\"Gäst\",\"group\":\"civil-society\",\"via\":\"phone\"}");
      leader.untilEvent("seatAdded");
      leader.send("{\"type\":\"removeSeat\",\"id\":\"s-3\",\"seatId\":\"s2\"}");
      leader.untilEvent("seatRemoved");

      leader.send("{\"type\":\"addSeat\",\"id\":\"bad-1\",\"name\":\"X\",\"group\":\"astronaut\"}");
      assertEquals("bad_message", leader.until(m -> "bad-1".equals(m.path("re").asText())).get("code").asText());
      leader.send("{\"type\":\"removeSeat\",\"id\":\"bad-2\",\"seatId\":\"s99\"}");
      assertEquals("unknown_seat", leader.until(m -> "bad-2".equals(m.path("re").asText())).get("code").asText());
      carer.send("{\"type\":\"addSeat\",\"id\":\"bad-3\",\"name\":\"Jag\",\"group\":\"other\"}");
      assertEquals("not_allowed", carer.until(m -> "bad-3".equals(m.path("re").asText())).get("code").asText());
    }

    JsonNode attendance = rest.ok("GET", "/api/meetings/" + nets.own.localMeeting() + "/attendance", leaderToken, null);
    assertEquals(3, attendance.get("total").asInt(), attendance.toString());
    assertEquals(1, attendance.at("/byGroup/family-carer").asInt(), "two devices, one carer");
    assertEquals(1, attendance.at("/byGroup/official").asInt());
    assertEquals(1, attendance.at("/byGroup/politician").asInt());
    assertEquals(0, attendance.at("/byGroup/civil-society").asInt(), "the removed seat does not count");

    JsonNode series = rest.ok("GET", "/api/series/" + nets.own.series() + "/attendance", leaderToken, null);
    assertEquals(6, series.size());
    assertEquals(3, series.get(0).get("total").asInt());
    assertEquals(0, series.get(1).get("total").asInt());

    JsonNode balance = rest.ok("GET", "/api/series/" + nets.own.series() + "/balance", leaderToken, null);
    assertEquals(6, balance.size());
    assertEquals(1, balance.get(0).at("/groups/family-carer/people").asInt());
    assertEquals(1, balance.get(0).at("/groups/politician/people").asInt());
    assertTrue(balance.get(1).get("groups").isEmpty(), "nobody came to meeting 2 yet");

    RestClient.Reply csv = rest.call("GET", "/api/series/" + nets.own.series() + "/attendance.csv", leaderToken, null);
    assertTrue(csv.contentType().startsWith("text/csv"));
    String[] lines = csv.text().split("\r\n");
    assertTrue(lines[0].startsWith("\uFEFFMöte;Titel;Tid;Totalt;Anhöriga;"), lines[0]);
    assertTrue(lines[1].matches("1;Möte 1 – Introduktion;\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d;3;1;.*"), lines[1]);
    assertEquals(7, lines.length);
  }
}

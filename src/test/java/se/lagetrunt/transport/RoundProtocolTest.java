package se.lagetrunt.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;

/** A round through the live room: the server decides who is present; the absent are returned to. */
class RoundProtocolTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void aRoundWithASeatAndSomeoneWhoDropsOutAndComesBack() {
    Person lena = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    Person anna = server.person("Anna Anhörig", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
    Person bo = server.person("Bo Biståndshandläggare", AccountRole.PARTICIPANT, StakeholderGroup.OFFICIAL);
    MeetingInfo meeting = server.meeting(lena, MeetingRole.LEADER);
    server.addMember(meeting, anna, MeetingRole.PARTICIPANT);
    server.addMember(meeting, bo, MeetingRole.PARTICIPANT);
    String l = lena.id().toString();
    String a = anna.id().toString();
    String b = bo.id().toString();

    try (TestClient leader = server.join(lena, meeting.id(), -1); TestClient boClient = server.join(bo, meeting.id(), -1)) {
      TestClient annaClient = server.join(anna, meeting.id(), -1);
      leader.send("{\"type\":\"addSeat\",\"id\":\"seat\",\"name\":\"Gäst i rummet\",\"group\":\"other\"}");
      leader.untilEvent("seatAdded");

      leader.send("{\"type\":\"startRound\",\"id\":\"bad\",\"order\":\"custom\",\"custom\":[\"nobody\"]}");
      assertEquals("unknown_person", leader.until(m -> "bad".equals(m.path("re").asText())).get("code").asText());
      leader.send("{\"type\":\"startRound\",\"id\":\"r\",\"order\":\"custom\",\"custom\":[\"" + l + "\",\"" + b + "\",\"" + a + "\"]}");
      JsonNode started = leader.untilEvent("roundStarted");
      assertEquals(List.of(l, b, a, "s1"), texts(started.at("/event/order")), "the room added the seat it knows of");
      assertEquals(l, leader.untilEvent("turnStarted").at("/event/who").asText());

      endTurn(leader, "e1", l, "done");
      turnOf(boClient, b);
      annaClient.send("{\"type\":\"endTurn\",\"id\":\"x\",\"who\":\"" + b + "\",\"outcome\":\"done\"}");
      assertEquals("not_allowed", annaClient.until(m -> "x".equals(m.path("re").asText())).get("code").asText(),
          "nobody ends someone else's turn but the leader");
      boClient.send("{\"type\":\"endTurn\",\"id\":\"y\",\"who\":\"" + a + "\",\"outcome\":\"done\"}");
      assertEquals("not_your_turn", boClient.until(m -> "y".equals(m.path("re").asText())).get("code").asText());

      annaClient.close();
      leader.untilType("presence");
      endTurn(boClient, "e2", b, "done");
      assertEquals(a, leader.untilEvent("turnDeferred").at("/event/who").asText(), "Anna is away: passed over");
      assertEquals("s1", leader.until(m -> "turnStarted".equals(m.at("/event/type").asText())
          && !m.at("/event/who").asText().equals(l) && !m.at("/event/who").asText().equals(b)).at("/event/who").asText(),
          "after Bo, the seat – not Anna");

      try (TestClient back = server.join(anna, meeting.id(), -1)) {
        JsonNode snapshot = back.next("snapshot");
        assertEquals(0, snapshot.at("/state/turns/spokenMillis").size(), "per-person time is for the leader");
        try (TestClient leaderAgain = server.join(lena, meeting.id(), -1)) {
          assertEquals(true, leaderAgain.next("snapshot").at("/state/turns/spokenMillis").has(l));
        }
        endTurn(leader, "e3", "s1", "done");
        assertEquals(a, back.untilEvent("turnStarted").at("/event/who").asText(), "and returned to when back");
        back.send("{\"type\":\"raiseHand\",\"id\":\"h\",\"kind\":\"new-topic\"}");
        assertEquals(a, back.untilEvent("handRaised").at("/event/who").asText(), "raised for herself");
        endTurn(back, "e4", a, "pass");
        assertEquals("passed", back.untilEvent("turnEnded").at("/event/outcome").asText());
        back.untilEvent("roundEnded");
      }
    }
  }

  @Test
  void aRoundCarriedOverShowsUpForTheLeaderOfTheNextMeeting() {
    se.lagetrunt.testing.TwoNetworks nets = new se.lagetrunt.testing.TwoNetworks(server);
    se.lagetrunt.testing.RestClient rest = new se.lagetrunt.testing.RestClient(server);
    String leaderToken = server.token(nets.own.leader());
    String l = nets.own.leader().id().toString();
    String p = nets.own.participant().id().toString();
    try (TestClient leader = server.join(leaderToken, nets.own.localMeeting(), -1);
        TestClient carer = server.join(nets.own.participant(), nets.own.localMeeting(), -1)) {
      leader.send("{\"type\":\"startRound\",\"id\":\"r\"}");
      turnOf(leader, l);
      leader.send("{\"type\":\"carryOver\",\"id\":\"c\"}");
      JsonNode carried = leader.untilEvent("roundCarriedOver");
      assertEquals(List.of(l, p), texts(carried.at("/event/remaining")));
      leader.untilEvent("roundEnded");
    }
    String second = null;
    for (JsonNode meeting : rest.ok("GET", "/api/meetings", leaderToken, null)) {
      if (meeting.get("round").asInt() == 2 && "local".equals(meeting.get("kind").asText())) {
        second = meeting.get("id").asText();
      }
    }
    JsonNode next = rest.ok("GET", "/api/meetings/" + second, leaderToken, null);
    assertEquals("Möte 1 – Introduktion", next.at("/carriedOver/fromTitle").asText());
    assertEquals("Anhörig Umeå", next.at("/carriedOver/remaining/1/name").asText());
    JsonNode forParticipant = rest.ok("GET", "/api/meetings/" + second, server.token(nets.own.participant()), null);
    assertEquals(true, forParticipant.get("carriedOver").isNull(), "for those who steer");
  }

  private static void turnOf(TestClient client, String who) {
    client.until(m -> "turnStarted".equals(m.at("/event/type").asText()) && who.equals(m.at("/event/who").asText()));
  }

  private static void endTurn(TestClient client, String id, String who, String outcome) {
    client.send("{\"type\":\"endTurn\",\"id\":\"" + id + "\",\"who\":\"" + who + "\",\"outcome\":\"" + outcome + "\"}");
  }

  private static List<String> texts(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(item -> list.add(item.asText()));
    return list;
  }
}

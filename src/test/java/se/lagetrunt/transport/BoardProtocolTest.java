package se.lagetrunt.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.NetworkRole;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;
import se.lagetrunt.testing.WebSocketTestClient;

/** The question board over the socket and REST, against the real server and Postgres. */
class BoardProtocolTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  private static TwoNetworks nets;
  private static RestClient rest;

  @BeforeAll
  static void networks() {
    nets = new TwoNetworks(server);
    rest = new RestClient(server);
  }

  private static JsonNode reply(TestClient client, String id) {
    return client.until(m -> id.equals(m.path("re").asText()));
  }

  private static JsonNode board(UUID meetingId, Person person) {
    return rest.ok("GET", "/api/meetings/" + meetingId, server.token(person), null).get("board");
  }

  private static List<String> texts(JsonNode board) {
    List<String> texts = new ArrayList<>();
    board.get("questions").forEach(q -> texts.add(q.get("text").asText()));
    return texts;
  }

  @Test
  void membersProposeAndSupportAndTheLeaderTakesTheProposalToTheCentre() {
    Person bo = nets.freshMember(server, NetworkRole.PARTICIPANT);
    Person cilla = nets.freshMember(server, NetworkRole.PARTICIPANT);
    UUID meeting = nets.own.localMeeting();
    int planned = board(meeting, nets.own.participant()).get("questions").size();
    assertTrue(planned >= 1, "the series plan put the template's questions on the board");
    try (TestClient leader = server.join(nets.own.leader(), meeting, -1);
        TestClient anna = server.join(nets.own.participant(), meeting, -1);
        TestClient boClient = server.join(bo, meeting, -1);
        TestClient cillaClient = server.join(cilla, meeting, -1)) {
      anna.send("{\"type\":\"proposeQuestion\",\"id\":\"p1\",\"text\":\"Hur når vi anhöriga som inte syns?\"}");
      JsonNode proposed = boClient.untilEvent("questionProposed");
      String proposal = proposed.at("/event/proposalId").asText();
      assertEquals("Anhörig Umeå", proposed.at("/event/byName").asText(), "the room names the proposer");
      assertEquals(nets.own.participant().id().toString(), proposed.at("/event/by").asText());

      boClient.send("{\"type\":\"supportProposal\",\"id\":\"s1\",\"proposalId\":\"" + proposal + "\"}");
      assertEquals("ok", reply(boClient, "s1").get("type").asText());
      cillaClient.send("{\"type\":\"supportProposal\",\"id\":\"s2\",\"proposalId\":\"" + proposal + "\"}");
      assertEquals("ok", reply(cillaClient, "s2").get("type").asText());
      boClient.send("{\"type\":\"supportProposal\",\"id\":\"s3\",\"proposalId\":\"" + proposal + "\"}");
      assertEquals("already_supported", reply(boClient, "s3").get("code").asText(), "one vote each");
      anna.send("{\"type\":\"acceptProposal\",\"id\":\"a0\",\"proposalId\":\"" + proposal + "\"}");
      assertEquals("not_allowed", reply(anna, "a0").get("code").asText());

      leader.send("{\"type\":\"acceptProposal\",\"id\":\"a1\",\"proposalId\":\"" + proposal + "\"}");
      String question = leader.untilEvent("questionAdded").at("/event/questionId").asText();
      assertEquals("ok", reply(leader, "a1").get("type").asText());
      leader.send("{\"type\":\"setQuestionStatus\",\"id\":\"c1\",\"questionId\":\"" + question + "\",\"status\":\"current\"}");
      for (TestClient client : List.of(anna, boClient, cillaClient)) {
        JsonNode current = client.until(m -> "questionStatusChanged".equals(m.at("/event/type").asText())
            && "current".equals(m.at("/event/status").asText()));
        assertEquals(question, current.at("/event/questionId").asText());
      }
      leader.send("{\"type\":\"startRound\",\"id\":\"r1\"}");
      assertEquals(question, anna.untilEvent("roundStarted").at("/event/questionId").asText(),
          "a round is about the question at the centre");
    }
    JsonNode board = board(meeting, nets.own.participant());
    JsonNode accepted = board.get("questions").get(planned);
    assertEquals("Hur når vi anhöriga som inte syns?", accepted.get("text").asText());
    assertEquals("current", accepted.get("status").asText());
    assertEquals("proposed", accepted.get("origin").asText());
    assertEquals(2, board.at("/proposals/0/supporters").size());
    assertEquals("accepted", board.at("/proposals/0/status").asText());
  }

  @Test
  void badBoardCommandsAreRefusedWithACodeAndChangeNothing() {
    UUID meeting = nets.own.localMeeting();
    UUID otherMeeting = nets.other.localMeeting();
    String foreignQuestion = board(otherMeeting, nets.other.leader()).at("/questions/0/id").asText();
    JsonNode before = board(meeting, nets.own.leader());
    List<String> otherBefore = texts(board(otherMeeting, nets.other.leader()));
    try (TestClient leader = server.join(nets.own.leader(), meeting, -1)) {
      String[][] cases = {
          {"{\"type\":\"addQuestion\",\"id\":\"b1\",\"text\":\"   \"}", "invalid_text"},
          {"{\"type\":\"addQuestion\",\"id\":\"b2\",\"text\":\"" + "å".repeat(501) + "\"}", "text_too_long"},
          {"{\"type\":\"moveQuestion\",\"id\":\"b3\",\"questionId\":\"" + foreignQuestion + "\",\"toIndex\":0}",
              "unknown_question"},
          {"{\"type\":\"moveQuestion\",\"id\":\"b4\",\"questionId\":\"" + before.at("/questions/0/id").asText()
              + "\",\"toIndex\":99}", "invalid_position"},
          {"{\"type\":\"supportProposal\",\"id\":\"b5\",\"proposalId\":\"nope\"}", "unknown_proposal"},
          {"{\"type\":\"addBackground\",\"id\":\"b6\",\"title\":\"x\",\"url\":\"javascript:alert(1)\"}", "invalid_link"},
          {"{\"type\":\"setQuestionStatus\",\"id\":\"b7\",\"questionId\":\"q\",\"status\":\"finished\"}", "bad_message"},
          {"{\"type\":\"proposeQuestion\",\"id\":\"b8\",\"text\":\"rad ett\\nrad två\"}", "invalid_text"},
      };
      for (String[] c : cases) {
        leader.send(c[0]);
        JsonNode error = leader.until(m -> m.has("re") && c[0].contains("\"" + m.path("re").asText() + "\""));
        assertEquals(c[1], error.path("code").asText(), c[0]);
      }
      leader.send("{\"type\":\"addQuestion\",\"id\":\"fine\",\"text\":\"Och sedan?\"}");
      assertEquals("ok", reply(leader, "fine").get("type").asText(), "the connection survives every refusal");
    }
    assertEquals(texts(before).size() + 1, texts(board(meeting, nets.own.leader())).size());
    assertEquals(otherBefore, texts(board(otherMeeting, nets.other.leader())), "another meeting's board is untouched");
  }

  @Test
  void aRoomScreenShowsTheMeetingButIsNotAPersonAndCannotChangeIt() {
    UUID meeting = nets.own.localMeeting();
    try (TestClient leader = server.join(nets.own.leader(), meeting, -1);
        TestClient screen = WebSocketTestClient.connect(server.port(), server.url())) {
      screen.send("{\"type\":\"hello\",\"v\":1,\"token\":\"" + server.token(nets.own.leader()) + "\",\"meeting\":\""
          + meeting + "\",\"display\":true}");
      screen.next("welcome");
      JsonNode presence = screen.untilType("presence");
      assertEquals(1, presence.get("people").size());
      assertEquals(1, presence.at("/people/0/connections").asInt(), "the screen is not a second device of the leader");
      screen.send("{\"type\":\"addQuestion\",\"id\":\"x1\",\"text\":\"Från skärmen\"}");
      assertEquals("read_only", reply(screen, "x1").get("code").asText());
      leader.send("{\"type\":\"addQuestion\",\"id\":\"x2\",\"text\":\"Till skärmen\"}");
      assertEquals("Till skärmen", screen.untilEvent("questionAdded").at("/event/text").asText());
    }
  }

  @Test
  void joiningDaysAheadToReadTheBoardIsNotAttendance() {
    UUID second = secondLocalMeeting();
    try (TestClient anna = server.join(nets.own.participant(), second, -1)) {
      anna.send("{\"type\":\"proposeQuestion\",\"id\":\"early\",\"text\":\"Kan vi börja med fika?\"}");
      assertEquals("ok", reply(anna, "early").get("type").asText(), "members propose before the meeting");
    }
    JsonNode attendance = rest.ok("GET", "/api/meetings/" + second + "/attendance", server.token(nets.own.leader()), null);
    assertEquals(0, attendance.get("total").asInt(), attendance.toString());
  }

  @Test
  void aPreMeetingSharesItsQuestionsWithTheLocalMeetingsOfItsRoundAndEnablersSeeWhatIsSetAside() {
    UUID pre = nets.own.preMeeting();
    UUID local = nets.own.localMeeting();
    try (TestClient enabler = server.join(nets.own.enabler(), pre, -1);
        TestClient watcher = server.join(nets.own.participant(), local, -1)) {
      enabler.send("{\"type\":\"addQuestion\",\"id\":\"e1\",\"text\":\"Vad har ni för erfarenheter av hemsjukvård?\"}");
      assertEquals("ok", reply(enabler, "e1").get("type").asText());

      JsonNode shared = rest.ok("POST", "/api/meetings/" + pre + "/share-questions", server.token(nets.own.enabler()), null);
      assertEquals(1, shared.get("meetings").asInt(), "one local network in the theme, one meeting in round 1");
      assertEquals(1, shared.get("changed").asInt());
      assertTrue(shared.get("questions").toString().contains("hemsjukvård"));
      JsonNode planned = watcher.untilEvent("questionsPlanned");
      assertTrue(planned.toString().contains("hemsjukvård"), "a board someone has open gets them live");
    }
    assertEquals(1, rest.ok("POST", "/api/meetings/" + pre + "/share-questions", server.token(nets.own.enabler()), null)
        .get("meetings").asInt(), "sharing again is safe");
    // With the questions, the title and purpose the leaders agreed for the round's local meetings.
    JsonNode withDetails = rest.ok("POST", "/api/meetings/" + pre + "/share-questions", server.token(nets.own.enabler()),
        "{\"title\":\"Möte 1 – Hemsjukvården i dag\",\"purpose\":\"Att höra varandras erfarenheter av hemsjukvård.\"}");
    assertEquals(1, withDetails.get("detailsShared").asInt());
    JsonNode localNow = rest.ok("GET", "/api/meetings/" + local, server.token(nets.own.leader()), null);
    assertEquals("Möte 1 – Hemsjukvården i dag", localNow.get("title").asText());
    assertEquals("Att höra varandras erfarenheter av hemsjukvård.", localNow.get("purpose").asText());
    assertEquals("invalid_field", rest.call("POST", "/api/meetings/" + pre + "/share-questions", server.token(nets.own.enabler()),
        "{\"title\":\"\"}").body().get("code").asText());
    assertEquals(409, rest.call("POST", "/api/meetings/" + local + "/share-questions", server.token(nets.own.leader()),
        null).status(), "only a pre-meeting shares");

    JsonNode board = board(local, nets.own.leader());
    String national = null;
    for (JsonNode q : board.get("questions")) {
      if (q.get("text").asText().contains("hemsjukvård")) {
        national = q.get("id").asText();
        assertEquals("planned", q.get("origin").asText());
      }
    }
    try (TestClient leader = server.join(nets.own.leader(), local, -1)) {
      leader.send("{\"type\":\"markNotRelevant\",\"id\":\"n1\",\"questionId\":\"" + national
          + "\",\"reason\":\"Vi har ingen hemsjukvård i kommunen än\"}");
      assertEquals("ok", reply(leader, "n1").get("type").asText());
    }
    JsonNode setAside = rest.ok("GET", "/api/theme-networks/" + nets.own.theme().id() + "/set-aside",
        server.token(nets.own.enabler()), null);
    assertEquals(1, setAside.size());
    assertEquals("Umeå", setAside.at("/0/localNetwork").asText());
    assertEquals("Vi har ingen hemsjukvård i kommunen än", setAside.at("/0/reason").asText());
    assertEquals(403, rest.call("GET", "/api/theme-networks/" + nets.own.theme().id() + "/set-aside",
        server.token(nets.other.enabler()), null).status());
  }

  @Test
  void editingQuestionsOverRestReachesAnOpenBoard() {
    UUID second = secondLocalMeeting();
    try (TestClient anna = server.join(nets.own.participant(), second, -1)) {
      rest.ok("PATCH", "/api/meetings/" + second, server.token(nets.own.leader()),
          "{\"questions\":[\"Vad är viktigast för oss?\",\"Vem gör vad?\"]}");
      JsonNode planned = anna.untilEvent("questionsPlanned");
      assertEquals(2, planned.at("/event/questions").size());
    }
    assertEquals(List.of("Vad är viktigast för oss?", "Vem gör vad?"), texts(board(second, nets.own.participant())));
    JsonNode same = rest.ok("PATCH", "/api/meetings/" + second, server.token(nets.own.leader()),
        "{\"questions\":[\"Vad är viktigast för oss?\",\"Vem gör vad?\"]}");
    assertEquals("Vad är viktigast för oss?", same.at("/questions/0").asText(), "the same questions again change nothing");
    assertFalse(rest.call("PATCH", "/api/meetings/" + second, server.token(nets.own.leader()),
        "{\"questions\":[\"två\\nrader\"]}").ok());
  }

  private static UUID secondLocalMeeting() {
    for (JsonNode meeting : rest.ok("GET", "/api/meetings", server.token(nets.own.leader()), null)) {
      if (meeting.get("round").asInt() == 2 && "local".equals(meeting.get("kind").asText())) {
        return UUID.fromString(meeting.get("id").asText());
      }
    }
    throw new AssertionError("the series has a second meeting");
  }
}

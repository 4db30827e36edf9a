package se.lagetrunt.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;

/** The minutes' central authority over each transport, against the real server and Postgres. */
class MinutesProtocolTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  private Person leader;
  private Person noteTaker;
  private Person carer;
  private MeetingInfo meeting;

  @BeforeEach
  void meeting() {
    leader = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    noteTaker = server.person("Nora Antecknare", AccountRole.PARTICIPANT, StakeholderGroup.CARE_STAFF);
    carer = server.person("Anna Anhörig", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
    meeting = server.meeting(leader, MeetingRole.LEADER);
    server.addMember(meeting, noteTaker, MeetingRole.NOTE_TAKER);
    server.addMember(meeting, carer, MeetingRole.PARTICIPANT);
  }

  private static String push(String id, String section, int version, String clientId, String changes) {
    return "{\"type\":\"minutesPush\",\"id\":\"" + id + "\",\"section\":\"" + section + "\",\"version\":" + version
        + ",\"updates\":[{\"clientID\":\"" + clientId + "\",\"changes\":" + changes + "}]}";
  }

  private static JsonNode reply(TestClient client, String id) {
    return client.until(m -> id.equals(m.path("re").asText()));
  }

  private String savedText() {
    return TestServer.await(server.server().services().eventLog().currentState(meeting.id())).minutes()
        .section("opening").text();
  }

  @ParameterizedTest
  @ValueSource(strings = {"websocket", "sockjs"})
  void updatesAreRebasedOverThoseSinceSavedThenSentToEveryone(String transport) {
    try (TestClient lena = server.join(leader, meeting.id(), -1);
        TestClient nora = Clients.connect(server, transport);
        TestClient anna = server.join(carer, meeting.id(), -1)) {
      nora.hello(server.token(noteTaker), meeting.id(), -1);
      nora.next("welcome");
      nora.send(push("n1", "opening", 0, "nora", "[[0,\"Vi minns förra mötet.\"]]"));
      JsonNode ok = reply(nora, "n1");
      assertEquals("ok", ok.get("type").asText());
      assertEquals("Vi minns förra mötet.", savedText(), "committed when ok arrives");
      JsonNode seen = anna.untilEvent("minutesUpdated");
      assertEquals("nora", seen.at("/event/clientID").asText());
      assertEquals("[[0,\"Vi minns förra mötet.\"]]", seen.at("/event/changes").toString());
      assertEquals(noteTaker.id().toString(), seen.at("/event/author").asText());

      lena.send(push("l1", "opening", 0, "lena", "[[0,\"Hej. \"]]"));
      assertEquals("ok", reply(lena, "l1").get("type").asText(), "made against the old version, rebased by the server");
      JsonNode rebased = anna.until(m -> "lena".equals(m.at("/event/clientID").asText()));
      assertEquals("[[0,\"Hej. \"],21]", rebased.at("/event/changes").toString(), "as it applies to the text after Nora's");
      lena.send(push("l2", "opening", 0, "lena", "[[0,\"Igen \"]]"));
      assertEquals("version_conflict", reply(lena, "l2").get("code").asText(),
          "this browser's own update is among those since: it has to catch up first");
      nora.send(push("n1", "opening", 0, "nora", "[[0,\"Vi minns förra mötet.\"]]"));
      assertEquals(ok.get("seq").asLong(), reply(nora, "n1").get("seq").asLong(), "a retry is answered, not applied again");
      assertEquals("Hej. Vi minns förra mötet.", savedText());

      for (String[] bad : List.of(
          new String[] {push("b1", "opening", 2, "lena", "[[3,\"x\"]]"), "invalid_changes"},
          new String[] {push("b2", "appendix", 0, "lena", "[[0,\"x\"]]"), "unknown_section"},
          new String[] {push("b3", "opening", 2, "lena", "[\"x\"]"), "bad_message"},
          new String[] {push("b4", "opening", 2, "bad id!", "[[0,\"x\"],26]"), "invalid_changes"},
          new String[] {push("b5", "opening", 999, "lena", "[[0,\"x\"],26]"), "version_conflict"},
          new String[] {push("b6", "opening", 2, "lena", "[26,[0,\"past the end\"],5]"), "invalid_changes"},
          new String[] {push("b8", "opening", 2, "lena", "[[0,\"A\\ud83dx\"],26]"), "invalid_text"},
          new String[] {"{\"type\":\"minutesPush\",\"id\":\"b7\",\"section\":\"opening\",\"version\":2,\"updates\":\"x\"}",
              "bad_message"})) {
        lena.send(bad[0]);
        String id = bad[0].substring(bad[0].indexOf("\"id\":\"") + 6, bad[0].indexOf('"', bad[0].indexOf("\"id\":\"") + 6));
        assertEquals(bad[1], reply(lena, id).get("code").asText(), bad[0]);
      }
      // The author is who the session is, whatever a message claims.
      lena.send("{\"type\":\"minutesPush\",\"id\":\"sp\",\"section\":\"other\",\"version\":0,\"author\":\""
          + carer.id() + "\",\"updates\":[{\"clientID\":\"lena\",\"author\":\"" + carer.id() + "\",\"changes\":[[0,\"x\"]]}]}");
      reply(lena, "sp");
      assertEquals(leader.id().toString(), anna.until(m -> "other".equals(m.at("/event/section").asText()))
          .at("/event/author").asText());
      anna.send(push("a1", "opening", 2, "anna", "[[0,\"Jag skriver också.\"],26]"));
      assertEquals("not_allowed", reply(anna, "a1").get("code").asText(), "participants read the minutes");
      assertEquals("Hej. Vi minns förra mötet.", savedText(), "nothing refused was written");
    }
  }

  /** What is said in a local network stays in the group: its enablers see that minutes changed, not what. */
  @org.junit.jupiter.api.Test
  void anEnablerInALocalMeetingGetsNoneOfItsMinutes() {
    se.lagetrunt.testing.TwoNetworks nets = new se.lagetrunt.testing.TwoNetworks(server);
    java.util.UUID local = nets.own.localMeeting();
    try (TestClient lena = server.join(nets.own.leader(), local, -1);
        TestClient enabler = server.join(nets.own.enabler(), local, -1)) {
      lena.send(push("p1", "opening", 0, "lena", "[[0,\"Annas berättelse om sin mamma.\"]]"));
      long seq = reply(lena, "p1").get("seq").asLong();
      JsonNode seen = enabler.until(m -> m.path("seq").asLong() == seq && "event".equals(m.path("type").asText()));
      assertEquals("withheld", seen.at("/event/type").asText(), "the sequence has no gap, the text is not there");
      assertEquals(false, seen.toString().contains("Annas"));
      enabler.send(push("e1", "opening", 1, "enabler", "[[0,\"x\"],31]"));
      assertEquals("not_allowed", reply(enabler, "e1").get("code").asText());
    }
    try (TestClient late = se.lagetrunt.transport.Clients.connect(server, "websocket")) {
      late.hello(server.token(nets.own.enabler()), local, -1);
      late.next("welcome");
      JsonNode first = late.next();
      String all = first.toString();
      while (!"presence".equals(first.path("type").asText())) {
        first = late.next();
        all += first.toString();
      }
      assertEquals(false, all.contains("Annas"), "nor on joining later: " + all);
    }
  }
}

package se.lagetrunt.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import java.util.UUID;
import se.lagetrunt.domain.NetworkRole;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TwoNetworks;
import se.lagetrunt.testing.TestServer;

/**
 * The voice call's signalling through the room, over both transports: peers learn of each other,
 * offers, answers and candidates reach exactly the peer they are for and no one outside the call
 * or the meeting, a room screen cannot take part, and a connection that ends leaves the call.
 */
class VoiceSignallingTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @ParameterizedTest
  @ValueSource(strings = {"websocket", "sockjs"})
  void signalsGoFromOnePeerToAnotherOfTheSameCallOnly(String transport) {
    Person lena = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    Person anna = server.person("Anna Anhörig", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
    Person sven = server.person("Sven Annanstans", AccountRole.LEADER, StakeholderGroup.POLITICIAN);
    MeetingInfo meeting = server.meeting(lena, MeetingRole.LEADER);
    server.addMember(meeting, anna, MeetingRole.PARTICIPANT);
    MeetingInfo elsewhere = server.meeting(sven, MeetingRole.LEADER);
    try (TestClient lenaClient = join(transport, lena, meeting);
        TestClient annaClient = join(transport, anna, meeting);
        TestClient outsider = join(transport, sven, elsewhere);
        TestClient screen = server.connect(transport)) {
      annaClient.send("{\"type\":\"voiceSignal\",\"id\":\"early\",\"to\":\"abc\",\"kind\":\"offer\",\"data\":{}}");
      assertEquals("not_in_call", reply(annaClient, "early").get("code").asText(), "in the call first");

      lenaClient.send("{\"type\":\"voiceJoin\"}");
      JsonNode lenaJoined = lenaClient.untilType("voiceJoined");
      assertEquals(0, lenaJoined.get("peers").size());
      String lenaPeer = lenaJoined.get("you").asText();

      annaClient.send("{\"type\":\"voiceJoin\"}");
      JsonNode annaJoined = annaClient.untilType("voiceJoined");
      String annaPeer = annaJoined.get("you").asText();
      assertEquals(lenaPeer, annaJoined.at("/peers/0/peerId").asText(), "the one who comes calls those already there");
      assertEquals("Lena Ledare", annaJoined.at("/peers/0/name").asText());
      JsonNode arrived = lenaClient.untilType("voicePeerJoined");
      assertEquals(annaPeer, arrived.at("/peer/peerId").asText());
      assertEquals(anna.id().toString(), arrived.at("/peer/personId").asText());

      annaClient.send("{\"type\":\"voiceSignal\",\"to\":\"" + lenaPeer + "\",\"kind\":\"offer\",\"data\":{\"type\":\"offer\",\"sdp\":\"v=0 …\"}}");
      JsonNode offer = lenaClient.untilType("voiceSignal");
      assertEquals(annaPeer, offer.get("from").asText());
      assertEquals("offer", offer.get("kind").asText());
      assertEquals("v=0 …", offer.at("/data/sdp").asText());
      lenaClient.send("{\"type\":\"voiceSignal\",\"to\":\"" + annaPeer + "\",\"kind\":\"candidate\",\"data\":{\"candidate\":\"candidate:1 1 udp 1 127.0.0.1 5000 typ host\"}}");
      assertEquals(lenaPeer, annaClient.untilType("voiceSignal").get("from").asText());

      // Someone in another meeting cannot reach into this call, even knowing a peer id.
      outsider.send("{\"type\":\"voiceJoin\"}");
      outsider.untilType("voiceJoined");
      outsider.send("{\"type\":\"voiceSignal\",\"id\":\"x1\",\"to\":\"" + lenaPeer + "\",\"kind\":\"offer\",\"data\":{}}");
      assertEquals("unknown_peer", reply(outsider, "x1").get("code").asText());
      // A room screen shows the meeting; it is not in the call.
      screen.send("{\"type\":\"hello\",\"v\":1,\"token\":\"" + server.token(lena) + "\",\"meeting\":\"" + meeting.id()
          + "\",\"lastSeq\":-1,\"display\":true}");
      screen.next("welcome");
      screen.send("{\"type\":\"voiceJoin\",\"id\":\"s1\"}");
      assertEquals("read_only", reply(screen, "s1").get("code").asText());
      for (String bad : new String[] {"{\"type\":\"voiceSignal\",\"id\":\"b1\",\"to\":\"" + lenaPeer + "\",\"kind\":\"shout\",\"data\":{}}",
          "{\"type\":\"voiceSignal\",\"id\":\"b2\",\"to\":\"NOT A PEER\",\"kind\":\"offer\",\"data\":{}}",
          "{\"type\":\"voiceSignal\",\"id\":\"b3\",\"to\":\"" + lenaPeer + "\",\"kind\":\"offer\",\"data\":\"x\"}"}) {
        annaClient.send(bad);
        String id = bad.substring(bad.indexOf("\"id\":\"") + 6, bad.indexOf("\"id\":\"") + 8);
        assertEquals("bad_message", reply(annaClient, id).get("code").asText(), bad);
      }

      annaClient.send("{\"type\":\"voiceLeave\"}");
      assertEquals(annaPeer, lenaClient.untilType("voicePeerLeft").get("peerId").asText());
      annaClient.send("{\"type\":\"voiceJoin\"}");
      String again = annaClient.untilType("voiceJoined").get("you").asText();
      lenaClient.untilType("voicePeerJoined");
      annaClient.close();
      assertEquals(again, lenaClient.untilType("voicePeerLeft").get("peerId").asText(), "a connection that ends leaves the call");
    }
  }

  /**
   * The microphones under the floor, as the protocol has them: nothing before hello; in the call
   * first; a participant may not open their microphone in someone else's turn (strict), nor mute or
   * ask anyone; the leader can; and someone removed from the network drops out of the call at once.
   */
  @ParameterizedTest
  @ValueSource(strings = {"websocket", "sockjs"})
  void theFloorDecidesTheMicrophonesAndRemovalEndsTheCall(String transport) {
    TwoNetworks nets = new TwoNetworks(server);
    Person nora = nets.freshMember(server, NetworkRole.PARTICIPANT);
    UUID meeting = nets.own.localMeeting();
    try (TestClient early = server.connect(transport)) {
      early.send("{\"type\":\"voiceJoin\",\"id\":\"e1\"}");
      assertEquals("not_authenticated", reply(early, "e1").get("code").asText(), "nothing before hello");
    }
    try (TestClient lead = join(transport, nets.own.leader(), meeting);
        TestClient noraClient = join(transport, nora, meeting)) {
      noraClient.send("{\"type\":\"reportVoice\",\"id\":\"r0\",\"millis\":1000}");
      assertEquals("not_in_call", reply(noraClient, "r0").get("code").asText(), "voice time only from the call");
      lead.send("{\"type\":\"voiceJoin\"}");
      String leadPeer = lead.untilType("voiceJoined").get("you").asText();
      noraClient.send("{\"type\":\"voiceJoin\"}");
      JsonNode joined = noraClient.untilType("voiceJoined");
      String noraPeer = joined.get("you").asText();
      assertEquals(false, joined.get("micOpen").asBoolean(), "everyone joins with the microphone closed");
      assertEquals("strict", joined.get("mode").asText());

      noraClient.send("{\"type\":\"voiceMic\",\"open\":true}");
      JsonNode opened = lead.untilType("voiceMicState");
      assertEquals(noraPeer, opened.get("peerId").asText());
      assertEquals(true, opened.get("open").asBoolean(), "outside a round: open discussion");
      assertEquals(true, noraClient.untilType("voiceMicState").get("open").asBoolean(), "and Nora is told so too");

      lead.send("{\"type\":\"startRound\",\"id\":\"s1\"}");
      reply(lead, "s1");
      JsonNode closed = noraClient.untilType("voiceMicState");
      assertEquals(noraPeer + " false floor", closed.get("peerId").asText() + " " + closed.get("open") + " " + closed.get("by").asText(),
          "the round's first turn (the leader's) closes Nora's microphone");
      assertEquals("[\"" + nets.own.leader().id() + "\"]", noraClient.untilType("voiceFloor").get("floor").toString());
      noraClient.send("{\"type\":\"voiceMic\",\"id\":\"m1\",\"open\":true}");
      assertEquals("floor_held", reply(noraClient, "m1").get("code").asText());
      noraClient.send("{\"type\":\"voiceMute\",\"id\":\"m2\",\"personId\":\"" + nets.own.leader().id() + "\"}");
      assertEquals("not_allowed", reply(noraClient, "m2").get("code").asText(), "only the leader mutes");
      lead.send("{\"type\":\"voiceAskUnmute\",\"id\":\"m3\",\"personId\":\"" + nora.id() + "\"}");
      assertEquals(nets.own.leader().displayName(), noraClient.untilType("voiceUnmuteAsked").get("by").asText());
      lead.send("{\"type\":\"voiceMute\",\"id\":\"m4\",\"personId\":\"" + UUID.randomUUID() + "\"}");
      assertEquals("unknown_person", reply(lead, "m4").get("code").asText());

      assertEquals(204, new RestClient(server).call("DELETE", "/api/local-networks/" + nets.own.local().id() + "/members/"
          + nora.id(), server.token(nets.own.leader()), null).status());
      assertEquals(noraPeer, lead.untilType("voicePeerLeft").get("peerId").asText(), "removed: out of the call at once");
      assertEquals(4003, noraClient.awaitClose());
      lead.send("{\"type\":\"voiceSignal\",\"id\":\"g1\",\"to\":\"" + noraPeer + "\",\"kind\":\"offer\",\"data\":{}}");
      assertEquals("unknown_peer", reply(lead, "g1").get("code").asText(), "nothing reaches the removed person's peer");
      assertEquals(false, leadPeer.isEmpty());
    }
  }

  private static TestClient join(String transport, Person person, MeetingInfo meeting) {
    return join(transport, person, meeting.id());
  }

  private static TestClient join(String transport, Person person, UUID meeting) {
    TestClient client = server.connect(transport);
    client.hello(server.token(person), meeting, -1);
    client.next("welcome");
    return client;
  }

  private static JsonNode reply(TestClient client, String id) {
    return client.until(m -> id.equals(m.path("re").asText()));
  }
}

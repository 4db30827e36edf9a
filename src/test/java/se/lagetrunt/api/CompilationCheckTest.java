package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.NetworkRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.networks.LocalNetwork;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.MailedServer;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * The theme's leaders check a compilation before it goes out: the enablers send a version with a
 * deadline (leaders with an address are e-mailed), leaders comment by section or say they are
 * done, and publishing waits for them until the deadline unless the enablers go ahead on purpose.
 * Participants and other themes' people take no part.
 */
class CompilationCheckTest {
  @RegisterExtension
  static final MailedServer mailed = new MailedServer();

  private static final String DRAFT = "Inledande ord.\n\n## Vad fungerar\n\nAnhöriga vill bli tillfrågade.\n\n## Vad saknas\n\nTid.";

  private static String body(String text, int version) {
    return "{\"text\":" + Json.write(Json.MAPPER.valueToTree(text)) + ",\"version\":" + version + "}";
  }

  @Test
  void leadersCheckTheDraftBeforeItIsPublished() throws Exception {
    TestServer server = mailed.server();
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    Person secondLeader = TestServer.await(server.server().services().people().create("Sara Ledare", "sara@example.se", null,
        AccountRole.LEADER, StakeholderGroup.MANAGER));
    LocalNetwork second = TestServer.await(server.server().services().networks().createLocal(nets.own.theme().id(), "Skellefteå"));
    TestServer.await(server.server().services().networks().addMember(second.id(), secondLeader.id(), NetworkRole.LEADER));
    String enabler = server.token(nets.own.enabler());
    String leader = server.token(nets.own.leader());
    String sara = server.token(secondLeader);
    String round = "/api/theme-networks/" + nets.own.theme().id() + "/compilations/1";
    String check = round + "/check";

    rest.ok("PUT", round, enabler, body(DRAFT, 0));
    JsonNode before = rest.ok("GET", check, leader, null);
    assertTrue(before.get("check").isNull());
    assertEquals("leader", before.get("role").asText());
    assertEquals(403, rest.call("GET", check, server.token(nets.own.participant()), null).status(), "participants are not asked");
    assertEquals(403, rest.call("GET", check, server.token(nets.other.leader()), null).status(), "nor another theme's leaders");

    String inAWeek = server.clock().instant().plus(Duration.ofDays(7)).toString();
    assertEquals("invalid_field", rest.call("POST", check, enabler,
        "{\"version\":1,\"deadline\":\"" + server.clock().instant().minus(Duration.ofHours(1)) + "\"}").body().get("code").asText());
    assertEquals("version_conflict", rest.call("POST", check, enabler, "{\"version\":7,\"deadline\":\"" + inAWeek + "\"}")
        .body().get("code").asText());
    assertEquals(403, rest.call("POST", check, leader, "{\"version\":1,\"deadline\":\"" + inAWeek + "\"}").status());
    JsonNode sent = rest.ok("POST", check, enabler, "{\"version\":1,\"deadline\":\"" + inAWeek + "\"}");
    assertEquals(1, sent.get("emailed").asInt(), "the leader with an address");
    assertEquals(List.of("", "Vad fungerar", "Vad saknas"), strings(sent.get("check").get("sections")));
    assertEquals(2, sent.get("check").get("waitingFor").size());
    List<MimeMessage> mail = mailed.delivered();
    assertEquals("sara@example.se", mail.get(mail.size() - 1).getAllRecipients()[0].toString());
    assertTrue(mail.get(mail.size() - 1).getSubject().startsWith("Granska sammanställningen från Möte 1 – Introduktion senast "),
        mail.get(mail.size() - 1).getSubject());

    JsonNode asked = rest.ok("GET", "/api/me/compilation-checks", sara, null);
    assertEquals(1, asked.size(), asked.toString());
    assertEquals("Möte 1 – Introduktion", asked.get(0).get("roundTitle").asText());
    assertFalse(asked.get(0).get("answered").asBoolean());
    assertTrue(rest.ok("GET", "/api/me/compilation-checks", server.token(nets.other.leader()), null).isEmpty(), "another theme's leader");

    // The enablers keep writing; the leaders read the version that was sent.
    rest.ok("PUT", round, enabler, body(DRAFT + "\n\nMer text.", 1));
    JsonNode asLeader = rest.ok("GET", check, leader, null).get("check");
    assertEquals(DRAFT, asLeader.get("text").asText());
    assertTrue(asLeader.get("waitingFor").isEmpty(), "leaders are not shown who is late");

    JsonNode commented = rest.ok("POST", check + "/comments", leader, "{\"section\":\"Vad saknas\",\"text\":\"Nämn också avlösning.\"}");
    JsonNode comment = commented.get("comments").get(0);
    assertEquals("Vad saknas", comment.get("section").asText());
    assertEquals(nets.own.leader().displayName(), comment.get("by").asText());
    assertEquals("invalid_field", rest.call("POST", check + "/comments", leader, "{\"section\":\"Finns inte\",\"text\":\"x\"}")
        .body().get("code").asText());
    assertEquals(403, rest.call("POST", check + "/comments", server.token(nets.own.participant()),
        "{\"section\":\"\",\"text\":\"x\"}").status());
    assertEquals(List.of(nets.own.leader().displayName() + " (" + nets.own.local().name() + ")"),
        strings(rest.ok("GET", check, enabler, null).get("check").get("answered")), "a comment is an answer");

    RestClient.Reply tooEarly = rest.call("POST", round + "/publish", enabler, "{\"version\":2}");
    assertEquals(409, tooEarly.status());
    assertEquals("check_open", tooEarly.body().get("code").asText());
    assertTrue(tooEarly.body().get("title").asText().startsWith("1 of 2 leaders"), tooEarly.text());

    assertTrue(rest.ok("POST", check + "/done", sara, "{}").get("check").get("youAreDone").asBoolean());
    assertTrue(rest.ok("GET", "/api/me/compilation-checks", sara, null).get(0).get("answered").asBoolean());
    rest.ok("POST", round + "/publish", enabler, "{\"version\":2}");
    assertTrue(rest.ok("GET", "/api/me/compilation-checks", sara, null).isEmpty(), "published: nothing left to check");
    JsonNode after = rest.ok("GET", check, enabler, null);
    assertFalse(after.get("check").get("open").asBoolean(), "publishing closes the check");
    assertEquals("no_check", rest.call("POST", check + "/done", leader, "{}").body().get("code").asText());

    JsonNode resolved = rest.ok("POST", check + "/comments/" + comment.get("id").asText() + "/resolve", enabler, "{}");
    assertEquals(nets.own.enabler().displayName(), resolved.get("comments").get(0).get("resolvedBy").asText());
    assertEquals(403, rest.call("POST", check + "/comments/" + comment.get("id").asText() + "/resolve", leader, "{}").status());

    // What a leader wrote is theirs: in their copy of their data, and gone when they are erased.
    assertEquals("Nämn också avlösning.", rest.ok("GET", "/api/me/data", leader, null).get("compilationComments").get(0)
        .get("text").asText());
    rest.ok("POST", "/api/local-networks/" + nets.own.local().id() + "/members/" + nets.own.leader().id() + "/erase", enabler, null);
    assertTrue(rest.ok("GET", check, enabler, null).get("comments").isEmpty());
  }

  @Test
  void theEnablersMayGoAheadOnPurposeAndTheDeadlineEndsTheWait() {
    TestServer server = mailed.server();
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String enabler = server.token(nets.own.enabler());
    String round = "/api/theme-networks/" + nets.own.theme().id() + "/compilations/1";
    rest.ok("PUT", round, enabler, body(DRAFT, 0));
    rest.ok("POST", round + "/check", enabler, "{\"version\":1,\"deadline\":\"" + server.clock().instant().plus(Duration.ofDays(2)) + "\"}");
    assertEquals(409, rest.call("POST", round + "/publish", enabler, "{\"version\":1}").status());
    rest.ok("POST", round + "/publish", enabler, "{\"version\":1,\"early\":true}");

    rest.ok("PUT", round, enabler, body(DRAFT + " Rättat.", 1));
    rest.ok("POST", round + "/check", enabler, "{\"version\":2,\"deadline\":\"" + server.clock().instant().plus(Duration.ofDays(2)) + "\"}");
    assertEquals(409, rest.call("POST", round + "/publish", enabler, "{\"version\":2}").status(), "a new check waits again");
    server.clock().advance(Duration.ofDays(3));
    rest.ok("POST", round + "/publish", enabler, "{\"version\":2}");
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(item -> list.add(item.asText()));
    return list;
  }
}

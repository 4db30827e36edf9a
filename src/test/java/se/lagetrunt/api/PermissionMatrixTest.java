package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.NetworkRole;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;
import se.lagetrunt.testing.WebSocketTestClient;

/**
 * Every role, in its own network and in the other, against every REST endpoint and socket
 * command that touches the own network: allowed exactly where the table says, refused
 * everywhere else. The table is the specification; the cases are generated from it.
 *
 * <p>Three more people show that access ends with what gave it: a note-taker removed from the
 * own network, and a leader removed from it (both still signed in, as participants of the other
 * network), may do exactly what a participant of the other network may; a participant whose
 * note-taker role was taken back, exactly what any participant of the own network may.
 */
class PermissionMatrixTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  private static TwoNetworks nets;
  private static RestClient rest;
  private static Map<String, Person> actors;
  /** A file in the own theme network's library. */
  private static String material;
  /** The own local network's plan. */
  private static String plan;
  /** A meeting of the own series still ahead, which nobody has joined: one that can be called off. */
  private static String ahead;
  /** Whose rights each of the people whose access changed must have now. */
  private static final Map<String, String> BEHAVES_LIKE = Map.of(
      "removed note-taker(own)", "participant(other)",
      "removed leader(own)", "participant(other)",
      "former note-taker(own)", "participant(own)");

  @BeforeAll
  static void setUp() {
    nets = new TwoNetworks(server);
    rest = new RestClient(server);
    actors = new LinkedHashMap<>();
    actors.put("enabler(own)", nets.own.enabler());
    actors.put("leader(own)", nets.own.leader());
    actors.put("participant(own)", nets.own.participant());
    actors.put("enabler(other)", nets.other.enabler());
    actors.put("leader(other)", nets.other.leader());
    actors.put("participant(other)", nets.other.participant());
    actors.put("removed note-taker(own)", changedAccess(NetworkRole.PARTICIPANT, true, true));
    actors.put("removed leader(own)", changedAccess(NetworkRole.LEADER, false, true));
    actors.put("former note-taker(own)", changedAccess(NetworkRole.PARTICIPANT, true, false));
    material = "/api/material/" + rest.upload("POST", "/api/theme-networks/" + nets.own.theme().id() + "/material/files",
        server.token(nets.own.enabler()), "underlag.pdf", MaterialApiTest.PDF, Map.of()).body().get("id").asText();
    for (JsonNode each : rest.ok("GET", "/api/meetings", server.token(nets.own.leader()), null)) {
      if (each.get("round").asInt() == 5 && "local".equals(each.get("kind").asText())) {
        ahead = "/api/meetings/" + each.get("id").asText();
      }
    }
    plan = "/api/plans/" + rest.ok("POST", "/api/local-networks/" + nets.own.local().id() + "/plans",
        server.token(nets.own.leader()), "{}").get("id").asText();
  }

  /**
   * A fresh member of the own network who also takes part in the other one, made note-taker of
   * the own local meeting if asked, then removed from the own network or, if not, has the
   * note-taker role taken back.
   */
  private static Person changedAccess(NetworkRole role, boolean noteTaker, boolean removed) {
    Person person = nets.freshMember(server, role);
    TestServer.await(server.server().services().networks().addMember(nets.other.local().id(), person.id(),
        NetworkRole.PARTICIPANT));
    String leader = server.token(nets.own.leader());
    String noteTakers = "/api/meetings/" + nets.own.localMeeting() + "/note-takers/" + person.id();
    if (noteTaker) {
      assertEquals(204, rest.call("PUT", noteTakers, leader, null).status());
    }
    if (removed) {
      assertEquals(204, rest.call("DELETE", "/api/local-networks/" + nets.own.local().id() + "/members/" + person.id(),
          server.token(nets.own.enabler()), null).status());
    } else {
      assertEquals(204, rest.call("DELETE", noteTakers, leader, null).status());
    }
    return person;
  }

  /** One row of the table: what is done, by whom it is allowed, and how to do it as someone. */
  private record Row(String action, Set<String> allowed, BiFunction<Person, String, Boolean> attempt) {}

  private static final Set<String> EVERYONE = Set.of("enabler(own)", "leader(own)", "participant(own)",
      "enabler(other)", "leader(other)", "participant(other)");
  private static final Set<String> OWN_NETWORK = Set.of("enabler(own)", "leader(own)", "participant(own)");
  private static final Set<String> OWN_MANAGERS = Set.of("enabler(own)", "leader(own)");
  private static final Set<String> OWN_ENABLER = Set.of("enabler(own)");

  private static List<Row> table() {
    String theme = "/api/theme-networks/" + nets.own.theme().id();
    String local = "/api/local-networks/" + nets.own.local().id();
    String meeting = "/api/meetings/" + nets.own.localMeeting();
    String pre = "/api/meetings/" + nets.own.preMeeting();
    List<Row> rows = new ArrayList<>();
    rows.add(http("see the theme network", OWN_ENABLER, "GET", theme, null));
    rows.add(http("add a local network", OWN_ENABLER, "POST", theme + "/local-networks", "{\"name\":\"Nytt nätverk\"}"));
    rows.add(http("create a theme network", Set.of("enabler(own)", "enabler(other)"), "POST", "/api/theme-networks", "{\"name\":\"Tema\"}"));
    rows.add(http("see the local network", OWN_NETWORK, "GET", local, null));
    rows.add(http("add a participant", OWN_MANAGERS, "POST", local + "/members", "{\"name\":\"Ny\",\"group\":\"other\"}"));
    rows.add(withRoomForALeader(http("add a leader", OWN_ENABLER, "POST", local + "/members",
        "{\"name\":\"Ny\",\"group\":\"other\",\"role\":\"leader\"}")));
    rows.add(withFresh("remove a participant", OWN_MANAGERS, NetworkRole.PARTICIPANT, "DELETE", local + "/members/%s", ""));
    rows.add(withFresh("remove a leader", OWN_ENABLER, NetworkRole.LEADER, "DELETE", local + "/members/%s", ""));
    rows.add(withFresh("send a participant a new link", OWN_MANAGERS, NetworkRole.PARTICIPANT, "POST", local + "/members/%s/link", ""));
    // A leader's new link goes only by e-mail, and this server cannot send any: nobody may make one.
    rows.add(withFresh("send a leader a new link", Set.of(), NetworkRole.LEADER, "POST", local + "/members/%s/link", ""));
    rows.add(withFresh("revoke a participant's links", OWN_MANAGERS, NetworkRole.PARTICIPANT, "DELETE", local + "/members/%s/link", ""));
    rows.add(withFresh("erase a participant", OWN_ENABLER, NetworkRole.PARTICIPANT, "POST", local + "/members/%s/erase", ""));
    rows.add(withFresh("erase a leader", OWN_ENABLER, NetworkRole.LEADER, "POST", local + "/members/%s/erase", ""));
    rows.add(http("create a series", OWN_MANAGERS, "POST", local + "/series",
        "{\"templateKey\":\"samsjuklighet\",\"firstMeetingAt\":\"2027-01-20T17:00:00+01:00\"}"));
    rows.add(http("see a local meeting and its questions", OWN_NETWORK, "GET", meeting, null));
    rows.add(http("see a leader meeting", OWN_MANAGERS, "GET", pre, null));
    rows.add(http("edit a local meeting", OWN_MANAGERS, "PATCH", meeting, "{\"mode\":\"hybrid\"}"));
    rows.add(http("edit a leader meeting", OWN_ENABLER, "PATCH", pre, "{\"durationMinutes\":60}"));
    rows.add(http("download a meeting's calendar file", OWN_NETWORK, "GET", meeting + "/calendar.ics", null));
    rows.add(http("download a series' calendar file", OWN_NETWORK, "GET", "/api/series/" + nets.own.series() + "/calendar.ics", null));
    rows.add(http("see a meeting's attendance", OWN_MANAGERS, "GET", meeting + "/attendance", null));
    rows.add(http("see a series' attendance", OWN_MANAGERS, "GET", "/api/series/" + nets.own.series() + "/attendance", null));
    rows.add(http("see a series' speaking balance", OWN_MANAGERS, "GET", "/api/series/" + nets.own.series() + "/balance", null));
    rows.add(http("export a series' attendance", OWN_MANAGERS, "GET", "/api/series/" + nets.own.series() + "/attendance.csv", null));
    rows.add(http("make a participant note-taker", OWN_MANAGERS, "PUT", meeting + "/note-takers/" + nets.own.participant().id(), null));
    rows.add(http("take the note-taker role back", OWN_MANAGERS, "DELETE", meeting + "/note-takers/" + nets.own.participant().id(), null));
    rows.add(http("invite a link into a local meeting", Set.of(), "POST", meeting + "/invitations", "{\"name\":\"Gäst\",\"group\":\"other\"}"));
    rows.add(http("invite someone to a leader meeting", OWN_ENABLER, "POST", pre + "/invitations", "{\"name\":\"Gäst\",\"group\":\"other\"}"));
    rows.add(http("create a hand-made meeting", Set.of("enabler(own)", "leader(own)", "enabler(other)", "leader(other)"),
        "POST", "/api/meetings", "{\"title\":\"Extra\"}"));
    rows.add(http("list series templates", EVERYONE, "GET", "/api/series-templates", null));
    rows.add(socket("join a local meeting", OWN_NETWORK, nets.own.localMeeting(), false));
    rows.add(socket("set the topic in a local meeting", OWN_MANAGERS, nets.own.localMeeting(), true));
    rows.add(socket("seat someone in the room", OWN_MANAGERS, nets.own.localMeeting(), true,
        "{\"type\":\"addSeat\",\"id\":\"%s\",\"name\":\"Gäst\",\"group\":\"other\",\"via\":\"room\"}"));
    rows.add(socket("remove a seat", OWN_MANAGERS, nets.own.localMeeting(), true,
        "{\"type\":\"removeSeat\",\"id\":\"%s\",\"seatId\":\"s999\"}"));
    rows.add(socket("start a round", OWN_MANAGERS, nets.own.localMeeting(), true,
        "{\"type\":\"startRound\",\"id\":\"%s\"}"));
    rows.add(socket("set the time per turn", OWN_MANAGERS, nets.own.localMeeting(), true,
        "{\"type\":\"setTurnTime\",\"id\":\"%s\",\"seconds\":120}"));
    rows.add(socket("move a raised hand", OWN_MANAGERS, nets.own.localMeeting(), true,
        "{\"type\":\"moveHand\",\"id\":\"%s\",\"handId\":\"h999\",\"toIndex\":0}"));
    rows.add(socket("raise one's own hand", OWN_NETWORK, nets.own.localMeeting(), true,
        "{\"type\":\"raiseHand\",\"id\":\"%s\"}"));
    rows.add(socket("raise a hand for a seat", OWN_MANAGERS, nets.own.localMeeting(), true,
        "{\"type\":\"raiseHand\",\"id\":\"%s\",\"who\":\"s42\"}"));
    rows.add(socket("end the round", OWN_MANAGERS, nets.own.localMeeting(), true,
        "{\"type\":\"endRound\",\"id\":\"%s\"}"));
    rows.add(http("share a pre-meeting's questions with the local meetings", OWN_ENABLER, "POST",
        pre + "/share-questions", null));
    rows.add(http("see which planned questions local networks set aside", OWN_ENABLER, "GET", theme + "/set-aside", null));
    rows.add(http("see where the theme's minutes are", OWN_ENABLER, "GET", theme + "/minutes", null));
    rows.add(http("see where the network's minutes are", OWN_MANAGERS, "GET", local + "/minutes", null));
    rows.add(http("list the theme's compilations", OWN_NETWORK, "GET", theme + "/compilations", null));
    rows.add(http("read a round's compilation", OWN_NETWORK, "GET", theme + "/compilations/1", null));
    rows.add(withCompilation(false, http("save a round's compilation", OWN_ENABLER, "PUT", theme + "/compilations/1",
        "{\"text\":\"Sammanställning\",\"version\":1}")));
    rows.add(withCompilation(false, http("publish a round's compilation", OWN_ENABLER, "POST",
        theme + "/compilations/1/publish", "{\"version\":1}")));
    rows.add(withCompilation(true, http("download a round's compilation", OWN_NETWORK, "GET",
        theme + "/compilations/1/export.pdf", null)));
    rows.add(withCompilation(true, http("see whether a compilation is shared openly", OWN_ENABLER, "GET",
        theme + "/compilations/1/share", null)));
    rows.add(withCompilation(true, http("share a compilation openly", OWN_ENABLER, "POST",
        theme + "/compilations/1/share", "{\"shared\":true}")));
    rows.add(withCheck(http("see a compilation's check by the leaders", OWN_MANAGERS, "GET", theme + "/compilations/1/check", null)));
    rows.add(withCompilation(false, http("send a compilation to the leaders to check", OWN_ENABLER, "POST",
        theme + "/compilations/1/check", "{\"version\":1,\"deadline\":\"" + server.clock().instant().plusSeconds(86_400 * 30) + "\"}")));
    rows.add(withCheck(http("comment on a compilation being checked", OWN_MANAGERS, "POST", theme + "/compilations/1/check/comments",
        "{\"section\":\"\",\"text\":\"Bra.\"}")));
    rows.add(withCheck(http("say one has checked a compilation", OWN_MANAGERS, "POST", theme + "/compilations/1/check/done", "{}")));
    rows.add(http("call a local meeting off", OWN_MANAGERS, "POST", ahead + "/cancel", "{\"reason\":\"Sjukdom\"}"));
    rows.add(http("take calling a local meeting off back", OWN_MANAGERS, "DELETE", ahead + "/cancel", null));
    rows.add(withFresh("edit a participant's details", OWN_MANAGERS, NetworkRole.PARTICIPANT, "PATCH", local + "/members/%s",
        "{\"phone\":\"070-000 00 00\"}"));
    rows.add(withFresh("edit a leader's details", OWN_ENABLER, NetworkRole.LEADER, "PATCH", local + "/members/%s",
        "{\"phone\":\"070-000 00 00\"}"));
    rows.add(http("rename the theme network", OWN_ENABLER, "PATCH", theme, "{\"name\":\"Nära vård\"}"));
    rows.add(http("rename the local network", OWN_MANAGERS, "PATCH", local, "{\"name\":\"Umeå\"}"));
    rows.add(http("see the theme's enablers", OWN_ENABLER, "GET", theme + "/enablers", null));
    rows.add(http("see which mails one gets", EVERYONE, "GET", "/api/me/mail", null));
    rows.add(http("turn kinds of mail off", EVERYONE, "PUT", "/api/me/mail", "{\"off\":[]}"));
    rows.add(http("see whether one has a calendar feed", EVERYONE, "GET", "/api/me/calendar-feed", null));
    rows.add(http("make a calendar feed", EVERYONE, "POST", "/api/me/calendar-feed", null));
    rows.add(http("end one's calendar feed", EVERYONE, "DELETE", "/api/me/calendar-feed", null));
    rows.add(mailing("mail a meeting's questions to the group", OWN_MANAGERS, "POST", meeting + "/questions/mail"));
    rows.add(withFreshSeries("delete a series made by mistake", OWN_MANAGERS));
    rows.add(http("see the templates a network chooses from", OWN_MANAGERS, "GET", local + "/series-templates", null));
    rows.add(http("see the theme's own templates", OWN_ENABLER, "GET", theme + "/series-templates", null));
    rows.add(http("write a template of the theme's own", OWN_ENABLER, "POST", theme + "/series-templates", TEMPLATE));
    rows.add(withFreshTemplate("change a template of the theme's own", OWN_ENABLER, "PUT", TEMPLATE));
    rows.add(withFreshTemplate("delete a template of the theme's own", OWN_ENABLER, "DELETE", null));
    rows.add(http("invite another enabler", OWN_ENABLER, "POST", theme + "/enablers", "{\"name\":\"Pia Praktiker\"}"));
    rows.add(http("preview a series", OWN_MANAGERS, "POST", local + "/series/preview",
        "{\"templateKey\":\"samsjuklighet\",\"firstMeetingAt\":\"2027-01-20T17:00:00+01:00\"}"));
    rows.add(http("add one more meeting to the network", OWN_MANAGERS, "POST", local + "/meetings",
        "{\"title\":\"Referensgruppen\",\"startsAt\":\"2027-03-20T17:00:00+01:00\"}"));
    rows.add(http("see the network's plans", OWN_NETWORK, "GET", local + "/plans", null));
    rows.add(http("start a local plan", OWN_MANAGERS, "POST", local + "/plans", "{}"));
    rows.add(http("read a local plan", OWN_NETWORK, "GET", plan, null));
    rows.add(http("add a priority area to a plan", OWN_MANAGERS, "POST", plan + "/areas", "{\"title\":\"Område\"}"));
    rows.add(http("download a local plan", OWN_NETWORK, "GET", plan + "/export.md", null));
    rows.add(http("see every network's plan", OWN_ENABLER, "GET", theme + "/plans", null));
    rows.add(http("download the theme's term report", OWN_ENABLER, "GET", theme + "/report.pdf", null));
    rows.add(http("see the theme's material library", OWN_ENABLER, "GET", theme + "/material", null));
    rows.add(http("add a link to the material library", OWN_ENABLER, "POST", theme + "/material",
        "{\"title\":\"Rapport\",\"url\":\"https://example.org/rapport\"}"));
    rows.add(http("edit material", OWN_ENABLER, "PUT", material, "{\"title\":\"Underlag\",\"note\":\"Läs före mötet.\"}"));
    rows.add(http("show material for a round", OWN_ENABLER, "PUT", material + "/attachments", "{\"attachments\":[{\"round\":1}]}"));
    rows.add(http("download a material file", OWN_NETWORK, "GET", material + "/file", null));
    rows.add(socket("put a question on the board", OWN_MANAGERS, nets.own.localMeeting(), true,
        "{\"type\":\"addQuestion\",\"id\":\"%s\",\"text\":\"Vad gör vi nu?\"}"));
    for (String command : List.of(
        "\"type\":\"editQuestion\",\"questionId\":\"q-none\",\"text\":\"x\"",
        "\"type\":\"removeQuestion\",\"questionId\":\"q-none\"",
        "\"type\":\"moveQuestion\",\"questionId\":\"q-none\",\"toIndex\":0",
        "\"type\":\"setQuestionStatus\",\"questionId\":\"q-none\",\"status\":\"current\"",
        "\"type\":\"markNotRelevant\",\"questionId\":\"q-none\",\"reason\":\"x\"",
        "\"type\":\"setInterpretation\",\"questionId\":\"q-none\",\"text\":\"x\"",
        "\"type\":\"acceptProposal\",\"proposalId\":\"p-none\"",
        "\"type\":\"declineProposal\",\"proposalId\":\"p-none\"",
        "\"type\":\"mergeProposal\",\"proposalId\":\"p-none\",\"intoProposalId\":\"p-other\"",
        "\"type\":\"addBackground\",\"title\":\"Rapport\",\"url\":\"https://example.org\"",
        "\"type\":\"removeBackground\",\"backgroundId\":\"b-none\"")) {
      rows.add(socket("board: " + command.split("\"")[3], OWN_MANAGERS, nets.own.localMeeting(), true,
          "{\"id\":\"%s\"," + command + "}"));
    }
    // The minutes stay in the local network: its leaders write, its enablers get them when submitted.
    rows.add(socket("write the minutes", Set.of("leader(own)"), nets.own.localMeeting(), true,
        "{\"type\":\"minutesPush\",\"id\":\"%s\",\"section\":\"other\",\"version\":0,"
            + "\"updates\":[{\"clientID\":\"perm\",\"changes\":[[0,\"Anteckning\"]]}]}"));
    rows.add(socket("propose a question", OWN_NETWORK, nets.own.localMeeting(), true,
        "{\"type\":\"proposeQuestion\",\"id\":\"%s\",\"text\":\"Kan vi prata om X?\"}"));
    rows.add(socket("support a proposal", OWN_NETWORK, nets.own.localMeeting(), true,
        "{\"type\":\"supportProposal\",\"id\":\"%s\",\"proposalId\":\"p-none\"}"));
    rows.add(socket("put a question on a leader meeting's board", OWN_ENABLER, nets.own.preMeeting(), true,
        "{\"type\":\"addQuestion\",\"id\":\"%s\",\"text\":\"Vad tar vi upp?\"}"));
    rows.add(socket("propose a question in a leader meeting", OWN_MANAGERS, nets.own.preMeeting(), true,
        "{\"type\":\"proposeQuestion\",\"id\":\"%s\",\"text\":\"Kan vi ta upp Y?\"}"));
    rows.add(socket("join a leader meeting", OWN_MANAGERS, nets.own.preMeeting(), false));
    rows.add(socket("set the topic in a leader meeting", OWN_ENABLER, nets.own.preMeeting(), true));
    return rows;
  }

  @TestFactory
  Stream<DynamicTest> everyRoleIsAllowedExactlyWhatTheTableSays() {
    return table().stream().flatMap(row -> actors.entrySet().stream().map(actor -> DynamicTest.dynamicTest(
        row.action() + " as " + actor.getKey(),
        () -> assertEquals(row.allowed().contains(BEHAVES_LIKE.getOrDefault(actor.getKey(), actor.getKey())),
            row.attempt().apply(actor.getValue(), actor.getKey()), row.action() + " as " + actor.getKey()))));
  }

  @TestFactory
  Stream<DynamicTest> withoutASessionEveryEndpointSaysUnauthenticated() {
    return table().stream().filter(row -> row.action().startsWith("socket") == false).map(row -> DynamicTest.dynamicTest(
        row.action() + " without a session", () -> assertEquals(false, row.attempt().apply(null, "nobody"))));
  }

  private static Row http(String action, Set<String> allowed, String method, String path, String body) {
    return new Row(action, allowed, (person, name) -> {
      RestClient.Reply reply = rest.call(method, path, person == null ? null : server.token(person), body);
      assertRefusedCleanly(reply, person == null);
      return reply.ok();
    });
  }

  /**
   * The row, tried in a network with just its own leader: a network holds two leaders, and other
   * rows add and leave leaders behind.
   */
  private static Row withRoomForALeader(Row row) {
    return new Row(row.action(), row.allowed(), (person, name) -> {
      server.execute("UPDATE network_member SET removed_at = " + server.sqlNow() + " WHERE role = 'leader' AND removed_at IS NULL "
          + "AND local_network_id = '" + nets.own.local().id() + "' AND person_id <> '" + nets.own.leader().id() + "'");
      return row.attempt().apply(person, name);
    });
  }

  /**
   * The row, tried on round 1's compilation with its draft at version 1, made afresh each time
   * (and published, if asked), so saving and publishing version 1 can succeed for whoever may.
   */
  private static Row withCompilation(boolean published, Row row) {
    return new Row(row.action(), row.allowed(), (person, name) -> {
      for (String table : List.of("compilation_check_comment", "compilation_check_done", "compilation_check", "compilation")) {
        server.execute("DELETE FROM " + table + " WHERE theme_network_id = '" + nets.own.theme().id() + "'");
      }
      server.execute("INSERT INTO compilation (theme_network_id, round, text, version, updated_by, updated_at"
          + (published ? ", published_text, published_version, published_at" : "") + ") VALUES ('"
          + nets.own.theme().id() + "', 1, 'Sammanställning', 1, '" + nets.own.enabler().id() + "', " + server.sqlNow()
          + (published ? ", 'Sammanställning', 1, " + server.sqlNow() : "") + ")");
      return row.attempt().apply(person, name);
    });
  }

  /** The row, tried while round 1's compilation (version 1, unpublished) is out for the leaders to check. */
  private static Row withCheck(Row row) {
    return withCompilation(false, new Row(row.action(), row.allowed(), (person, name) -> {
      server.execute("INSERT INTO compilation_check (theme_network_id, round, version, text, deadline, sent_by, sent_at) VALUES ('"
          + nets.own.theme().id() + "', 1, 1, 'Sammanställning', " + server.sqlNow() + " + interval '30 days', '"
          + nets.own.enabler().id() + "', " + server.sqlNow() + ")");
      return row.attempt().apply(person, name);
    }));
  }

  /** A call on a member made for this one attempt, since it may remove or change them. */
  private static Row withFresh(String action, Set<String> allowed, NetworkRole role, String method, String pathPattern,
      String body) {
    return new Row(action, allowed, (person, name) -> {
      Person target = nets.freshMember(server, role);
      RestClient.Reply reply = rest.call(method, String.format(pathPattern, target.id()),
          person == null ? null : server.token(person), body);
      assertRefusedCleanly(reply, person == null);
      return reply.ok();
    });
  }

  private static final String TEMPLATE =
      "{\"title\":\"Egen\",\"meetings\":[{\"title\":\"Träff 1\",\"questions\":[\"Vad fungerar?\"]}]}";

  /** Changing or deleting a template of the own theme its enabler has just written. */
  private static Row withFreshTemplate(String action, Set<String> allowed, String method, String body) {
    return new Row(action, allowed, (person, name) -> {
      String templates = "/api/theme-networks/" + nets.own.theme().id() + "/series-templates";
      String key = rest.ok("POST", templates, server.token(nets.own.enabler()), TEMPLATE).get("key").asText();
      RestClient.Reply reply = rest.call(method, templates + "/" + key, person == null ? null : server.token(person), body);
      assertRefusedCleanly(reply, person == null);
      return reply.ok();
    });
  }

  /** Deleting a series the own leader has just made (far ahead, so none of it is held). */
  private static Row withFreshSeries(String action, Set<String> allowed) {
    return new Row(action, allowed, (person, name) -> {
      String id = rest.ok("POST", "/api/local-networks/" + nets.own.local().id() + "/series", server.token(nets.own.leader()),
          "{\"templateKey\":\"samsjuklighet\",\"firstMeetingAt\":\"" + server.clock().instant().plusSeconds(86_400L * 400)
              + "\"}").get("id").asText();
      RestClient.Reply reply = rest.call("DELETE", "/api/series/" + id, person == null ? null : server.token(person), null);
      assertRefusedCleanly(reply, person == null);
      return reply.ok();
    });
  }

  /**
   * A row for what sends mail, which this server cannot: whoever may is let past the permission
   * check and told so (503 mail_unavailable); everyone else is refused as always.
   */
  private static Row mailing(String action, Set<String> allowed, String method, String path) {
    return new Row(action, allowed, (person, name) -> {
      RestClient.Reply reply = rest.call(method, path, person == null ? null : server.token(person), null);
      if (reply.status() == 503 && "mail_unavailable".equals(reply.body().path("code").asText())) {
        return true;
      }
      assertRefusedCleanly(reply, person == null);
      return reply.ok();
    });
  }

  private static void assertRefusedCleanly(RestClient.Reply reply, boolean anonymous) {
    if (!reply.ok()) {
      Set<Integer> expected = anonymous ? Set.of(401) : Set.of(403, 404);
      assertTrue(expected.contains(reply.status()), reply.status() + " " + reply.body());
      assertTrue(reply.contentType().startsWith("application/problem+json"));
    }
  }

  /** Joins over a real WebSocket; with {@code steer}, also tries to set the topic. */
  private static Row socket(String action, Set<String> allowed, java.util.UUID meetingId, boolean steer) {
    return socket(action, allowed, meetingId, steer,
        "{\"type\":\"setTopic\",\"id\":\"%s\",\"text\":\"Fråga\"}");
  }

  /** Joins over a real WebSocket; with {@code steer}, also sends the command (its id filled in). */
  private static Row socket(String action, Set<String> allowed, java.util.UUID meetingId, boolean steer,
      String command) {
    return new Row("socket: " + action, allowed, (person, name) -> {
      if (person == null) {
        return false;
      }
      try (TestClient client = WebSocketTestClient.connect(server.port(), server.url())) {
        client.hello(server.token(person), meetingId, -1);
        JsonNode first = client.next();
        if (!"welcome".equals(first.path("type").asText())) {
          assertEquals("bye", first.path("type").asText());
          assertEquals(4003, first.path("code").asInt());
          return false;
        }
        if (!steer) {
          return true;
        }
        client.send(String.format(command, "perm-" + System.nanoTime()));
        JsonNode reply = client.until(message -> message.has("re"));
        // Any refusal but not_allowed (e.g. unknown_seat) means the permission check was passed.
        return !"not_allowed".equals(reply.path("code").asText());
      }
    });
  }
}

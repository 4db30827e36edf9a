package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.MailedServer;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.RestTerm;
import se.lagetrunt.testing.TestServer;

/** With SMTP configured, personal links go out by e-mail; a real SMTP server receives them. */
class MailInvitationTest {
  @RegisterExtension
  static final MailedServer mailed = new MailedServer();

  @Test
  void aNewMembersLinkArrivesByMailAndAReplacementToo() throws Exception {
    RestClient rest = new RestClient(mailed.server());
    Person enabler = mailed.server().person("Maria Möjliggörare", AccountRole.ENABLER, StakeholderGroup.RESEARCHER);
    String token = mailed.server().token(enabler);
    String theme = rest.ok("POST", "/api/theme-networks", token, "{\"name\":\"Nära vård\"}").get("id").asText();
    String local = rest.ok("POST", "/api/theme-networks/" + theme + "/local-networks", token,
        "{\"name\":\"Östersund\"}").get("id").asText();

    // An enabler adds a participant: the link goes to her by e-mail, and is not in the enabler's answer.
    JsonNode added = rest.ok("POST", "/api/local-networks/" + local + "/members", token,
        "{\"name\":\"Åsa Ödman\",\"email\":\"asa@example.se\",\"group\":\"family-carer\"}");
    assertTrue(added.get("emailed").asBoolean());
    assertFalse(added.has("link"), "enablers are outside the group");
    List<MimeMessage> one = mails(to("asa@example.se"));
    assertEquals(1, one.size());
    MimeMessage first = one.get(0);
    assertEquals("Din personliga länk till Östersund i Laget Runt", first.getSubject());
    String body = GreenMailUtil.getBody(first);
    assertTrue(body.contains("Hej =C3=85sa =C3=96dman!") || body.contains("Hej Åsa Ödman!"), body);
    String mailedLink = linkIn(first);
    assertEquals(200, rest.call("POST", "/api/session", null, "{\"loginToken\":\"" + RestClient.secretOf(mailedLink) + "\"}").status());

    String personId = added.at("/person/id").asText();
    JsonNode replaced = rest.ok("POST", "/api/local-networks/" + local + "/members/" + personId + "/link", token, null);
    assertTrue(replaced.get("emailed").asBoolean());
    assertFalse(replaced.has("link"));
    List<MimeMessage> both = mails(to("asa@example.se"));
    assertEquals(2, both.size());
    assertEquals(401, rest.call("POST", "/api/session", null, "{\"loginToken\":\"" + RestClient.secretOf(mailedLink) + "\"}").status(),
        "the replaced link stops working");
    assertEquals(200, rest.call("POST", "/api/session", null, "{\"loginToken\":\"" + RestClient.secretOf(linkIn(both.get(1))) + "\"}").status());

    JsonNode noAddress = rest.ok("POST", "/api/local-networks/" + local + "/members", token,
        "{\"name\":\"Utan adress\",\"group\":\"other\"}");
    assertFalse(noAddress.get("emailed").asBoolean());
    assertEquals("leader", noAddress.get("handOver").asText(), "a leader of the network hands it over");
    assertEquals(2, mails(to("asa@example.se")).size(), "nothing more went out");

    // A leader's link goes to the leader: an enabler who asks for a new one sees it no more than the old.
    JsonNode leo = rest.ok("POST", "/api/local-networks/" + local + "/members", token,
        "{\"name\":\"Leo Ledare\",\"email\":\"leo@example.se\",\"group\":\"official\",\"role\":\"leader\"}");
    JsonNode leosNew = rest.ok("POST", "/api/local-networks/" + local + "/members/" + leo.at("/person/id").asText() + "/link", token, null);
    assertFalse(leosNew.has("link"));
    assertEquals(2, mails(to("leo@example.se")).size(), "the first link and the new one, both to Leo");
  }

  /** The personal link in an invitation mail. */
  private static String linkIn(MimeMessage mail) throws Exception {
    String body = unfold(GreenMailUtil.getBody(mail));
    int at = body.indexOf("/login.html#");
    return body.substring(body.lastIndexOf("http", at), at + "/login.html#".length() + 43);
  }

  @Test
  void anEnablerGetsASignInLinkByMailAndStrangersLearnNothing() throws Exception {
    RestClient rest = new RestClient(mailed.server());
    Person enabler = TestServer.await(mailed.server().server().services().people()
        .create("Eva Möjliggörare", "Eva@Example.se", null, AccountRole.ENABLER, StakeholderGroup.RESEARCHER));
    RestClient.Reply known = rest.call("POST", "/api/sign-in-links", null, "{\"email\":\"eva@example.se\"}");
    RestClient.Reply unknown = rest.call("POST", "/api/sign-in-links", null, "{\"email\":\"nobody@example.se\"}");
    assertEquals(202, known.status());
    assertEquals(known.status(), unknown.status());
    assertEquals(known.body(), unknown.body(), "the answer does not tell who has an account");
    List<MimeMessage> evas = mails(to("Eva@Example.se"));
    assertEquals(1, evas.size());
    MimeMessage mail = evas.get(0);
    assertEquals("Logga in i Laget Runt", mail.getSubject());
    String body = unfold(GreenMailUtil.getBody(mail));
    String secret = body.substring(body.indexOf("login.html#") + "login.html#".length()).substring(0, 43);
    JsonNode session = rest.ok("POST", "/api/session", null, "{\"loginToken\":\"" + secret + "\"}");
    assertEquals(enabler.id().toString(), session.at("/person/id").asText());
    assertEquals(List.of(), mails(to("nobody@example.se")), "nothing was sent for the unknown address");
  }

  @Test
  void aParticipantWhoseLinkStoppedWorkingGetsANewOneByMailButNotOnceRemoved() throws Exception {
    RestClient rest = new RestClient(mailed.server());
    mailed.server().clock().advance(java.time.Duration.ofMinutes(15)); // a fresh window, whatever ran before
    Person enabler = mailed.server().person("Mia Möjliggörare", AccountRole.ENABLER, StakeholderGroup.RESEARCHER);
    String token = mailed.server().token(enabler);
    String theme = rest.ok("POST", "/api/theme-networks", token, "{\"name\":\"Psykisk hälsa\"}").get("id").asText();
    String local = rest.ok("POST", "/api/theme-networks/" + theme + "/local-networks", token, "{\"name\":\"Gävle\"}")
        .get("id").asText();
    JsonNode added = rest.ok("POST", "/api/local-networks/" + local + "/members", token,
        "{\"name\":\"Pia Persson\",\"email\":\"pia@example.se\",\"group\":\"family-carer\"}");
    assertEquals(1, mails(to("pia@example.se")).size(), "the invitation");

    assertEquals(202, rest.call("POST", "/api/sign-in-links", null, "{\"email\":\"PIA@example.se\"}").status());
    List<MimeMessage> pias = mails(to("pia@example.se"));
    assertEquals(2, pias.size());
    MimeMessage signIn = pias.stream().filter(m -> {
      try {
        return m.getSubject().equals("Logga in i Laget Runt");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).findFirst().orElseThrow();
    JsonNode session = rest.ok("POST", "/api/session", null, "{\"loginToken\":\"" + RestClient.secretOf(linkIn(signIn)) + "\"}");
    assertEquals(added.at("/person/id").asText(), session.at("/person/id").asText());

    rest.ok("DELETE", "/api/local-networks/" + local + "/members/" + added.at("/person/id").asText(), token, null);
    assertEquals(202, rest.call("POST", "/api/sign-in-links", null, "{\"email\":\"pia@example.se\"}").status(),
        "the same answer as for anyone");
    assertEquals(2, mails(to("pia@example.se")).size(), "someone removed belongs nowhere: no link");
  }

  @Test
  void signInLinksAreLimitedPerAddressWhetherOrNotItHasAnAccount() throws Exception {
    RestClient rest = new RestClient(mailed.server());
    mailed.server().clock().advance(java.time.Duration.ofMinutes(15)); // a fresh window, whatever ran before
    TestServer.await(mailed.server().server().services().people()
        .create("Ella Möjliggörare", "ella@example.se", null, AccountRole.ENABLER, StakeholderGroup.RESEARCHER));
    for (int i = 0; i < 3; i++) {
      assertEquals(202, rest.call("POST", "/api/sign-in-links", null, "{\"email\":\"ella@example.se\"}").status());
      assertEquals(202, rest.call("POST", "/api/sign-in-links", null, "{\"email\":\"okand@example.se\"}").status());
    }
    RestClient.Reply known = rest.call("POST", "/api/sign-in-links", null, "{\"email\":\"ELLA@example.se\"}");
    RestClient.Reply unknown = rest.call("POST", "/api/sign-in-links", null, "{\"email\":\"okand@example.se\"}");
    assertEquals(429, known.status());
    assertEquals("too_many_requests", known.body().get("code").asText());
    assertEquals(known.body(), unknown.body(), "the refusal does not tell who has an account either");
    assertEquals(202, rest.call("POST", "/api/sign-in-links", null, "{\"email\":\"annan@example.se\"}").status(),
        "other addresses are not held up");
    assertEquals(3, mails(to("ella@example.se")).size(), "three links went out, no more");

    mailed.server().clock().advance(java.time.Duration.ofMinutes(15));
    assertEquals(202, rest.call("POST", "/api/sign-in-links", null, "{\"email\":\"ella@example.se\"}").status(),
        "a quarter of an hour later the address may ask again");
    assertEquals(4, mails(to("ella@example.se")).size());
  }

  @Test
  void theLimitsHoldAcrossNodesAndForgetWhatHasPassed() throws Exception {
    mailed.server().clock().advance(java.time.Duration.ofMinutes(15)); // a fresh window, whatever ran before
    try (TestServer other = mailed.anotherNode()) {
      // The other node's clock is where this one's is: one cluster, one time.
      other.clock().advance(java.time.Duration.between(other.clock().instant(), mailed.server().clock().instant()));
      RestClient here = new RestClient(mailed.server());
      RestClient there = new RestClient(other);
      assertEquals(202, here.call("POST", "/api/sign-in-links", null, "{\"email\":\"nod@example.se\"}").status());
      assertEquals(202, there.call("POST", "/api/sign-in-links", null, "{\"email\":\"nod@example.se\"}").status());
      assertEquals(202, here.call("POST", "/api/sign-in-links", null, "{\"email\":\"nod@example.se\"}").status());
      assertEquals(429, there.call("POST", "/api/sign-in-links", null, "{\"email\":\"nod@example.se\"}").status(),
          "the fourth, on another node, is one too many");
      assertEquals(1, mailed.server().count("SELECT count(*) FROM rate_limit WHERE bucket = 'sign-in-links-per-address' "
          + "AND key_hash = sha256('nod@example.se'::bytea) AND used = 4"), "the address is kept only as its hash");
    }
    mailed.server().clock().advance(java.time.Duration.ofMinutes(15));
    assertEquals(202, new RestClient(mailed.server()).call("POST", "/api/sign-in-links", null, "{\"email\":\"ny@example.se\"}")
        .status());
    assertEquals(0, mailed.server().count("SELECT count(*) FROM rate_limit WHERE bucket = 'sign-in-links-per-address' "
        + "AND window_start < " + mailed.server().sqlNow()), "passed windows are forgotten");
  }

  @Test
  void madeUpAddressesFromOneClientDoNotLockTheRealEnablerOut() throws Exception {
    TestServer.await(mailed.server().server().services().people()
        .create("Ebba Möjliggörare", "ebba@example.se", null, AccountRole.ENABLER, StakeholderGroup.RESEARCHER));
    for (int i = 0; i < 10; i++) {
      assertEquals(202, signInLinkFrom("127.0.0.3", "made-up-" + i + "@example.se"));
    }
    assertEquals(429, signInLinkFrom("127.0.0.3", "made-up-10@example.se"), "ten per client and quarter of an hour");
    assertEquals(202, signInLinkFrom("127.0.0.4", "ebba@example.se"), "another client is not held up");
    assertEquals(1, mails(to("ebba@example.se")).size());
  }

  /** Asks for a sign-in link from a client at another loopback address, as another computer would. */
  private static int signInLinkFrom(String clientAddress, String email) throws Exception {
    byte[] body = ("{\"email\":\"" + email + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.bind(new java.net.InetSocketAddress(clientAddress, 0));
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", mailed.server().port()), 5000);
      socket.setSoTimeout(10_000);
      String head = "POST /api/sign-in-links HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().write(body);
      String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
          java.nio.charset.StandardCharsets.US_ASCII)).readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }

  @Test
  void anEnablerRemindsTheLeadersOfLateMinutesOnceADay() throws Exception {
    RestTerm term = RestTerm.create(mailed.server(), "Härnösand");
    RestClient rest = term.rest();
    String token = term.enablerToken();
    String theme = term.theme();
    String local = term.local();
    String leaderToken = term.leader("Lena Ledare", "lena@example.se");
    term.leader("Leo Ledare", null);
    String carerToken = rest.signIn(term.add(leaderToken, "{\"name\":\"Anna Anhörig\",\"group\":\"family-carer\"}")
        .get("link").asText());
    // Six meetings four weeks apart from nine weeks ago: the first ones are held and late, the last ahead.
    term.series(leaderToken, mailed.server().clock().instant().minus(java.time.Duration.ofDays(9 * 7)), 4);
    JsonNode status = rest.ok("GET", "/api/theme-networks/" + theme + "/minutes", token, null);
    assertTrue(status.size() >= 2, status.toString());
    JsonNode late = status.get(0);
    assertTrue(late.get("late").asBoolean() && late.get("canRemind").asBoolean(), late.toString());
    String reminders = "/api/meetings/" + late.get("meetingId").asText() + "/minutes/reminders";

    assertEquals(403, rest.call("POST", reminders, leaderToken, null).status(), "enablers remind");
    assertEquals(403, rest.call("POST", reminders, carerToken, null).status());
    JsonNode sent = rest.ok("POST", reminders, token, null);
    assertEquals("[\"Lena Ledare\"]", sent.get("emailed").toString());
    assertEquals("[\"Leo Ledare\"]", sent.get("notReached").toString(), "no address: the enabler calls instead");
    String subject = "Påminnelse: minnesanteckningarna från " + late.get("title").asText();
    List<MimeMessage> reminded = mails(m -> subject.equals(m.getSubject()));
    assertEquals(1, reminded.size());
    MimeMessage mail = reminded.get(0);
    assertEquals("lena@example.se", mail.getAllRecipients()[0].toString());
    assertTrue(unfold(GreenMailUtil.getBody(mail)).contains("/meeting.html?id=" + late.get("meetingId").asText()));

    RestClient.Reply again = rest.call("POST", reminders, token, null);
    assertEquals(409, again.status());
    assertEquals("reminded_recently", again.body().get("code").asText());
    JsonNode after = rest.ok("GET", "/api/theme-networks/" + theme + "/minutes", token, null).get(0);
    assertEquals(sent.get("remindedAt").asText(), after.get("remindedAt").asText());
    assertFalse(after.get("canRemind").asBoolean());
    JsonNode leaderView = rest.ok("GET", "/api/local-networks/" + local + "/minutes", leaderToken, null).get(0);
    assertEquals(sent.get("remindedAt").asText(), leaderView.get("remindedAt").asText(), "the leader sees the reminder");
    assertFalse(leaderView.get("canRemind").asBoolean());

    String ahead = null;
    for (JsonNode meeting : rest.ok("GET", "/api/meetings", leaderToken, null)) {
      if ("local".equals(meeting.get("kind").asText()) && meeting.get("round").asInt() == 6) {
        ahead = meeting.get("id").asText();
      }
    }
    RestClient.Reply notYet = rest.call("POST", "/api/meetings/" + ahead + "/minutes/reminders", token, null);
    assertEquals("not_held", notYet.body().get("code").asText());
    assertEquals(1, mails(m -> subject.equals(m.getSubject())).size(), "one reminder, to the one leader with an address");

    // A reminder a day at most: twenty hours after the first, another may go.
    mailed.server().clock().advance(MinutesStatusRoutes.REMINDER_GAP.minusMinutes(1));
    assertEquals("reminded_recently", rest.call("POST", reminders, token, null).body().get("code").asText());
    mailed.server().clock().advance(java.time.Duration.ofMinutes(2));
    assertTrue(rest.ok("GET", "/api/theme-networks/" + theme + "/minutes", token, null).get(0).get("canRemind").asBoolean());
    JsonNode second = rest.ok("POST", reminders, token, null);
    assertEquals(mailed.server().clock().instant(), java.time.Instant.parse(second.get("remindedAt").asText()));
    assertEquals(2, mails(m -> subject.equals(m.getSubject())).size());
  }

  @Test
  void aPublishedCompilationIsMailedToTheNetworksOnce() throws Exception {
    RestTerm term = RestTerm.create(mailed.server(), "Kramfors");
    RestClient rest = term.rest();
    String token = term.enablerToken();
    String leaderToken = term.leader("Lena Ledare", "lena@kramfors.example.se");
    term.add(leaderToken, "{\"name\":\"Anna Anhörig\",\"group\":\"family-carer\",\"email\":\"anna@kramfors.example.se\"}");
    term.add(leaderToken, "{\"name\":\"Pelle Politiker\",\"group\":\"politician\"}");
    term.series(leaderToken, mailed.server().clock().instant().minus(java.time.Duration.ofDays(7)), 3);
    String compilation = "/api/theme-networks/" + term.theme() + "/compilations/1";
    rest.ok("PUT", compilation, token, "{\"text\":\"Vad vi hörde.\",\"version\":0}");
    assertEquals(2, rest.ok("POST", compilation + "/publish", token, "{\"version\":1}").get("emailed").asInt(),
        "the two with an address");
    String subject = "Sammanställningen från Möte 1 – Introduktion i Nära vård";
    List<MimeMessage> told = mails(mail -> subject.equals(mail.getSubject())
        && mail.getAllRecipients()[0].toString().endsWith("@kramfors.example.se"));
    java.util.Set<String> to = new java.util.TreeSet<>();
    for (MimeMessage mail : told) {
      to.add(mail.getAllRecipients()[0].toString());
      assertTrue(unfold(GreenMailUtil.getBody(mail)).contains("/compilation.html?theme=" + term.theme() + "&round=1"));
    }
    assertEquals(java.util.Set.of("anna@kramfors.example.se", "lena@kramfors.example.se"), to);

    rest.ok("PUT", compilation, token, "{\"text\":\"Vad vi hörde, rättat.\",\"version\":1}");
    assertEquals(0, rest.ok("POST", compilation + "/publish", token, "{\"version\":2}").get("emailed").asInt(),
        "a correction is published quietly");
    assertEquals(2, mails(mail -> subject.equals(mail.getSubject())).size());
  }

  /** The mails the server has sent that match (all of them: nothing is on its way any more). */
  private static List<MimeMessage> mails(MailMatch match) throws Exception {
    List<MimeMessage> found = new java.util.ArrayList<>();
    for (MimeMessage mail : mailed.delivered()) {
      if (match.test(mail)) {
        found.add(mail);
      }
    }
    return found;
  }

  /** Mails to this address (as the recipient was written, case aside). */
  private static MailMatch to(String address) {
    return mail -> mail.getAllRecipients()[0].toString().equalsIgnoreCase(address);
  }

  private interface MailMatch {
    boolean test(MimeMessage mail) throws Exception;
  }

  /** Undoes quoted-printable soft line breaks, so a long link reads as one string. */
  private static String unfold(String body) {
    return body.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
  }
}

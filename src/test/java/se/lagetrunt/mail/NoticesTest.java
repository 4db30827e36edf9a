package se.lagetrunt.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.notices.Notices;
import se.lagetrunt.testing.MailedServer;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.SubmittedMinutes;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/**
 * What people are told by e-mail, through a real SMTP server: the questions for a meeting, the
 * reminder the day before, minutes open for comments and submitted; each kind goes once, and a
 * person who turned a kind off gets none of it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoticesTest {
  @RegisterExtension
  static final MailedServer mailed = new MailedServer();
  static TwoNetworks nets;
  static RestClient rest;
  /** Mails seen before (by message id): each look is at what came after. */
  static final Set<String> seen = new java.util.HashSet<>();

  @BeforeAll
  static void setUp() {
    nets = new TwoNetworks(mailed.server());
    rest = new RestClient(mailed.server());
    for (String[] person : new String[][] {{nets.own.leader().id().toString(), "ledare@example.se"},
        {nets.own.participant().id().toString(), "anhorig@example.se"}, {nets.own.enabler().id().toString(), "mojlig@example.se"},
        {nets.other.participant().id().toString(), "annan@example.se"}}) {
      mailed.server().execute("UPDATE person SET email = '" + person[1] + "' WHERE id = '" + person[0] + "'");
    }
    // The leader meetings are out of the way of the reminders unless a test puts one in it.
    mailed.server().execute("UPDATE meeting SET starts_at = starts_at - interval '60 days' WHERE kind = 'pre'");
  }

  @Test
  @Order(1)
  void theLeaderSendsTheQuestionsToTheGroupAndAgainOnlyWhenTheyChanged() throws Exception {
    UUID meeting = nets.own.localMeeting();
    String leader = mailed.server().token(nets.own.leader());
    JsonNode sent = rest.ok("POST", "/api/meetings/" + meeting + "/questions/mail", leader, null);
    assertEquals(2, sent.get("mailed").asInt(), "the leader and the participant; the enabler visits, other networks are not told");
    assertFalse(sent.get("sentBefore").asBoolean());
    List<MimeMessage> mails = newMails();
    assertEquals(Set.of("ledare@example.se", "anhorig@example.se"), recipients(mails));
    String body = text(mails.get(0));
    String firstQuestion = rest.ok("GET", "/api/meetings/" + meeting, leader, null).at("/board/questions/0/text").asText();
    assertTrue(mails.get(0).getSubject().startsWith("Frågorna inför "), mails.get(0).getSubject());
    assertTrue(body.contains("1. " + firstQuestion), body);
    assertTrue(body.contains("/meeting.html?id=" + meeting), body);

    JsonNode again = rest.ok("POST", "/api/meetings/" + meeting + "/questions/mail", leader, null);
    assertEquals(0, again.get("mailed").asInt());
    assertTrue(again.get("sentBefore").asBoolean(), "the same questions go once");
    assertEquals(0, newMails().size());

    try (TestClient client = mailed.server().join(nets.own.leader(), meeting, -1)) {
      SubmittedMinutes.command(client, "{\"type\":\"addQuestion\",\"text\":\"Vem ringer vi när det brister?\"}");
    }
    assertEquals(2, rest.ok("POST", "/api/meetings/" + meeting + "/questions/mail", leader, null).get("mailed").asInt());
    List<MimeMessage> changed = newMails();
    assertTrue(changed.get(0).getSubject().startsWith("Ändrade frågor inför "), changed.get(0).getSubject());
    assertTrue(text(changed.get(0)).contains("Vem ringer vi när det brister?"));

    assertEquals(403, rest.call("POST", "/api/meetings/" + meeting + "/questions/mail",
        mailed.server().token(nets.own.participant()), null).status(), "only whoever steers the meeting sends");
    assertEquals(403, rest.call("POST", "/api/meetings/" + meeting + "/questions/mail",
        mailed.server().token(nets.other.leader()), null).status());
  }

  @Test
  @Order(2)
  void theDayBeforeEveryoneIsRemindedOnceAndAgainWhenTheMeetingMoves() throws Exception {
    // The second local meeting, put a little under a day ahead.
    UUID meeting = localMeeting(2);
    Instant starts = mailed.server().clock().instant().plus(Duration.ofHours(20));
    mailed.server().execute("UPDATE meeting SET starts_at = '" + starts + "' WHERE id = '" + meeting + "'");
    assertEquals(2, TestServer.await(notices().remindDayBefore()));
    assertEquals(0, TestServer.await(notices().remindDayBefore()), "reminded once");
    List<MimeMessage> mails = newMails();
    assertEquals(Set.of("ledare@example.se", "anhorig@example.se"), recipients(mails));
    assertTrue(mails.get(0).getSubject().startsWith("Påminnelse: "), mails.get(0).getSubject());
    String body = text(mails.get(0));
    assertTrue(body.contains("/meeting.html?id=" + meeting), body);
    assertTrue(body.contains("Stäng av dem"), "every kind says how to turn it off");

    // Moved: the new time is reminded of; called off: nothing.
    mailed.server().execute("UPDATE meeting SET starts_at = starts_at + interval '2 hours' WHERE id = '" + meeting + "'");
    assertEquals(2, TestServer.await(notices().remindDayBefore()));
    newMails();
    UUID third = localMeeting(3);
    mailed.server().execute("UPDATE meeting SET starts_at = '" + starts + "', cancelled_at = now() WHERE id = '" + third + "'");
    assertEquals(0, TestServer.await(notices().remindDayBefore()), "a cancelled meeting is not reminded of");
    assertEquals(0, newMails().size());

    // A leader meeting: its enablers and the theme's leaders.
    mailed.server().execute("UPDATE meeting SET starts_at = '" + starts + "' WHERE id = '" + nets.own.preMeeting() + "'");
    assertEquals(2, TestServer.await(notices().remindDayBefore()));
    assertEquals(Set.of("ledare@example.se", "mojlig@example.se"), recipients(newMails()));
  }

  @Test
  @Order(3)
  void aPersonWhoTurnedAKindOffGetsNoneOfIt() throws Exception {
    String participant = mailed.server().token(nets.own.participant());
    JsonNode settings = rest.ok("GET", "/api/me/mail", participant, null);
    assertEquals("anhorig@example.se", settings.get("email").asText());
    assertTrue(settings.get("serverSends").asBoolean());
    assertEquals(7, settings.get("kinds").size(), "every kind a person can turn off");
    JsonNode off = rest.ok("PUT", "/api/me/mail", participant, "{\"off\":[\"meeting-reminder\"]}");
    assertFalse(kind(off, "meeting-reminder"));
    assertTrue(kind(off, "questions-ready"));
    assertEquals(422, rest.call("PUT", "/api/me/mail", participant, "{\"off\":[\"sign-in\"]}").status(),
        "a link asked for is not news one can decline");
    assertEquals("invalid_field", rest.call("PUT", "/api/me/mail", participant, "{\"off\":[\"spam\"]}").body()
        .get("code").asText());

    UUID meeting = localMeeting(4);
    mailed.server().execute("UPDATE meeting SET starts_at = '" + mailed.server().clock().instant().plus(Duration.ofHours(3))
        + "' WHERE id = '" + meeting + "'");
    assertEquals(1, TestServer.await(notices().remindDayBefore()), "the leader only");
    assertEquals(Set.of("ledare@example.se"), recipients(newMails()));
    rest.ok("PUT", "/api/me/mail", participant, "{\"off\":[]}");
    assertTrue(kind(rest.ok("GET", "/api/me/mail", participant, null), "meeting-reminder"), "on again");
  }

  @Test
  @Order(4)
  void minutesOutForCommentsAndSubmittedAreToldToTheGroupAndSubmittedToTheEnablers() throws Exception {
    UUID meeting = localMeeting(1);
    Instant deadline = mailed.server().clock().instant().plus(Duration.ofDays(7));
    SubmittedMinutes.openReview(mailed.server(), nets.own.leader(), meeting, deadline);
    List<MimeMessage> review = newMails();
    assertEquals(Set.of("anhorig@example.se"), recipients(review), "the group but the leader who sent them; not the enabler");
    assertTrue(review.get(0).getSubject().startsWith("Läs och kommentera minnesanteckningarna"), review.get(0).getSubject());

    try (TestClient client = mailed.server().join(nets.own.leader(), meeting, -1)) {
      SubmittedMinutes.command(client, "{\"type\":\"signOff\"}");
      SubmittedMinutes.command(client, "{\"type\":\"submitMinutes\"}");
    }
    List<MimeMessage> submitted = newMails();
    assertEquals(Set.of("anhorig@example.se", "mojlig@example.se"), recipients(submitted));
    assertTrue(submitted.get(0).getSubject().endsWith("är inskickade"), submitted.get(0).getSubject());
  }

  private static boolean kind(JsonNode settings, String kind) {
    for (JsonNode each : settings.get("kinds")) {
      if (each.get("kind").asText().equals(kind)) {
        return each.get("on").asBoolean();
      }
    }
    throw new AssertionError("no kind " + kind);
  }

  private static UUID localMeeting(int round) {
    return nets.ownLocalMeeting(mailed.server(), round);
  }


  private static Notices notices() {
    return mailed.server().server().services().notices();
  }

  /** The mails delivered since the last look (GreenMail lists them by mailbox, not in order of arrival). */
  private static List<MimeMessage> newMails() throws Exception {
    List<MimeMessage> fresh = new java.util.ArrayList<>();
    for (MimeMessage mail : mailed.delivered()) {
      if (seen.add(mail.getMessageID())) {
        fresh.add(mail);
      }
    }
    return fresh;
  }

  private static Set<String> recipients(List<MimeMessage> mails) throws Exception {
    Set<String> to = new TreeSet<>();
    for (MimeMessage mail : mails) {
      to.add(mail.getRecipients(Message.RecipientType.TO)[0].toString());
    }
    return to;
  }

  private static String text(MimeMessage mail) throws Exception {
    return (String) mail.getContent();
  }
}

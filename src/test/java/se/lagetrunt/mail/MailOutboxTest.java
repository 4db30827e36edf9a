package se.lagetrunt.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.MailedServer;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;

/**
 * The outbox against a real SMTP server that goes away and comes back, and a server that
 * restarts in between: a mail is written before anyone is told it is on its way, waits while the
 * SMTP server is away, goes once it is back – once – and outlives a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailOutboxTest {
  @RegisterExtension
  static final MailedServer mailed = new MailedServer();

  @Test
  @Order(1)
  void aMailTheSmtpServerDidNotTakeGoesWhenItIsBackAndOnlyOnce() throws Exception {
    String local = network("Östersund");
    mailed.smtpDown();
    JsonNode added = addMember(local, "Åsa Ödman", "asa@example.se");
    assertTrue(added.get("emailed").asBoolean(), "written to the outbox: it is on its way");
    TestServer.await(outbox().settled());
    assertEquals(1, mailed.server().count("SELECT count(*) FROM mail_outbox WHERE to_address = 'asa@example.se' "
        + "AND attempts = 1 AND sent_at IS NULL AND last_error IS NOT NULL"), "tried once, failed, kept");

    mailed.smtpUp();
    assertEquals(0, TestServer.await(outbox().sendDue()), "not tried again before its pause is over");
    assertEquals(0, mailed.delivered().size());
    mailed.server().clock().advance(Duration.ofSeconds(61));
    assertEquals(1, TestServer.await(outbox().sendDue()));
    assertEquals(0, TestServer.await(outbox().sendDue()), "sent: never again");
    List<MimeMessage> mails = mailed.delivered();
    assertEquals(1, mails.size());
    assertEquals("Din personliga länk till Östersund i Laget Runt", mails.get(0).getSubject());
    assertEquals(1, mailed.server().count("SELECT count(*) FROM mail_outbox WHERE to_address = 'asa@example.se' "
        + "AND attempts = 2 AND sent_at IS NOT NULL AND last_error IS NULL"));
  }

  @Test
  @Order(2)
  void aMailWaitingInTheOutboxOutlivesARestart() throws Exception {
    waitingMail("Sundsvall", "Bo Berg", "bo@example.se");
    mailed.restartServer();
    mailed.smtpUp();
    mailed.server().clock().advance(Duration.ofMinutes(10));
    assertEquals(1, TestServer.await(outbox().sendDue()), "the new process found the mail the old one left");
    List<MimeMessage> mails = mailed.delivered();
    assertEquals(1, mails.size());
    assertEquals("bo@example.se", mails.get(0).getAllRecipients()[0].toString());
  }

  @Test
  @Order(3)
  void aMailThatCannotGoForTwoDaysIsGivenUpOnAfterPausesThatGrowToAnHour() throws Exception {
    waitingMail("Kiruna", "Cia Cedergren", "cia@example.se");
    int attempts = 1;
    while (mailed.server().count("SELECT count(*) FROM mail_outbox WHERE to_address = 'cia@example.se' "
        + "AND given_up_at IS NULL") == 1) {
      mailed.server().clock().advance(Duration.ofMinutes(60));
      TestServer.await(outbox().sendDue());
      attempts++;
      assertTrue(attempts < 100, "given up on at last");
    }
    // 1, 2, 4, 8, 16, 32 minutes, then an hour at a time until two days have passed.
    assertEquals(49, attempts);
    assertEquals(1, mailed.server().count("SELECT count(*) FROM mail_outbox WHERE to_address = 'cia@example.se' "
        + "AND attempts = 49 AND sent_at IS NULL"));
    mailed.smtpUp();
    mailed.server().clock().advance(Duration.ofDays(1));
    assertEquals(0, TestServer.await(outbox().sendDue()), "given up is given up");
  }

  @Test
  void thePauseDoublesFromAMinuteToAnHour() {
    assertEquals(Duration.ofMinutes(1), Outbox.pauseAfter(1));
    assertEquals(Duration.ofMinutes(2), Outbox.pauseAfter(2));
    assertEquals(Duration.ofMinutes(32), Outbox.pauseAfter(6));
    assertEquals(Duration.ofHours(1), Outbox.pauseAfter(7));
    assertEquals(Duration.ofHours(1), Outbox.pauseAfter(500));
  }

  /** An invitation written to the outbox while the SMTP server is down, tried once and waiting. */
  private static void waitingMail(String network, String name, String email) throws Exception {
    String local = network(network);
    mailed.smtpDown();
    addMember(local, name, email);
    TestServer.await(outbox().settled());
  }

  private static Outbox outbox() {
    return mailed.server().server().services().outbox();
  }

  private static String network(String name) throws Exception {
    RestClient rest = new RestClient(mailed.server());
    Person enabler = mailed.server().person("Maria Möjliggörare", AccountRole.ENABLER, StakeholderGroup.RESEARCHER);
    String token = mailed.server().token(enabler);
    String theme = rest.ok("POST", "/api/theme-networks", token, "{\"name\":\"Nära vård " + name + "\"}").get("id").asText();
    String local = rest.ok("POST", "/api/theme-networks/" + theme + "/local-networks", token,
        "{\"name\":\"" + name + "\"}").get("id").asText();
    return local + "|" + token;
  }

  private static JsonNode addMember(String networkAndToken, String name, String email) throws Exception {
    String[] parts = networkAndToken.split("\\|");
    return new RestClient(mailed.server()).ok("POST", "/api/local-networks/" + parts[0] + "/members", parts[1],
        "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"group\":\"family-carer\"}");
  }
}

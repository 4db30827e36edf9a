package se.lagetrunt.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.lagetrunt.mail.Outbox;

/**
 * A test server configured to send e-mail through a real SMTP server (GreenMail) on a free port,
 * one of each per test class: {@code @RegisterExtension static final MailedServer mailed = new MailedServer();}
 */
public final class MailedServer implements BeforeAllCallback, AfterAllCallback {
  private GreenMail smtp;
  private TestServer server;

  @Override
  public void beforeAll(ExtensionContext context) {
    // Port 0: GreenMail binds a free port and says which.
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    int port = smtp.getSmtp().getPort();
    server = TestServer.start(TestPostgres.newDatabase(), root -> root.putObject("mail")
        .put("smtpHost", "127.0.0.1").put("smtpPort", port).put("startTls", "disabled")
        .put("from", "Laget Runt <bln@example.se>"));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
    smtp.stop();
  }

  public GreenMail smtp() {
    return smtp;
  }

  /**
   * Every mail the server has sent so far, once nothing more is on its way: the server's outbox
   * says how many the SMTP server accepted, and GreenMail is waited for until it has filed them
   * all (it answers the sender before it files a mail). So what is not here was not sent.
   */
  public List<MimeMessage> delivered() {
    Outbox outbox = server.server().services().outbox();
    TestServer.await(outbox.settled());
    int sent = Math.toIntExact(outbox.sent());
    if (!smtp.waitForIncomingEmail(10_000, sent)) {
      throw new IllegalStateException("the server sent " + sent + " mails, GreenMail filed "
          + smtp.getReceivedMessages().length);
    }
    return List.of(smtp.getReceivedMessages());
  }

  public TestServer server() {
    return server;
  }
}

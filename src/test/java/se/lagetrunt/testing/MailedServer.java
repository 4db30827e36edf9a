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
 * The SMTP server can be stopped and started again on the same port, and the test server
 * restarted on the same database, as an operator's machines would.
 */
public final class MailedServer implements BeforeAllCallback, AfterAllCallback {
  private GreenMail smtp;
  private int port;
  private TestServer server;
  /** What this server's outbox had sent before the current GreenMail started (it starts empty). */
  private long sentBefore;

  @Override
  public void beforeAll(ExtensionContext context) {
    // Port 0: GreenMail binds a free port and says which; a restarted one binds the same.
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    port = smtp.getSmtp().getPort();
    server = startOn(TestPostgres.newDatabase());
  }

  private TestServer startOn(String databaseUrl) {
    return TestServer.start(databaseUrl, root -> root.putObject("mail")
        .put("smtpHost", "127.0.0.1").put("smtpPort", port).put("startTls", "disabled")
        .put("from", "Laget Runt <bln@example.se>"));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
    if (smtp != null) {
      smtp.stop();
    }
  }

  public GreenMail smtp() {
    return smtp;
  }

  /** The SMTP server goes away: connections to its port are refused. */
  public void smtpDown() {
    smtp.stop();
    smtp = null;
  }

  /** The SMTP server is back on the same port, with an empty mailbox. */
  public void smtpUp() {
    sentBefore = server.server().services().outbox().sent();
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  /** Another node: a second server on the same database and SMTP server (the caller closes it). */
  public TestServer anotherNode() {
    return startOn(server.databaseUrl());
  }

  /** The test server stops (what is in its outbox stays in the database) and starts again on the same database. */
  public void restartServer() {
    String database = server.databaseUrl();
    server.close();
    server = startOn(database);
    sentBefore = 0;
  }

  /**
   * Every mail the current SMTP server has received so far, once nothing more is on its way: the
   * server's outbox says how many the SMTP server took, and GreenMail is waited for until it has
   * filed them all (it answers the sender before it files a mail). So what is not here was not sent.
   */
  public List<MimeMessage> delivered() {
    Outbox outbox = server.server().services().outbox();
    TestServer.await(outbox.settled());
    int sent = Math.toIntExact(outbox.sent() - sentBefore);
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

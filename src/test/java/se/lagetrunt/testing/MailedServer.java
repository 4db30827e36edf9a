package se.lagetrunt.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test server configured to send e-mail through a real SMTP server (GreenMail) on a free port,
 * one of each per test class: {@code @RegisterExtension static final MailedServer mailed = new MailedServer();}
 */
public final class MailedServer implements BeforeAllCallback, AfterAllCallback {
  private GreenMail smtp;
  private TestServer server;

  @Override
  public void beforeAll(ExtensionContext context) {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
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

  public TestServer server() {
    return server;
  }
}

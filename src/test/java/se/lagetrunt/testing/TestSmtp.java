package se.lagetrunt.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A real SMTP server (GreenMail) on a free port, and the "mail" settings that point a server at it. */
public final class TestSmtp {
  private TestSmtp() {}

  public static GreenMail start() {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return smtp;
  }

  /** Fills the config's "mail" section for this SMTP server. */
  public static void configure(ObjectNode root, GreenMail smtp) {
    root.putObject("mail")
        .put("smtpHost", "127.0.0.1").put("smtpPort", smtp.getSmtp().getPort()).put("startTls", "disabled")
        .put("from", "Laget Runt <bln@example.se>");
  }
}

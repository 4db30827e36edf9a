package se.lagetrunt.mail;

import io.vertx.core.Future;

/**
 * Sends e-mail when the server has an SMTP server to send through. Without one, nothing is sent
 * and leaders hand personal links over themselves (copied, or as a QR code).
 */
public interface Mailer {
  Mailer NONE = new Mailer() {
    @Override
    public boolean enabled() {
      return false;
    }

    @Override
    public Future<Void> send(String to, MailText text) {
      return Future.failedFuture(new IllegalStateException("no SMTP server is configured"));
    }
  };

  boolean enabled();

  Future<Void> send(String to, MailText text);
}

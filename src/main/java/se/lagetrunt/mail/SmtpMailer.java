package se.lagetrunt.mail;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;

/** E-mail through the configured SMTP server. */
public final class SmtpMailer implements Mailer {
  private final MailClient client;
  private final String from;

  /** Where and how to send: {@code startTls} is required, optional or disabled. */
  public record Settings(String host, int port, String username, String password, String from, String startTls,
      boolean ssl) {}

  public SmtpMailer(Vertx vertx, Settings settings) {
    MailConfig config = new MailConfig()
        .setHostname(settings.host())
        .setPort(settings.port())
        .setSsl(settings.ssl())
        .setStarttls(StartTLSOptions.valueOf(settings.startTls().toUpperCase(java.util.Locale.ROOT)));
    if (settings.username() != null) {
      config.setUsername(settings.username()).setPassword(settings.password()).setLogin(LoginOption.REQUIRED);
    } else {
      config.setLogin(LoginOption.DISABLED);
    }
    this.client = MailClient.create(vertx, config);
    this.from = settings.from();
  }

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public Future<Void> send(String to, MailText text) {
    return client.sendMail(new MailMessage().setFrom(from).setTo(to).setSubject(text.subject()).setText(text.body()))
        .mapEmpty();
  }
}

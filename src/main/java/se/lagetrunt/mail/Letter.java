package se.lagetrunt.mail;

import java.util.Objects;
import java.util.UUID;

/**
 * One mail to one address. {@code personId} (null for an address nobody has yet) lets the person
 * turn the kind off and lets erasure take their mails back; {@code onceKey} (or null) makes a mail
 * that must go once go once, however often it is posted.
 */
public record Letter(UUID personId, String to, MailKind kind, MailText text, String onceKey) {
  public Letter {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  public static Letter to(UUID personId, String address, MailKind kind, MailText text) {
    return new Letter(personId, address, kind, text, null);
  }

  public Letter once(String key) {
    return new Letter(personId, to, kind, text, key);
  }
}

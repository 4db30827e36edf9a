package se.lagetrunt.mail;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a mail is about. A person can turn off each kind that only tells them something; a link
 * they asked for or were given is not news they can decline, so those always go.
 */
public enum MailKind {
  SIGN_IN(false),
  INVITATION(false),
  QUESTIONS_READY(true),
  MEETING_REMINDER(true),
  MINUTES_FOR_COMMENTS(true),
  MINUTES_SUBMITTED(true),
  MINUTES_REMINDER(true),
  COMPILATION_CHECK(true),
  COMPILATION_PUBLISHED(true);

  private final boolean optional;

  MailKind(boolean optional) {
    this.optional = optional;
  }

  /** Whether a person may turn this kind off. */
  public boolean optional() {
    return optional;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<MailKind> fromWire(String name) {
    return Arrays.stream(values()).filter(kind -> kind.wireName().equals(name)).findFirst();
  }
}

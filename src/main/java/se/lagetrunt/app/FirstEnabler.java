package se.lagetrunt.app;

import io.vertx.core.Future;
import java.util.Optional;
import se.lagetrunt.auth.LoginLinks;
import se.lagetrunt.store.PersonStore;

/**
 * A fresh installation has nobody who could invite anybody. This creates the first enabler once,
 * and at each start gives whoever started the server a personal link for them – a new one that
 * replaces the last, so links printed to old consoles and logs do not pile up. Once an enabler
 * has an e-mail address and the server can send mail, nothing is printed: enablers then ask for
 * a sign-in link on the start page.
 */
final class FirstEnabler {
  private FirstEnabler() {}

  static Future<Optional<String>> loginLink(PersonStore people, LoginLinks links, boolean canMail) {
    return (canMail ? people.anEnablerCanBeMailed() : Future.succeededFuture(false)).compose(mailed -> mailed
        ? Future.succeededFuture(Optional.<String>empty())
        : people.firstEnablerOrNew()
            .compose(person -> links.replace(person.id(), null))
            .map(Optional::of));
  }
}

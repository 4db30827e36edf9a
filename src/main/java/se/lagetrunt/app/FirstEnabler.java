package se.lagetrunt.app;

import io.vertx.core.Future;
import se.lagetrunt.auth.LoginLinks;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.AccountRole;
import se.lagetrunt.store.PersonStore;

/**
 * A fresh installation has nobody who could invite anybody. This creates the first enabler once,
 * and hands out a fresh personal login link for them, so whoever started the server can get in.
 */
final class FirstEnabler {
  static final String NAME = "Möjliggörare";

  private FirstEnabler() {}

  static Future<String> loginLink(PersonStore people, LoginLinks links) {
    return people.firstEnabler()
        .compose(found -> found
            .map(Future::succeededFuture)
            .orElseGet(() -> people.create(NAME, null, null, AccountRole.ENABLER, StakeholderGroup.OTHER)))
        .compose(person -> links.create(person.id()));
  }
}

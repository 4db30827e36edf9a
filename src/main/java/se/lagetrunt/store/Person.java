package se.lagetrunt.store;

import se.lagetrunt.domain.AccountRole;
import java.util.UUID;
import se.lagetrunt.domain.StakeholderGroup;

/**
 * A person with an account. {@code removed} people keep their history but can no longer sign in;
 * {@code sharesContact}: they show their e-mail and phone to the others in their networks.
 */
public record Person(
    UUID id, String displayName, String email, String phone, AccountRole accountRole, StakeholderGroup group,
    boolean removed, boolean sharesContact) {

  /** The name the server gives the first enabler at the first start, until they say who they are. */
  public static final String FIRST_ENABLER = "Möjliggörare";

  /** The same person standing for another stakeholder group (as they do in some network). */
  public Person withGroup(StakeholderGroup other) {
    return new Person(id, displayName, email, phone, accountRole, other, removed, sharesContact);
  }

  /** Whether this is the first enabler, not yet introduced: the start page asks who they are. */
  public boolean unintroduced() {
    return accountRole == AccountRole.ENABLER && email == null && FIRST_ENABLER.equals(displayName);
  }
}

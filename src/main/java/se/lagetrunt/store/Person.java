package se.lagetrunt.store;

import se.lagetrunt.domain.AccountRole;
import java.util.UUID;
import se.lagetrunt.domain.StakeholderGroup;

/** A person with an account. {@code removed} people keep their history but can no longer sign in. */
public record Person(
    UUID id, String displayName, String email, String phone, AccountRole accountRole, StakeholderGroup group,
    boolean removed) {}

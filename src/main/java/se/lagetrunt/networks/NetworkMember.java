package se.lagetrunt.networks;

import se.lagetrunt.domain.NetworkRole;
import se.lagetrunt.store.Person;

/** A current leader or participant of a local network. */
public record NetworkMember(Person person, NetworkRole role) {}

package se.lagetrunt.auth;

import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;

/** A person let into a meeting, and the role they hold there. */
public record Admission(Person person, MeetingInfo meeting, MeetingRole role) {}

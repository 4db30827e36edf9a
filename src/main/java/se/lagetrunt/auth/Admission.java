package se.lagetrunt.auth;

import se.lagetrunt.domain.Capabilities;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;

/** A person let into a meeting, and the role they hold there. */
public record Admission(Person person, MeetingInfo meeting, MeetingRole role) {

  /** What they may do in it: decided here, once, for the socket and the REST routes alike. */
  public Capabilities capabilities() {
    return Capabilities.of(role, meeting.kind());
  }
}

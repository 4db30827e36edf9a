package se.lagetrunt.domain;

import java.util.Objects;
import java.util.UUID;

/** Who issues a command, with the role they hold in the meeting the command is for. */
public record Actor(UUID personId, MeetingRole role) {
  public Actor {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(role, "role");
  }
}

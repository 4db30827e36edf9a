package se.lagetrunt.room;

import java.util.UUID;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.domain.StakeholderGroup;

/** One connection joined to a room, with who is behind it as the server established at hello. */
public record Member(ClientChannel channel, Actor actor, String name, StakeholderGroup group) {
  public UUID personId() {
    return actor.personId();
  }
}

package se.lagetrunt.room;

import java.util.UUID;
import se.lagetrunt.domain.Actor;

/** One connection joined to a room, with who is behind it as the server established at hello. */
public record Member(ClientChannel channel, Actor actor, String name, String stakeholderGroup) {
  public UUID personId() {
    return actor.personId();
  }
}

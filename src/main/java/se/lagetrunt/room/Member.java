package se.lagetrunt.room;

import java.util.UUID;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.domain.StakeholderGroup;

/**
 * One connection joined to a room, with who is behind it as the server established at hello.
 *
 * @param attends whether joining now counts as attending (see {@link se.lagetrunt.domain.AttendanceWindow})
 * @param display a read-only screen (the room view on a projector): not a person at the table,
 *     so not present, not in rounds, and it sends no commands
 */
public record Member(ClientChannel channel, Actor actor, String name, StakeholderGroup group, boolean attends,
    boolean display) {
  public UUID personId() {
    return actor.personId();
  }
}

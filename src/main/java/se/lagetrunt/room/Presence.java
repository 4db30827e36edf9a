package se.lagetrunt.room;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import se.lagetrunt.protocol.ServerMessages;
import se.lagetrunt.protocol.ServerMessages.PresentPerson;

/** Who is connected right now: each person once, in the order they came, with their device count; room screens are not people. */
final class Presence {
  private Presence() {}

  static String message(Collection<Member> members) {
    Map<UUID, PresentPerson> people = new LinkedHashMap<>();
    for (Member member : members) {
      if (member.display()) {
        continue;
      }
      people.merge(
          member.personId(),
          new PresentPerson(member.personId(), member.name(), member.group().wireName(),
              member.actor().role().wireName(), 1),
          (a, b) -> new PresentPerson(a.personId(), a.name(), a.stakeholderGroup(), a.role(), a.connections() + 1));
    }
    return ServerMessages.presence(people.values());
  }
}

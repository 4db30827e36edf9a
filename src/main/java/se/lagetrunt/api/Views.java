package se.lagetrunt.api;

import io.vertx.core.json.JsonObject;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;

/** What REST answers look like; one place, so docs and code cannot drift apart. */
final class Views {
  private Views() {}

  static JsonObject person(Person person) {
    return new JsonObject()
        .put("id", person.id().toString())
        .put("name", person.displayName())
        .put("accountRole", person.accountRole().wireName())
        .put("group", person.group().wireName());
  }

  static JsonObject meeting(MeetingInfo meeting, MeetingRole yourRole) {
    JsonObject json = new JsonObject()
        .put("id", meeting.id().toString())
        .put("title", meeting.title())
        .put("createdAt", meeting.createdAt().toString());
    if (yourRole != null) {
      json.put("yourRole", yourRole.wireName());
    }
    return json;
  }
}

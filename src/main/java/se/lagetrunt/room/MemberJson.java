package se.lagetrunt.room;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.domain.Capabilities;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;

/** A member as it travels to the node that owns its meeting: who, and what they may, as decided at admission. */
final class MemberJson {
  private MemberJson() {}

  static JsonObject write(Member member) {
    Capabilities may = member.may();
    return new JsonObject()
        .put("person", member.personId().toString())
        .put("role", member.actor().role().wireName())
        .put("name", member.name())
        .put("group", member.group() == null ? null : member.group().wireName())
        .put("attends", member.attends())
        .put("may", new JsonObject().put("steers", may.steers()).put("inGroup", may.inGroup())
            .put("readsMinutes", may.readsMinutes()).put("writesMinutes", may.writesMinutes())
            .put("seesSpeakingTime", may.seesSpeakingTime()).put("attends", may.attends()).put("readOnly", may.readOnly()));
  }

  static Member read(JsonObject json, ClientChannel channel) {
    JsonObject may = json.getJsonObject("may");
    String group = json.getString("group");
    return new Member(channel,
        new Actor(UUID.fromString(json.getString("person")), MeetingRole.fromWire(json.getString("role"))),
        json.getString("name"),
        group == null ? null : StakeholderGroup.fromWire(group),
        json.getBoolean("attends"),
        new Capabilities(may.getBoolean("steers"), may.getBoolean("inGroup"), may.getBoolean("readsMinutes"),
            may.getBoolean("writesMinutes"), may.getBoolean("seesSpeakingTime"), may.getBoolean("attends"),
            may.getBoolean("readOnly")));
  }
}

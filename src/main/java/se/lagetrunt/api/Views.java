package se.lagetrunt.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import se.lagetrunt.domain.Capabilities;
import se.lagetrunt.domain.MeetingPhase;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.networks.AttendanceReport;
import se.lagetrunt.networks.LocalNetwork;
import se.lagetrunt.networks.MeetingMode;
import se.lagetrunt.networks.NetworkMember;
import se.lagetrunt.networks.SeriesTemplate;
import se.lagetrunt.networks.ThemeNetwork;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.protocol.ServerMessages;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;

/** What REST answers look like; one place, so docs and code cannot drift apart. */
final class Views {
  private Views() {}

  /**
   * The rules' lists and numbers the pages offer and keep to, from the rules themselves, so no
   * page keeps a copy of its own.
   */
  static JsonObject settings() {
    return new JsonObject()
        .put("stakeholderGroups", new JsonArray(Arrays.stream(StakeholderGroup.values()).map(StakeholderGroup::wireName).toList()))
        .put("meetingModes", new JsonArray(MeetingMode.wireNames()))
        .put("maxLeaders", LocalNetwork.MAX_LEADERS)
        .put("maxNoteTakers", MeetingRoutes.MAX_NOTE_TAKERS);
  }

  static JsonObject person(Person person) {
    return new JsonObject()
        .put("id", person.id().toString())
        .put("name", person.displayName())
        .put("accountRole", person.accountRole().wireName())
        .put("group", person.group().wireName());
  }

  /** A network member; contact details only for those who look after the network. */
  static JsonObject member(NetworkMember member, boolean withContact) {
    JsonObject json = person(member.person()).put("role", member.role().wireName());
    if (withContact) {
      json.put("email", member.person().email()).put("phone", member.person().phone());
    }
    return json;
  }

  /** A meeting as everyone sees it; {@code phase} is where it is in time by the server's clock. */
  static JsonObject meeting(MeetingInfo meeting, MeetingRole yourRole, Instant now) {
    Instant startsAt = meeting.startsAt() == null ? null : meeting.startsAt().toInstant();
    JsonObject json = new JsonObject()
        .put("id", meeting.id().toString())
        .put("title", meeting.title())
        .put("kind", meeting.kind())
        .put("round", meeting.round())
        .put("startsAt", meeting.startsAt() == null ? null : meeting.startsAt().toString())
        .put("durationMinutes", meeting.durationMinutes())
        .put("phase", MeetingPhase.of(startsAt, meeting.durationMinutes(), now).wireName())
        .put("mode", meeting.mode())
        .put("purpose", meeting.purpose())
        .put("callLink", meeting.callLink())
        .put("builtInVoice", meeting.builtInVoice())
        .put("localNetworkId", meeting.localNetworkId() == null ? null : meeting.localNetworkId().toString())
        .put("themeNetworkId", meeting.themeNetworkId() == null ? null : meeting.themeNetworkId().toString())
        .put("seriesId", meeting.seriesId() == null ? null : meeting.seriesId().toString())
        .put("createdAt", meeting.createdAt().toString());
    if (yourRole != null) {
      json.put("yourRole", yourRole.wireName()).put("capabilities",
          new JsonObject(Json.write(ServerMessages.capabilities(Capabilities.of(yourRole, meeting.kind())))));
    }
    return json;
  }

  static JsonObject theme(ThemeNetwork theme) {
    return new JsonObject().put("id", theme.id().toString()).put("name", theme.name());
  }

  static JsonObject local(LocalNetwork local) {
    return new JsonObject()
        .put("id", local.id().toString())
        .put("name", local.name())
        .put("themeNetworkId", local.themeNetworkId().toString())
        .put("themeName", local.themeName());
  }

  static JsonObject template(SeriesTemplate template) {
    JsonArray meetings = new JsonArray();
    template.meetings().forEach(meeting -> meetings.add(new JsonObject()
        .put("title", meeting.title())
        .put("purpose", meeting.purpose())
        .put("questions", new JsonArray(meeting.questions()))));
    return new JsonObject()
        .put("key", template.key())
        .put("title", template.title())
        .put("source", template.source())
        .put("meetings", meetings);
  }

  static JsonObject attendance(AttendanceReport report, boolean withPeople) {
    JsonObject byGroup = new JsonObject();
    report.byGroup().forEach((group, count) -> byGroup.put(group.wireName(), count));
    JsonObject json = new JsonObject().put("total", report.total()).put("byGroup", byGroup);
    if (withPeople) {
      json.put("people", list(report.people(), attendee -> new JsonObject()
          .put("name", attendee.name())
          .put("group", attendee.group().wireName())
          .put("via", attendee.via().wireName())));
    }
    return json;
  }

  static <T> JsonArray list(List<T> items, java.util.function.Function<T, JsonObject> view) {
    JsonArray array = new JsonArray();
    items.forEach(item -> array.add(view.apply(item)));
    return array;
  }
}

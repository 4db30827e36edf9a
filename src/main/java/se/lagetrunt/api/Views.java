package se.lagetrunt.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.List;
import java.util.Map;
import se.lagetrunt.documents.CompilationMaterial;
import se.lagetrunt.documents.MinutesDocument;
import se.lagetrunt.documents.MinutesMarkdown;
import se.lagetrunt.documents.SectionHistory;
import se.lagetrunt.domain.BoardQuestion;
import se.lagetrunt.domain.Capabilities;
import se.lagetrunt.domain.MeetingOpening;
import se.lagetrunt.domain.MeetingPhase;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.Round;
import se.lagetrunt.domain.TurnCommand.OrderMode;
import se.lagetrunt.domain.Minutes;
import se.lagetrunt.domain.SpeakingBalance;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.TurnEvent;
import se.lagetrunt.domain.VoiceCheck;
import se.lagetrunt.material.FileType;
import se.lagetrunt.material.TemplateMaterial;
import se.lagetrunt.networks.AttendanceReport;
import se.lagetrunt.networks.LocalNetwork;
import se.lagetrunt.networks.MeetingMode;
import se.lagetrunt.networks.NetworkMember;
import se.lagetrunt.networks.SeriesTemplate;
import se.lagetrunt.networks.ThemeNetwork;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.protocol.ServerMessages;
import se.lagetrunt.store.Compilation;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.store.SessionStore.DeviceSession;
import se.lagetrunt.store.VoiceCheckStore;

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
        .put("roundKinds", new JsonArray(Arrays.stream(Round.Kind.values()).map(Round.Kind::wireName).toList()))
        // The orders a leader picks from; a custom order comes from a round carried over.
        .put("roundOrders", new JsonArray(Stream.of(OrderMode.JOIN, OrderMode.UNHEARD_FIRST, OrderMode.SHUFFLED)
            .map(OrderMode::wireName).toList()))
        .put("maxLeaders", LocalNetwork.MAX_LEADERS)
        .put("maxNoteTakers", MeetingRoutes.MAX_NOTE_TAKERS)
        .put("maxFileBytes", FileType.MAX_BYTES);
  }

  static JsonObject person(Person person) {
    return new JsonObject()
        .put("id", person.id().toString())
        .put("name", person.displayName())
        .put("accountRole", person.accountRole().wireName())
        .put("group", person.group().wireName());
  }

  /** A person with their contact details: for themselves, and for those who look after their network. */
  static JsonObject withContact(Person person) {
    return person(person).put("email", person.email()).put("phone", person.phone()).put("sharesContact", person.sharesContact());
  }

  /**
   * A network member; contact details for those who look after the network, and for the rest of
   * the group when the member chose to share them.
   */
  static JsonObject member(NetworkMember member, boolean manages) {
    Person person = member.person();
    return (manages || person.sharesContact() ? withContact(person) : person(person)).put("role", member.role().wireName());
  }

  /** A meeting as everyone sees it; {@code phase} is where it is in time by the server's clock. */
  static JsonObject meeting(MeetingInfo meeting, MeetingRole yourRole, Instant now) {
    Instant startsAt = meeting.startsAt() == null ? null : meeting.startsAt().toInstant();
    JsonObject json = new JsonObject()
        .put("id", meeting.id().toString())
        .put("title", meeting.title())
        .put("kind", meeting.kind())
        .put("round", meeting.round())
        .put("opening", MeetingOpening.of(meeting.round()).wireName())
        .put("firstRound", MeetingOpening.of(meeting.round()).firstRound().wireName())
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
        .put("createdAt", meeting.createdAt().toString())
        .put("cancelled", meeting.cancelled()
            ? new JsonObject().put("at", meeting.cancelledAt().toString()).put("reason", meeting.cancelReason()) : null);
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
        .put("questions", new JsonArray(meeting.questions()))
        .put("material", new JsonArray(meeting.material().stream().map(TemplateMaterial::title).toList()))));
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

  /** A round in the theme's list of compilations; how far it is only for its enablers. */
  static JsonObject compilationRow(ThemeRounds.Round round, Compilation compilation, boolean enabler) {
    Compilation.Published published = compilation == null ? null : compilation.published();
    JsonObject row = new JsonObject().put("round", round.number()).put("roundTitle", round.title())
        .put("publishedAt", published == null ? null : published.at().toString());
    if (enabler) {
      row.put("meetings", round.meetings().size()).put("submitted", round.submitted().size())
          .put("status", compilation == null ? "none" : published == null ? "draft"
              : compilation.unpublishedChanges() ? "changed" : "published")
          .put("updatedAt", compilation == null ? null : compilation.updatedAt().toString());
    }
    return row;
  }

  /** The round's local meetings a compilation draws on, with how far their minutes are. */
  static JsonArray compilationSources(ThemeRounds.Round round) {
    return new JsonArray(round.meetings().stream().map(held -> new JsonObject()
        .put("localNetwork", held.network())
        .put("meetingId", held.meeting().id().toString())
        .put("title", held.meeting().title())
        .put("startsAt", held.meeting().startsAt() == null ? null : held.meeting().startsAt().toString())
        .put("status", held.state().minutes().status().wireName())).toList());
  }

  /** The submitted minutes side by side, topic by topic (only what others may read). */
  static JsonArray compilationMaterial(CompilationMaterial material) {
    return new JsonArray(material.topics().stream().map(topic -> new JsonObject()
        .put("title", topic.title())
        .put("entries", new JsonArray(topic.entries().stream().map(entry -> new JsonObject()
            .put("localNetwork", entry.network())
            .put("interpretation", entry.interpretation())
            .put("text", entry.text())).toList()))).toList());
  }

  static JsonObject draft(Compilation compilation, String updatedBy) {
    return new JsonObject().put("text", compilation.text()).put("version", compilation.version())
        .put("updatedAt", compilation.updatedAt().toString()).put("updatedBy", updatedBy)
        .put("unpublishedChanges", compilation.unpublishedChanges());
  }

  /** What was published of a compilation; {@code by} is for its enablers (null for members). */
  static JsonObject published(Compilation.Published published, String by) {
    return new JsonObject().put("text", published.text()).put("version", published.version())
        .put("publishedAt", published.at().toString()).put("publishedBy", by);
  }

  /** The published compilation a meeting builds on. */
  static JsonObject compilationLink(Compilation compilation) {
    return new JsonObject().put("themeNetworkId", compilation.themeNetworkId().toString()).put("round", compilation.round())
        .put("publishedAt", compilation.published().at().toString());
  }

  /** The previous meeting's submitted minutes, section by section and as Markdown. */
  static JsonObject summary(MeetingInfo meeting, MinutesDocument doc) {
    return new JsonObject().put("meetingId", meeting.id().toString()).put("title", meeting.title())
        .put("sections", new JsonArray(doc.sections().stream().map(section -> new JsonObject().put("title", section.title())
            .put("interpretation", section.interpretation()).put("text", section.text())).toList()))
        .put("markdown", MinutesMarkdown.render(doc));
  }

  /** The round the previous meeting handed on: who was still to speak, by name. */
  static JsonObject carriedOver(MeetingInfo from, TurnEvent.RoundCarriedOver carried, List<String> names) {
    JsonArray remaining = new JsonArray();
    for (int i = 0; i < names.size(); i++) {
      remaining.add(new JsonObject().put("who", carried.remaining().get(i)).put("name", names.get(i)));
    }
    return new JsonObject().put("fromTitle", from.title()).put("kind", carried.kind().wireName()).put("remaining", remaining);
  }

  /** One writing session in a section's history, with what it added and removed. */
  static JsonObject writingSession(SectionHistory.Session session, String authorName) {
    return new JsonObject().put("version", session.version()).put("author", session.author().toString())
        .put("authorName", authorName).put("from", session.from().toString()).put("at", session.at().toString())
        .put("text", session.text())
        .put("changes", new JsonArray(session.changes().stream()
            .map(piece -> new JsonObject().put("op", piece.op()).put("text", piece.text())).toList()));
  }

  /** A meeting's speaking time against presence, per stakeholder group. */
  static JsonObject balance(MeetingInfo meeting, Map<StakeholderGroup, SpeakingBalance.Share> shares) {
    JsonObject groups = new JsonObject();
    shares.forEach((group, share) -> groups.put(group.wireName(), new JsonObject().put("millis", share.millis())
        .put("people", share.people()).put("voiceMillis", share.voiceMillis())));
    return new JsonObject().put("round", meeting.round()).put("title", meeting.title()).put("groups", groups);
  }

  /** A device a person is signed in on, and the link it came from. */
  static JsonObject deviceSession(DeviceSession session, boolean current) {
    return new JsonObject()
        .put("id", session.id().toString())
        .put("current", current)
        .put("device", session.device())
        .put("signedInAt", session.createdAt().toString())
        .put("lastSeenAt", session.lastSeenAt().toString())
        .put("expiresAt", session.expiresAt().toString())
        .put("linkMadeAt", session.linkCreatedAt() == null ? null : session.linkCreatedAt().toString())
        .put("linkMadeBy", session.linkCreatedBy());
  }

  /** How far a held meeting's minutes are, and whether its leaders may be reminded now. */
  static JsonObject minutesStatus(MeetingInfo meeting, String network, Minutes minutes, boolean late, Instant remindedAt,
      boolean canRemind) {
    return new JsonObject()
        .put("meetingId", meeting.id().toString())
        .put("title", meeting.title())
        .put("localNetwork", network)
        .put("round", meeting.round())
        .put("startsAt", meeting.startsAt().toString())
        .put("status", minutes.status().wireName())
        .put("deadline", minutes.deadline() == null ? null : minutes.deadline().toString())
        .put("late", late)
        .put("remindedAt", remindedAt == null ? null : remindedAt.toString())
        .put("canRemind", canRemind);
  }

  /** Whether a person has checked their sound and connection, and how it went. */
  static JsonObject readiness(VoiceCheckStore.Checked person) {
    return new JsonObject().put("personId", person.personId().toString()).put("name", person.name())
        .put("status", VoiceCheck.readiness(person.check()).wireName())
        .put("checkedAt", person.checkedAt() == null ? null : person.checkedAt().toInstant().toString())
        .put("via", person.check() == null ? new JsonArray() : new JsonArray(person.check().via()));
  }

  /** A shared question a local network set aside, and why. */
  static JsonObject setAside(MeetingInfo meeting, String network, BoardQuestion question) {
    return new JsonObject()
        .put("localNetwork", network)
        .put("meetingId", meeting.id().toString())
        .put("meetingTitle", meeting.title())
        .put("round", meeting.round())
        .put("question", question.text())
        .put("reason", question.notRelevantReason());
  }
}

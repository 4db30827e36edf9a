package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.lagetrunt.auth.Admission;
import se.lagetrunt.auth.LoginLinks;
import se.lagetrunt.auth.MeetingGate;
import se.lagetrunt.domain.Attendee;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.domain.TurnEvent;
import se.lagetrunt.store.AccountRole;
import se.lagetrunt.networks.AttendanceReport;
import se.lagetrunt.store.EventLog;
import se.lagetrunt.store.MeetingChanges;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.MeetingStore;
import se.lagetrunt.store.Person;
import se.lagetrunt.store.PersonStore;

/** Meetings: the ones you may join, their details and questions, and hand-made meetings. */
final class MeetingRoutes {
  private static final int MAX_NOTE_TAKERS = 2;
  private final MeetingGate gate;
  private final LoginLinks links;
  private final PersonStore people;
  private final MeetingStore meetings;
  private final CalendarFiles calendars;
  private final EventLog eventLog;

  MeetingRoutes(MeetingGate gate, LoginLinks links, PersonStore people, MeetingStore meetings, CalendarFiles calendars,
      EventLog eventLog) {
    this.eventLog = eventLog;
    this.gate = gate;
    this.links = links;
    this.people = people;
    this.meetings = meetings;
    this.calendars = calendars;
  }

  void mount(Router router) {
    router.get("/api/meetings").handler(this::list);
    router.post("/api/meetings").handler(this::create);
    router.get("/api/meetings/:id").handler(this::show);
    router.patch("/api/meetings/:id").handler(this::change);
    router.get("/api/meetings/:id/calendar.ics").handler(this::calendar);
    router.get("/api/meetings/:id/attendance").handler(this::attendance);
    router.put("/api/meetings/:id/note-takers/:personId").handler(this::addNoteTaker);
    router.delete("/api/meetings/:id/note-takers/:personId").handler(this::removeNoteTaker);
    router.post("/api/meetings/:id/invitations").handler(this::invite);
  }

  private void list(RoutingContext ctx) {
    meetings.forMember(Requests.person(ctx).id())
        .onSuccess(list -> ctx.json(Views.list(list, meeting -> Views.meeting(meeting, null))))
        .onFailure(ctx::fail);
  }

  /** A hand-made meeting outside any series, with its creator as first member. */
  private void create(RoutingContext ctx) {
    Person person = Requests.person(ctx);
    String title = Fields.line(Fields.body(ctx), "title", 200);
    if (!person.accountRole().createsMeetings()) {
      throw new ApiProblem(403, "forbidden", "Only enablers and leaders create meetings.");
    }
    MeetingRole role = person.accountRole() == AccountRole.ENABLER ? MeetingRole.ENABLER : MeetingRole.LEADER;
    meetings.create(title, person.id(), role)
        .onSuccess(meeting -> {
          ctx.response().putHeader(HttpHeaders.LOCATION, "/api/meetings/" + meeting.id());
          Requests.created(ctx, Views.meeting(meeting, role));
        })
        .onFailure(ctx::fail);
  }

  /** The meeting with its questions: members see them ahead of the meeting, to prepare. */
  private void show(RoutingContext ctx) {
    UUID meetingId = Requests.id(ctx, "id");
    gate.admit(Requests.person(ctx), meetingId)
        .compose(admission -> details(admission.meeting(), admission.role()))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  /**
   * The meeting as its page needs it: questions, who takes notes, and for those who steer a
   * round the previous meeting of the series carried over.
   */
  private Future<JsonObject> details(MeetingInfo meeting, MeetingRole role) {
    return Future.all(meetings.questions(meeting.id()), meetings.noteTakers(meeting.id()),
        role.steers() ? carriedOverInto(meeting) : Future.succeededFuture(null)).map(all -> {
      JsonArray noteTakers = new JsonArray();
      all.<List<UUID>>resultAt(1).forEach(id -> noteTakers.add(id.toString()));
      return Views.meeting(meeting, role)
          .put("questions", new JsonArray(all.<List<String>>resultAt(0)))
          .put("noteTakers", noteTakers)
          .put("carriedOver", all.<JsonObject>resultAt(2));
    });
  }

  /** The round the previous meeting of the series handed on, with names, or null. */
  private Future<JsonObject> carriedOverInto(MeetingInfo meeting) {
    if (meeting.seriesId() == null || meeting.round() == null || meeting.round() < 2) {
      return Future.succeededFuture(null);
    }
    return meetings.ofSeries(meeting.seriesId()).compose(series -> series.stream()
        .filter(previous -> previous.round() == meeting.round() - 1)
        .findFirst()
        .map(previous -> eventLog.currentState(previous.id()).map(state -> {
          TurnEvent.RoundCarriedOver carried = state.turns().carriedOver();
          if (carried == null) {
            return (JsonObject) null;
          }
          JsonArray remaining = new JsonArray();
          for (String who : carried.remaining()) {
            String name = state.attendance().stream()
                .filter(a -> who.equals(a.via() == Attendee.Via.ONLINE ? a.personId().toString() : MeetingState.whoOf(a)))
                .map(Attendee::name).findFirst().orElse("?");
            remaining.add(new JsonObject().put("who", who).put("name", name));
          }
          return new JsonObject().put("fromTitle", previous.title()).put("kind", carried.kind().wireName())
              .put("remaining", remaining);
        }))
        .orElseGet(() -> Future.succeededFuture(null)));
  }

  /** Those who steer a meeting edit it before it is held: title, time, form, purpose, questions. */
  private void change(RoutingContext ctx) {
    UUID meetingId = Requests.id(ctx, "id");
    MeetingChanges changes = changes(Fields.body(ctx));
    steering(ctx, meetingId)
        .compose(admission -> meetings.update(meetingId, changes).compose(updated -> details(updated, admission.role())))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  private static MeetingChanges changes(JsonObject body) {
    List<String> questions = null;
    if (body.containsKey("questions")) {
      if (!(body.getValue("questions") instanceof JsonArray array) || array.size() > 10) {
        throw new ApiProblem(422, "invalid_field", "'questions' must list at most 10 questions.");
      }
      questions = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        questions.add(Fields.text(array.getValue(i), "questions[" + i + "]", 1000, true));
      }
    }
    return new MeetingChanges(
        body.containsKey("title") ? Fields.line(body, "title", 200) : null,
        body.containsKey("startsAt") ? Fields.dateTime(body, "startsAt") : null,
        body.containsKey("durationMinutes") ? Fields.integer(body, "durationMinutes", 15, 600, 120) : null,
        body.containsKey("mode") ? Fields.oneOf(body, "mode", Set.of("digital", "physical", "hybrid"), null) : null,
        body.containsKey("purpose") ? Fields.text(body.getValue("purpose"), "purpose", 2000, false) : null,
        questions);
  }

  private void calendar(RoutingContext ctx) {
    UUID meetingId = Requests.id(ctx, "id");
    gate.admit(Requests.person(ctx), meetingId)
        .onSuccess(admission -> calendars.send(ctx, admission.meeting().title(), List.of(admission.meeting())))
        .onFailure(ctx::fail);
  }

  /** Who was there, per stakeholder group and by name: for those who lead the meeting. */
  private void attendance(RoutingContext ctx) {
    UUID meetingId = Requests.id(ctx, "id");
    steering(ctx, meetingId)
        .compose(admission -> eventLog.currentState(meetingId))
        .map(state -> Views.attendance(AttendanceReport.of(state), true))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  /** The leader hands the note-taker role to someone in the meeting; two at most, who reconcile. */
  private void addNoteTaker(RoutingContext ctx) {
    UUID meetingId = Requests.id(ctx, "id");
    UUID personId = Requests.id(ctx, "personId");
    steering(ctx, meetingId)
        .compose(admission -> meetings.roleOf(meetingId, personId))
        .compose(role -> {
          if (role.isEmpty()) {
            return Future.failedFuture(new ApiProblem(404, "not_found", "This person is not in the meeting."));
          }
          if (role.get().steers()) {
            return Future.failedFuture(new ApiProblem(409, "already_steers", "Leaders and enablers steer; pick a participant."));
          }
          return meetings.noteTakers(meetingId).compose(current -> {
            if (!current.contains(personId) && current.size() >= MAX_NOTE_TAKERS) {
              return Future.failedFuture(new ApiProblem(409, "too_many_note_takers", "A meeting has at most two note-takers."));
            }
            return meetings.addMember(meetingId, personId, MeetingRole.NOTE_TAKER);
          });
        })
        .onSuccess(v -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }

  private void removeNoteTaker(RoutingContext ctx) {
    UUID meetingId = Requests.id(ctx, "id");
    UUID personId = Requests.id(ctx, "personId");
    steering(ctx, meetingId)
        .compose(admission -> meetings.removeNoteTaker(meetingId, personId))
        .onSuccess(v -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }

  private Future<Admission> steering(RoutingContext ctx, UUID meetingId) {
    return gate.admit(Requests.person(ctx), meetingId).compose(admission -> admission.role().steers()
        ? Future.succeededFuture(admission)
        : Future.failedFuture(new ApiProblem(403, "forbidden", "Only those who lead the meeting do this.")));
  }

  /** A steering member adds someone to a hand-made meeting and gets their personal link. */
  private void invite(RoutingContext ctx) {
    UUID meetingId = Requests.id(ctx, "id");
    JsonObject body = Fields.body(ctx);
    String name = Fields.line(body, "name", 120);
    var group = Fields.group(body, "group");
    gate.admit(Requests.person(ctx), meetingId)
        .compose(admission -> admission.role().steers()
            ? people.create(name, null, null, AccountRole.PARTICIPANT, group)
            : Future.failedFuture(new ApiProblem(403, "forbidden", "Only the meeting's leader invites people.")))
        .compose(invited -> meetings.addMember(meetingId, invited.id(), MeetingRole.PARTICIPANT)
            .compose(v -> links.create(invited.id()))
            .map(link -> new JsonObject().put("person", Views.person(invited)).put("link", link)))
        .onSuccess(result -> Requests.created(ctx, result))
        .onFailure(ctx::fail);
  }
}

package se.lagetrunt.api;

import se.lagetrunt.protocol.Farewell;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.lagetrunt.auth.Admission;
import se.lagetrunt.auth.LoginLinks;
import se.lagetrunt.auth.MeetingGate;
import se.lagetrunt.auth.SessionRevoker;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.domain.Attendee;
import se.lagetrunt.domain.Board;
import se.lagetrunt.domain.Capabilities;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.domain.Minutes;
import se.lagetrunt.domain.TurnEvent;
import se.lagetrunt.documents.MinutesDocument;
import se.lagetrunt.networks.AttendanceReport;
import se.lagetrunt.networks.MeetingMode;
import se.lagetrunt.protocol.BoardCodec;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.room.RoomDirectory;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.Compilation;
import se.lagetrunt.store.CompilationStore;
import se.lagetrunt.store.EventLog;
import se.lagetrunt.store.MeetingChanges;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.MeetingStore;
import se.lagetrunt.material.MaterialStore;
import se.lagetrunt.networks.PlanStore;
import se.lagetrunt.store.Person;
import se.lagetrunt.store.PersonStore;

/** Meetings: the ones you may join, their details and questions, and hand-made meetings. */
final class MeetingRoutes {
  /** A leader hands the minutes' pen to at most two people per meeting. */
  public static final int MAX_NOTE_TAKERS = 2;
  private final MeetingGate gate;
  private final LoginLinks links;
  private final PersonStore people;
  private final MeetingStore meetings;
  private final CalendarFiles calendars;
  private final EventLog eventLog;
  private final RoomDirectory rooms;
  private final CompilationStore compilations;
  private final MaterialStore materials;
  private final PlanStore plans;
  private final SessionRevoker sockets;
  private final Clock clock;

  MeetingRoutes(MeetingGate gate, LoginLinks links, PersonStore people, MeetingStore meetings, CalendarFiles calendars,
      EventLog eventLog, RoomDirectory rooms, CompilationStore compilations, MaterialStore materials, PlanStore plans,
      SessionRevoker sockets, Clock clock) {
    this.plans = plans;
    this.compilations = compilations;
    this.materials = materials;
    this.sockets = sockets;
    this.clock = clock;
    this.eventLog = eventLog;
    this.rooms = rooms;
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
        .onSuccess(list -> ctx.json(Views.list(list, meeting -> Views.meeting(meeting, null, clock.instant()))))
        .onFailure(ctx::fail);
  }

  /** A hand-made meeting outside any series, with its creator as first member. */
  private void create(RoutingContext ctx) {
    Person person = Requests.person(ctx);
    String title = Fields.line(Fields.body(ctx), "title", 200);
    if (!person.accountRole().createsMeetings()) {
      throw new ApiProblem(ProblemCode.FORBIDDEN, "Only enablers and leaders create meetings.");
    }
    MeetingRole role = person.accountRole() == AccountRole.ENABLER ? MeetingRole.ENABLER : MeetingRole.LEADER;
    meetings.create(title, person.id(), role)
        .onSuccess(meeting -> {
          ctx.response().putHeader(HttpHeaders.LOCATION, "/api/meetings/" + meeting.id());
          Requests.created(ctx, Views.meeting(meeting, role, clock.instant()));
        })
        .onFailure(ctx::fail);
  }

  /** The meeting with its questions: members see them ahead of the meeting, to prepare. */
  private void show(RoutingContext ctx) {
    UUID meetingId = Requests.id(ctx, "id");
    gate.admit(Requests.person(ctx), meetingId)
        .compose(admission -> details(admission.meeting(), admission.role(), admission.capabilities()))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  /**
   * The meeting as its page needs it: its board (and the questions to prepare), the material to
   * read before it, who takes notes, and for those who steer a round the previous meeting of the
   * series carried over.
   */
  private Future<JsonObject> details(MeetingInfo meeting, MeetingRole role, Capabilities may) {
    return Future.all(eventLog.currentState(meeting.id()), meetings.noteTakers(meeting.id()), previousOf(meeting),
            compilations.publishedFor(meeting), materials.forMeeting(meeting.id()), plans.linkedTo(meeting.id(), meeting.localNetworkId()))
        .compose(all -> {
          JsonArray noteTakers = new JsonArray();
          all.<List<UUID>>resultAt(1).forEach(id -> noteTakers.add(id.toString()));
          Board board = all.<MeetingState>resultAt(0).board();
          JsonObject details = Views.meeting(meeting, role, clock.instant())
              .put("questions", new JsonArray(board.toPrepare()))
              .put("board", new JsonObject(Json.write(BoardCodec.state(board))))
              .put("noteTakers", noteTakers)
              .put("compilation", all.<Optional<Compilation>>resultAt(3).map(Views::compilationLink).orElse(null))
              .put("material", MaterialRoutes.shownIn(all.resultAt(4)))
              .put("plan", all.<Optional<PlanStore.Linked>>resultAt(5).map(plan -> new JsonObject()
                  .put("id", plan.id().toString()).put("title", plan.title()).put("followsUp", plan.followsUp())).orElse(null));
          Previous previous = all.resultAt(2);
          if (previous == null) {
            return Future.succeededFuture(details.putNull("carriedOver").putNull("previousSummary"));
          }
          details.put("previousSummary", previousSummary(previous, may));
          return (role.steers() ? carriedOver(previous) : Future.<JsonObject>succeededFuture(null))
              .map(carried -> details.put("carriedOver", carried));
        });
  }

  /** The meeting before this one in its series, with its state; null for a first or hand-made meeting. */
  private record Previous(MeetingInfo meeting, MeetingState state) {}

  private Future<Previous> previousOf(MeetingInfo meeting) {
    if (meeting.seriesId() == null || meeting.round() == null || meeting.round() < 2) {
      return Future.succeededFuture(null);
    }
    return meetings.ofSeries(meeting.seriesId()).compose(series -> series.stream()
        .filter(previous -> previous.round() == meeting.round() - 1)
        .findFirst()
        .map(previous -> eventLog.currentState(previous.id()).map(state -> new Previous(previous, state)))
        .orElseGet(() -> Future.succeededFuture(null)));
  }

  /**
   * Each meeting opens with a reflection on the last one's summary: once submitted, it is on the
   * next meeting's board (the group's own copy; a local network's enablers get the submitted one).
   */
  private static JsonObject previousSummary(Previous previous, Capabilities may) {
    if (previous.state().minutes().status() != Minutes.Status.SUBMITTED) {
      return null;
    }
    return Views.summary(previous.meeting(), MinutesDocument.of(previous.meeting(), null, previous.state(), MinutesDocument.Audience.of(may)));
  }

  /** The round the previous meeting of the series handed on, with names, or null. */
  private Future<JsonObject> carriedOver(Previous previous) {
    MeetingState state = previous.state();
    TurnEvent.RoundCarriedOver carried = state.turns().carriedOver();
    if (carried == null) {
      return Future.succeededFuture(null);
    }
    List<Future<String>> names = carried.remaining().stream().map(who -> nameOf(who, state)).toList();
    return Future.all(names).map(done -> Views.carriedOver(previous.meeting(), carried,
        names.stream().map(Future::result).toList()));
  }

  /** Who a round entry is: a room or phone seat of that meeting, or a person (who may have joined outside its time). */
  private Future<String> nameOf(String who, MeetingState state) {
    Attendee seat = state.seats().get(who);
    if (seat != null) {
      return Future.succeededFuture(seat.name());
    }
    try {
      return people.find(UUID.fromString(who)).map(person -> person.map(Person::displayName).orElse("?"));
    } catch (IllegalArgumentException notAPerson) {
      return Future.succeededFuture("?");
    }
  }

  /**
   * Those who steer a meeting edit it before it is held: title, time, form, purpose, the group's
   * own call link and whether the built-in voice is on (for the meeting or its whole series), and its
   * planned questions. New questions go through the meeting's room like any board change, so a
   * board someone has open sees them at once.
   */
  private void change(RoutingContext ctx) {
    UUID meetingId = Requests.id(ctx, "id");
    JsonObject body = Fields.body(ctx);
    MeetingChanges changes = changes(body);
    List<String> questions = body.containsKey("questions") ? Fields.questions(body.getValue("questions"), "questions") : null;
    steering(ctx, meetingId)
        // The board first: if it refuses the questions, the meeting is left as it was.
        .compose(admission -> replacePlanned(admission, questions)
            .compose(v -> meetings.update(meetingId, changes, clock.instant().atOffset(java.time.ZoneOffset.UTC)))
            .compose(updated -> details(updated, admission.role(), admission.capabilities())))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  private Future<Void> replacePlanned(Admission admission, List<String> questions) {
    if (questions == null) {
      return Future.succeededFuture();
    }
    Actor actor = new Actor(admission.person().id(), admission.role());
    return rooms.execute(admission.meeting().id(), actor, "rest-" + UUID.randomUUID(),
            BoardRoutes.replacePlanned(questions))
        .<Void>mapEmpty()
        .recover(ApiProblem::fromRefusal);
  }

  private static MeetingChanges changes(JsonObject body) {
    return new MeetingChanges(
        body.containsKey("title") ? Fields.line(body, "title", 200) : null,
        body.containsKey("startsAt") ? Fields.dateTime(body, "startsAt") : null,
        body.containsKey("durationMinutes") ? Fields.integer(body, "durationMinutes", 15, 600, 120) : null,
        body.containsKey("mode") ? Fields.oneOf(body, "mode", MeetingMode.wireNames(), null) : null,
        body.containsKey("purpose") ? Fields.text(body.getValue("purpose"), "purpose", 2000, false) : null,
        body.containsKey("callLink") ? Fields.callLink(body, "callLink") : null,
        body.containsKey("builtInVoice") ? Fields.bool(body, "builtInVoice") : null,
        body.containsKey("wholeSeries") && Fields.bool(body, "wholeSeries"));
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
            return Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "This person is not in the meeting."));
          }
          if (role.get().steers()) {
            return Future.failedFuture(new ApiProblem(ProblemCode.ALREADY_STEERS, "Leaders and enablers steer; pick a participant."));
          }
          return meetings.noteTakers(meetingId).compose(current -> {
            if (!current.contains(personId) && current.size() >= MAX_NOTE_TAKERS) {
              return Future.failedFuture(new ApiProblem(ProblemCode.TOO_MANY_NOTE_TAKERS, "A meeting has at most two note-takers."));
            }
            return meetings.addMember(meetingId, personId, MeetingRole.NOTE_TAKER);
          });
        })
        .onSuccess(v -> {
          sockets.rejoin(personId, meetingId, Farewell.NOW_NOTE_TAKER);
          ctx.response().setStatusCode(204).end();
        })
        .onFailure(ctx::fail);
  }

  private void removeNoteTaker(RoutingContext ctx) {
    UUID meetingId = Requests.id(ctx, "id");
    UUID personId = Requests.id(ctx, "personId");
    steering(ctx, meetingId)
        .compose(admission -> meetings.removeNoteTaker(meetingId, personId))
        .onSuccess(v -> {
          sockets.rejoin(personId, meetingId, Farewell.NO_LONGER_NOTE_TAKER);
          ctx.response().setStatusCode(204).end();
        })
        .onFailure(ctx::fail);
  }

  private Future<Admission> steering(RoutingContext ctx, UUID meetingId) {
    return steering(gate, ctx, meetingId);
  }

  /** The caller's admission to a meeting they lead; 403 for members who do not steer it. */
  static Future<Admission> steering(MeetingGate gate, RoutingContext ctx, UUID meetingId) {
    return gate.admit(Requests.person(ctx), meetingId).compose(admission -> admission.role().steers()
        ? Future.succeededFuture(admission)
        : Future.failedFuture(new ApiProblem(ProblemCode.FORBIDDEN, "Only those who lead the meeting do this.")));
  }

  /**
   * A steering member adds someone to a meeting outside any local network (a hand-made meeting,
   * or the enablers' meetings with the leaders) and gets their personal link. A local network's
   * meetings are its members' – people join those by joining the network, through its leaders –
   * so nobody can make themselves a way into a group's minutes here.
   */
  private void invite(RoutingContext ctx) {
    UUID meetingId = Requests.id(ctx, "id");
    JsonObject body = Fields.body(ctx);
    String name = Fields.line(body, "name", 120);
    var group = Fields.group(body, "group");
    gate.admit(Requests.person(ctx), meetingId)
        .compose(admission -> {
          if (!admission.role().steers()) {
            return Future.failedFuture(new ApiProblem(ProblemCode.FORBIDDEN, "Only the meeting's leader invites people."));
          }
          if ("local".equals(admission.meeting().kind())) {
            return Future.failedFuture(new ApiProblem(ProblemCode.NETWORK_MEETING,
                "A local network's meetings are for its members: add the person to the network instead."));
          }
          return people.create(name, null, null, AccountRole.PARTICIPANT, group);
        })
        .compose(invited -> meetings.addMember(meetingId, invited.id(), MeetingRole.PARTICIPANT)
            .compose(v -> links.create(invited.id(), Requests.person(ctx).id()))
            .map(link -> new JsonObject().put("person", Views.person(invited)).put("link", link)))
        .onSuccess(result -> Requests.created(ctx, result))
        .onFailure(ctx::fail);
  }
}

package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import se.lagetrunt.auth.LoginLinks;
import se.lagetrunt.auth.MeetingGate;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.store.AccountRole;
import se.lagetrunt.store.MeetingStore;
import se.lagetrunt.store.Person;
import se.lagetrunt.store.PersonStore;

/** Meetings: the ones you may join, their details and questions, and hand-made meetings. */
final class MeetingRoutes {
  private final MeetingGate gate;
  private final LoginLinks links;
  private final PersonStore people;
  private final MeetingStore meetings;

  MeetingRoutes(MeetingGate gate, LoginLinks links, PersonStore people, MeetingStore meetings) {
    this.gate = gate;
    this.links = links;
    this.people = people;
    this.meetings = meetings;
  }

  void mount(Router router) {
    router.get("/api/meetings").handler(this::list);
    router.post("/api/meetings").handler(this::create);
    router.get("/api/meetings/:id").handler(this::show);
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
        .compose(admission -> meetings.questions(meetingId).map(questions ->
            Views.meeting(admission.meeting(), admission.role()).put("questions", new JsonArray(questions))))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
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

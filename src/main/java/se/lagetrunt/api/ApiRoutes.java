package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.lagetrunt.auth.AccessDenied;
import se.lagetrunt.auth.LoginLinks;
import se.lagetrunt.auth.MeetingGate;
import se.lagetrunt.auth.TokenService;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.store.AccountRole;
import se.lagetrunt.store.MeetingStore;
import se.lagetrunt.store.Person;
import se.lagetrunt.store.PersonStore;

/**
 * Management over REST: signing in from a link, and meetings with their invitations. Every call
 * but sign-in carries {@code Authorization: Bearer <session token>} and is checked against the
 * database.
 */
public final class ApiRoutes {
  private static final Logger LOG = Logger.getLogger(ApiRoutes.class.getName());
  private static final String PERSON = "person";
  private static final long MAX_BODY_BYTES = 16 * 1024;

  private final MeetingGate gate;
  private final TokenService tokens;
  private final LoginLinks links;
  private final PersonStore people;
  private final MeetingStore meetings;

  public ApiRoutes(MeetingGate gate, TokenService tokens, LoginLinks links, PersonStore people, MeetingStore meetings) {
    this.gate = gate;
    this.tokens = tokens;
    this.links = links;
    this.people = people;
    this.meetings = meetings;
  }

  /** The API's table of contents. */
  public void mount(Router router) {
    router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES));
    router.post("/api/session").handler(this::signIn);
    router.route("/api/*").handler(this::authenticate);
    router.get("/api/me").handler(this::me);
    router.get("/api/meetings").handler(this::listMeetings);
    router.post("/api/meetings").handler(this::createMeeting);
    router.get("/api/meetings/:id").handler(this::showMeeting);
    router.post("/api/meetings/:id/invitations").handler(this::invite);
    router.route("/api/*").handler(ctx -> ctx.fail(new ApiProblem(404, "not_found", "No such API resource.")));
    router.route("/api/*").failureHandler(this::problem);
  }

  private void signIn(RoutingContext ctx) {
    String loginToken = Fields.line(Fields.body(ctx), "loginToken", 100);
    links.redeem(loginToken)
        .compose(found -> found
            .map(people::find)
            .orElseGet(() -> Future.failedFuture(
                new ApiProblem(401, "invalid_link", "This link is not valid any more. Ask for a new one."))))
        .map(person -> person.orElseThrow(() -> new ApiProblem(401, "invalid_link", "This link is not valid any more.")))
        .onSuccess(person -> ctx.json(new JsonObject()
            .put("token", tokens.issue(person.id()))
            .put("person", Views.person(person))))
        .onFailure(ctx::fail);
  }

  private void authenticate(RoutingContext ctx) {
    String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    String token = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : null;
    gate.person(token).onSuccess(person -> {
      ctx.put(PERSON, person);
      ctx.next();
    }).onFailure(ctx::fail);
  }

  private void me(RoutingContext ctx) {
    ctx.json(Views.person(ctx.get(PERSON)));
  }

  private void listMeetings(RoutingContext ctx) {
    Person person = ctx.get(PERSON);
    meetings.forMember(person.id()).onSuccess(list -> {
      JsonArray array = new JsonArray();
      list.forEach(meeting -> array.add(Views.meeting(meeting, null)));
      ctx.json(array);
    }).onFailure(ctx::fail);
  }

  private void createMeeting(RoutingContext ctx) {
    Person person = ctx.get(PERSON);
    String title = Fields.line(Fields.body(ctx), "title", 200);
    if (!person.accountRole().createsMeetings()) {
      ctx.fail(new ApiProblem(403, "forbidden", "Only enablers and leaders create meetings."));
      return;
    }
    MeetingRole role = person.accountRole() == AccountRole.ENABLER ? MeetingRole.ENABLER : MeetingRole.LEADER;
    meetings.create(title, person.id(), role)
        .onSuccess(meeting -> {
          ctx.response().setStatusCode(201).putHeader(HttpHeaders.LOCATION, "/api/meetings/" + meeting.id());
          ctx.json(Views.meeting(meeting, role));
        })
        .onFailure(ctx::fail);
  }

  private void showMeeting(RoutingContext ctx) {
    UUID meetingId = Fields.id(ctx.pathParam("id"));
    gate.admit(ctx.<Person>get(PERSON), meetingId)
        .onSuccess(admission -> ctx.json(Views.meeting(admission.meeting(), admission.role())))
        .onFailure(ctx::fail);
  }

  /** A steering member adds a participant and gets the personal link to hand them. */
  private void invite(RoutingContext ctx) {
    UUID meetingId = Fields.id(ctx.pathParam("id"));
    JsonObject body = Fields.body(ctx);
    String name = Fields.line(body, "name", 120);
    var group = Fields.group(body, "group");
    gate.admit(ctx.<Person>get(PERSON), meetingId)
        .compose(admission -> admission.role().steers()
            ? people.create(name, null, AccountRole.PARTICIPANT, group)
            : Future.failedFuture(new ApiProblem(403, "forbidden", "Only the meeting's leader invites people.")))
        .compose(invited -> meetings.addMember(meetingId, invited.id(), MeetingRole.PARTICIPANT)
            .compose(v -> links.create(invited.id()))
            .map(link -> new JsonObject().put("person", Views.person(invited)).put("link", link)))
        .onSuccess(result -> {
          ctx.response().setStatusCode(201);
          ctx.json(result);
        })
        .onFailure(ctx::fail);
  }

  private void problem(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    ApiProblem problem;
    if (failure instanceof ApiProblem apiProblem) {
      problem = apiProblem;
    } else if (failure instanceof AccessDenied denied) {
      problem = switch (denied.reason()) {
        case UNAUTHENTICATED -> new ApiProblem(401, "unauthenticated", denied.getMessage());
        case FORBIDDEN -> new ApiProblem(403, "forbidden", denied.getMessage());
        case NOT_FOUND -> new ApiProblem(404, "not_found", denied.getMessage());
      };
    } else if (ctx.statusCode() == 413) {
      problem = new ApiProblem(413, "too_large", "The request is too large.");
    } else {
      LOG.log(Level.WARNING, "API call failed: " + ctx.request().path(), failure);
      problem = new ApiProblem(500, "internal", "Something went wrong on the server. Try again.");
    }
    ctx.response()
        .setStatusCode(problem.status())
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
        .end(new JsonObject()
            .put("status", problem.status())
            .put("code", problem.code())
            .put("title", problem.getMessage())
            .encode());
  }
}

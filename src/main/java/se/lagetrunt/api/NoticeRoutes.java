package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import se.lagetrunt.auth.MeetingGate;
import se.lagetrunt.mail.MailKind;
import se.lagetrunt.mail.Outbox;
import se.lagetrunt.notices.Notices;
import se.lagetrunt.store.EventLog;
import se.lagetrunt.store.MeetingStore;
import se.lagetrunt.store.Person;

/**
 * Mail a person asks for or turns off: which kinds of mail they get (every kind that only tells
 * them something can be turned off), and a meeting's leader sending its questions to the group.
 */
final class NoticeRoutes {
  private final MeetingGate gate;
  private final MeetingStore meetings;
  private final EventLog eventLog;
  private final Outbox outbox;
  private final Notices notices;

  NoticeRoutes(MeetingGate gate, MeetingStore meetings, EventLog eventLog, Outbox outbox, Notices notices) {
    this.gate = gate;
    this.meetings = meetings;
    this.eventLog = eventLog;
    this.outbox = outbox;
    this.notices = notices;
  }

  void mount(Router router) {
    router.get("/api/me/mail").handler(this::settings);
    router.put("/api/me/mail").handler(this::setSettings);
    router.post("/api/meetings/:id/questions/mail").handler(this::mailQuestions);
  }

  private void settings(RoutingContext ctx) {
    Person me = Requests.person(ctx);
    outbox.turnedOff(me.id()).onSuccess(off -> ctx.json(view(me, off))).onFailure(ctx::fail);
  }

  private void setSettings(RoutingContext ctx) {
    JsonArray given = Fields.body(ctx).getValue("off") instanceof JsonArray array ? array : null;
    if (given == null) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'off' must list the kinds of mail to turn off (maybe none).");
    }
    Set<MailKind> off = EnumSet.noneOf(MailKind.class);
    for (Object kind : given) {
      MailKind known = kind instanceof String name ? MailKind.fromWire(name).filter(MailKind::optional).orElse(null) : null;
      if (known == null) {
        throw new ApiProblem(ProblemCode.INVALID_FIELD, "'off' names a kind of mail there is not, or one that cannot be "
            + "turned off: " + kind + ".");
      }
      off.add(known);
    }
    Person me = Requests.person(ctx);
    outbox.setTurnedOff(me.id(), off).onSuccess(v -> ctx.json(view(me, off))).onFailure(ctx::fail);
  }

  /** Every kind a person can turn off, on or off; where mail goes, and whether this server sends any. */
  private JsonObject view(Person me, Set<MailKind> off) {
    JsonArray kinds = new JsonArray();
    Arrays.stream(MailKind.values()).filter(MailKind::optional)
        .forEach(kind -> kinds.add(new JsonObject().put("kind", kind.wireName()).put("on", !off.contains(kind))));
    return new JsonObject().put("email", me.email()).put("serverSends", outbox.enabled()).put("kinds", kinds);
  }

  /** The meeting's questions to everyone in its group with an address; the same questions twice go once. */
  private void mailQuestions(RoutingContext ctx) {
    UUID meetingId = Requests.id(ctx, "id");
    MeetingRoutes.steering(gate, ctx, meetingId)
        .compose(admission -> meetings.find(meetingId).map(found -> found.orElseThrow()))
        .compose(meeting -> {
          if (!outbox.enabled()) {
            return Future.failedFuture(new ApiProblem(ProblemCode.MAIL_UNAVAILABLE,
                "This server cannot send e-mail. Hand the questions out another way."));
          }
          if (meeting.cancelled()) {
            return Future.failedFuture(new ApiProblem(ProblemCode.MEETING_CANCELLED, "The meeting is called off."));
          }
          return eventLog.currentState(meetingId).compose(state -> state.board().toPrepare().isEmpty()
              ? Future.failedFuture(new ApiProblem(ProblemCode.NO_QUESTIONS, "The meeting has no questions to send yet."))
              : notices.questions(meeting, state.board().toPrepare()));
        })
        .onSuccess(sent -> ctx.json(new JsonObject().put("mailed", sent.written()).put("sentBefore", sent.sentBefore())))
        .onFailure(ctx::fail);
  }
}

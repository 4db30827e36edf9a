package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import se.lagetrunt.auth.MeetingGate;
import se.lagetrunt.store.EventLog;
import se.lagetrunt.store.MeetingStore;

/**
 * Calling a meeting off, and taking that back: those who steer it give a reason; the meeting is
 * kept and shown as cancelled, its minutes are never "late" and it does not count as held. A
 * meeting that took place is not cancelled.
 */
final class CancellationRoutes {
  private final MeetingGate gate;
  private final MeetingStore meetings;
  private final EventLog eventLog;
  private final Clock clock;

  CancellationRoutes(MeetingGate gate, MeetingStore meetings, EventLog eventLog, Clock clock) {
    this.gate = gate;
    this.meetings = meetings;
    this.eventLog = eventLog;
    this.clock = clock;
  }

  void mount(Router router) {
    router.post("/api/meetings/:id/cancel").handler(this::cancel);
    router.delete("/api/meetings/:id/cancel").handler(ctx -> set(ctx, null));
  }

  private void cancel(RoutingContext ctx) {
    String reason = Fields.line(Fields.body(ctx), "reason", 500);
    set(ctx, reason);
  }

  private void set(RoutingContext ctx, String reason) {
    UUID meetingId = Requests.id(ctx, "id");
    MeetingRoutes.steering(gate, ctx, meetingId)
        .compose(admission -> (reason == null ? Future.succeededFuture(false)
                : eventLog.currentState(meetingId).map(state -> state.held()))
            .compose(held -> held
                ? Future.failedFuture(new ApiProblem(ProblemCode.ALREADY_HELD, "The meeting took place; it is not called off."))
                : meetings.setCancelled(meetingId, reason, clock.instant().atOffset(ZoneOffset.UTC)))
            .map(updated -> Views.meeting(updated, admission.role(), clock.instant())))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }
}

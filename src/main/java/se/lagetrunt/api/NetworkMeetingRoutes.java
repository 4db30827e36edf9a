package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import se.lagetrunt.networks.MeetingMode;
import se.lagetrunt.networks.PlanStore;
import se.lagetrunt.networks.SeriesPlan;
import se.lagetrunt.networks.SeriesStore;

/**
 * A local network's meetings outside its series: a network that goes on as a reference group
 * adds meetings for the same people, and months after a decision the group meets to follow its
 * plan up. Each is one of the network's own meetings – its members in, nobody new created.
 */
final class NetworkMeetingRoutes {
  private static final int MAX_FOLLOW_UP_QUESTIONS = 30;

  private final NetworkAccess access;
  private final SeriesStore series;
  private final PlanStore plans;

  NetworkMeetingRoutes(NetworkAccess access, SeriesStore series, PlanStore plans) {
    this.access = access;
    this.series = series;
    this.plans = plans;
  }

  void mount(Router router) {
    router.post("/api/local-networks/:id/meetings").handler(this::create);
    router.post("/api/plans/:id/follow-up").handler(this::followUp);
  }

  private void create(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    String title = Fields.line(body, "title", 200);
    String purpose = body.getValue("purpose") == null ? "" : Fields.text(body.getValue("purpose"), "purpose", 2000, false);
    List<String> questions = body.getValue("questions") == null ? List.of() : Fields.questions(body.getValue("questions"), "questions");
    SeriesPlan.Planned planned = planned(body, title, purpose, questions);
    access.managerOf(ctx, Requests.id(ctx, "id"))
        .compose(manager -> series.createSingle(manager.local(), Requests.person(ctx).id(), planned))
        .onSuccess(id -> Requests.created(ctx, new JsonObject().put("id", id.toString()).put("title", title)))
        .onFailure(ctx::fail);
  }

  /**
   * Plans the meeting that follows the plan up, once it has been sent for decision: one question
   * per priority area, and the plan at hand in the meeting to mark each measure's progress.
   */
  private void followUp(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    UUID planId = Requests.id(ctx, "id");
    plans.find(planId)
        .compose(found -> found.map(Future::succeededFuture)
            .orElseGet(() -> Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "There is no such plan."))))
        .compose(plan -> access.managerOf(ctx, plan.localNetworkId()).compose(manager -> {
          if (plan.status().editable()) {
            return Future.failedFuture(new ApiProblem(ProblemCode.PLAN_STATUS, "A plan is followed up once it has been sent for decision."));
          }
          List<String> questions = plan.areas().stream().limit(MAX_FOLLOW_UP_QUESTIONS)
              .map(area -> "Hur har det gått med " + SeriesPlan.lowerFirst(area.title()) + "?").toList();
          SeriesPlan.Planned planned = planned(body, "Uppföljning av " + SeriesPlan.lowerFirst(plan.title()),
              "Vi går igenom planen och markerar hur långt varje åtgärd har kommit: inte påbörjad, påbörjad, genomförd eller avbruten.",
              questions);
          return series.createSingle(manager.local(), Requests.person(ctx).id(), planned)
              .compose(meeting -> plans.setFollowUpMeeting(plan.id(), meeting).compose(v -> plans.touch(plan.id()))
                  .map(v -> new JsonObject().put("id", meeting.toString()).put("title", planned.title())));
        }))
        .onSuccess(meeting -> Requests.created(ctx, meeting))
        .onFailure(ctx::fail);
  }

  private static SeriesPlan.Planned planned(JsonObject body, String title, String purpose, List<String> questions) {
    Instant startsAt = Fields.dateTime(body, "startsAt").toInstant();
    int minutes = Fields.integer(body, "durationMinutes", 15, 600, 120);
    String mode = Fields.oneOf(body, "mode", MeetingMode.wireNames(), MeetingMode.DIGITAL.wireName());
    return new SeriesPlan.Planned("local", 0, title, purpose, questions, startsAt, minutes, mode, List.of());
  }
}

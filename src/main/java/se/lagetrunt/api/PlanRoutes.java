package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import se.lagetrunt.documents.MinutesMarkdown;
import se.lagetrunt.documents.PdfFile;
import se.lagetrunt.documents.PlanDocument;
import se.lagetrunt.domain.LocalPlan;
import se.lagetrunt.networks.PlanStore;
import se.lagetrunt.store.EventLog;
import se.lagetrunt.store.MeetingStore;

/**
 * A local network's plan: its leaders (and the theme's enablers) write the priority areas and
 * their measures, and move it from draft to proposed, sent, decided and followed up; everyone in
 * the network reads it and downloads it for the municipal board. The theme's enablers see every
 * network's plan and where it stands.
 */
final class PlanRoutes {

  private final Vertx vertx;
  private final NetworkAccess access;
  private final PlanStore plans;
  private final PlanViews views;
  private final Clock clock;

  PlanRoutes(Vertx vertx, NetworkAccess access, PlanStore plans, MeetingStore meetings, EventLog eventLog, Clock clock) {
    this.vertx = vertx;
    this.access = access;
    this.plans = plans;
    this.views = new PlanViews(plans, meetings, eventLog);
    this.clock = clock;
  }

  void mount(Router router) {
    router.get("/api/local-networks/:id/plans").handler(this::list);
    router.post("/api/local-networks/:id/plans").handler(this::create);
    router.get("/api/theme-networks/:id/plans").handler(this::ofTheme);
    router.get("/api/plans/:id").handler(this::show);
    router.post("/api/plans/:id/areas").handler(this::addArea);
    router.put("/api/plan-areas/:id").handler(this::renameArea);
    router.delete("/api/plan-areas/:id").handler(ctx -> changeOf(ctx, "area", plan -> plans.deleteArea(Requests.id(ctx, "id"))));
    router.post("/api/plan-areas/:id/measures").handler(this::addMeasure);
    router.put("/api/plan-measures/:id").handler(this::updateMeasure);
    router.delete("/api/plan-measures/:id").handler(ctx -> changeOf(ctx, "measure", plan -> plans.deleteMeasure(Requests.id(ctx, "id"))));
    router.put("/api/plan-measures/:id/progress").handler(this::progress);
    router.post("/api/plans/:id/status").handler(this::status);
    router.post("/api/plans/:id/comments").handler(this::comment);
    router.post("/api/plan-comments/:id/resolve").handler(this::resolve);
    router.get("/api/plans/:id/export.md").handler(ctx -> export(ctx, "text/markdown; charset=utf-8", "md",
        doc -> Future.succeededFuture(Buffer.buffer(doc.markdown()))));
    router.get("/api/plans/:id/export.html").handler(ctx -> export(ctx, "text/html; charset=utf-8", "html",
        doc -> Future.succeededFuture(Buffer.buffer(doc.html()))));
    router.get("/api/plans/:id/export.pdf").handler(ctx -> export(ctx, "application/pdf", "pdf",
        doc -> vertx.executeBlocking(() -> Buffer.buffer(PdfFile.render(doc.html())), false)));
  }

  /**
   * A plan with what the caller is in its network, and whether they write it: its leaders, the
   * theme's enablers, and those who take notes in the network's meetings.
   */
  private record Reading(PlanStore.Plan plan, NetworkAccess.Access access, boolean writes) {}

  private Future<Reading> reading(RoutingContext ctx, UUID planId) {
    return plans.find(planId).compose(found -> found
        .map(plan -> access.roleIn(ctx, plan.localNetworkId()).compose(role -> (role.role().manages() ? Future.succeededFuture(true)
                : plans.isNoteTaker(plan.localNetworkId(), Requests.person(ctx).id()))
            .map(writes -> new Reading(plan, role, writes))))
        .orElseGet(() -> Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "There is no such plan."))));
  }

  /** As reading, for those who write the plan. */
  private Future<Reading> writing(RoutingContext ctx, UUID planId) {
    return reading(ctx, planId).compose(reading -> reading.writes() ? Future.succeededFuture(reading)
        : Future.failedFuture(new ApiProblem(ProblemCode.FORBIDDEN, "The network's leaders and note-takers write its plan.")));
  }

  /**
   * The plan; with {@code ?known=n} (the revision the page has) nothing but 204 when nothing has
   * changed since – what the page asks every few seconds, so everyone sees the plan as it is written.
   */
  private void show(RoutingContext ctx) {
    UUID planId = Requests.id(ctx, "id");
    String known = ctx.request().getParam("known");
    Future<Boolean> unchanged = known == null ? Future.succeededFuture(false) : plans.revision(planId).compose(found -> found
        .map(revision -> access.roleIn(ctx, revision.getKey()).map(role -> String.valueOf(revision.getValue()).equals(known)))
        .orElseGet(() -> Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "There is no such plan."))));
    unchanged.compose(same -> same ? Future.succeededFuture((JsonObject) null) : reading(ctx, planId).compose(reading -> views.of(reading.plan(), reading.writes())))
        .onSuccess(view -> {
          if (view == null) {
            ctx.response().setStatusCode(204).end();
          } else {
            ctx.json(view);
          }
        })
        .onFailure(ctx::fail);
  }

  /** As writing, while the plan's areas and measures may still change. */
  private Future<Reading> editing(RoutingContext ctx, UUID planId) {
    return writing(ctx, planId).compose(reading -> reading.plan().status().editable() ? Future.succeededFuture(reading)
        : Future.failedFuture(new ApiProblem(ProblemCode.PLAN_LOCKED,
            "The plan has been sent for decision; its measures are followed up, not rewritten.")));
  }

  private void list(RoutingContext ctx) {
    access.roleIn(ctx, Requests.id(ctx, "id"))
        .compose(role -> plans.ofNetwork(role.local().id()))
        .onSuccess(list -> ctx.json(Views.list(list, PlanViews::listed)))
        .onFailure(ctx::fail);
  }

  private void ofTheme(RoutingContext ctx) {
    access.enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(theme -> plans.ofTheme(theme.id()))
        .onSuccess(list -> ctx.json(Views.list(list, PlanViews::listed)))
        .onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    access.managerOf(ctx, Requests.id(ctx, "id"))
        .compose(manager -> {
          String title = body.getValue("title") == null ? "Lokal plan – " + manager.local().name() : Fields.line(body, "title", 200);
          return plans.create(manager.local().id(), title, Requests.person(ctx).id());
        })
        .compose(plan -> views.of(plan, true))
        .onSuccess(view -> Requests.created(ctx, view))
        .onFailure(ctx::fail);
  }

  private void addArea(RoutingContext ctx) {
    String title = Fields.line(Fields.body(ctx), "title", 300);
    UUID planId = Requests.id(ctx, "id");
    editing(ctx, planId).compose(reading -> plans.addArea(planId, title)).compose(v -> fresh(ctx, planId))
        .onSuccess(view -> Requests.created(ctx, view)).onFailure(ctx::fail);
  }

  private void renameArea(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    String title = Fields.line(body, "title", 300);
    int version = version(body);
    changeOf(ctx, "area", plan -> plans.renameArea(Requests.id(ctx, "id"), title, version).compose(PlanRoutes::unchangedSince));
  }

  private void addMeasure(RoutingContext ctx) {
    PlanStore.MeasureFields fields = measure(Fields.body(ctx));
    changeOf(ctx, "area", plan -> plans.addMeasure(Requests.id(ctx, "id"), fields));
  }

  private void updateMeasure(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    PlanStore.MeasureFields fields = measure(body);
    int version = version(body);
    changeOf(ctx, "measure", plan -> plans.updateMeasure(Requests.id(ctx, "id"), fields, version).compose(PlanRoutes::unchangedSince));
  }

  /** At the follow-up: how far a measure has come. Only once a body has decided on the plan. */
  private void progress(RoutingContext ctx) {
    LocalPlan.Progress progress = parse(Fields.body(ctx), "progress", LocalPlan.Progress::fromWire);
    UUID measureId = Requests.id(ctx, "id");
    plans.planOf("measure", measureId)
        .compose(planId -> planId.map(id -> writing(ctx, id)).orElseGet(PlanRoutes::noSuchPart))
        .compose(reading -> reading.plan().status().followsProgress()
            ? plans.setProgress(measureId, progress).compose(v -> fresh(ctx, reading.plan().id()))
            : Future.failedFuture(new ApiProblem(ProblemCode.PLAN_LOCKED, "Measures are followed up once a body has decided on the plan.")))
        .onSuccess(ctx::json).onFailure(ctx::fail);
  }

  /** Moves the plan on: proposed, sent (to whom, when), decided (when, the decision's reference), followed up. */
  private void status(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    LocalPlan.Status to = parse(body, "status", LocalPlan.Status::fromWire);
    UUID planId = Requests.id(ctx, "id");
    PlanStore.StatusFields fields = switch (to) {
      case SENT -> new PlanStore.StatusFields(to, Fields.line(body, "sentTo", 300), date(body, "sentOn"), null, null, null);
      case ADOPTED, NOT_ADOPTED -> new PlanStore.StatusFields(to, null, null, date(body, "decidedOn"),
          Fields.optionalLine(body, "decisionRef", 300), null);
      case FOLLOWED_UP -> new PlanStore.StatusFields(to, null, null, null, null, LocalDate.ofInstant(clock.instant(), MinutesMarkdown.SWEDEN));
      default -> new PlanStore.StatusFields(to, null, null, null, null, null);
    };
    writing(ctx, planId)
        .compose(reading -> {
          String refusal = LocalPlan.refusal(reading.plan().status(), to, reading.plan().measures());
          if (refusal != null) {
            return Future.failedFuture(new ApiProblem(ProblemCode.PLAN_STATUS, refusal));
          }
          return plans.setStatus(planId, reading.plan().status(), fields).compose(PlanRoutes::unchangedSince);
        })
        .compose(v -> fresh(ctx, planId))
        .onSuccess(ctx::json).onFailure(ctx::fail);
  }

  /**
   * The group's review of a proposed plan: anyone in the network comments on the plan as a whole
   * or on one area ({@code areaId}), before it is sent for decision.
   */
  private void comment(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    String text = Fields.text(body.getValue("text"), "text", 2000, true);
    UUID areaId = body.getValue("areaId") == null ? null : Requests.uuid(body.getValue("areaId"), "areaId");
    UUID planId = Requests.id(ctx, "id");
    reading(ctx, planId)
        .compose(reading -> reading.plan().status() != LocalPlan.Status.PROPOSED
            ? Future.failedFuture(new ApiProblem(ProblemCode.PLAN_STATUS, "Comments are for a proposed plan, before it is sent."))
            : plans.comment(planId, areaId, text, Requests.person(ctx).id()))
        .compose(added -> added ? fresh(ctx, planId)
            : Future.failedFuture(new ApiProblem(ProblemCode.INVALID_FIELD, "'areaId' must be one of the plan's areas.")))
        .onSuccess(view -> Requests.created(ctx, view)).onFailure(ctx::fail);
  }

  private void resolve(RoutingContext ctx) {
    UUID commentId = Requests.id(ctx, "id");
    plans.planOfComment(commentId)
        .compose(planId -> planId.map(id -> writing(ctx, id)).orElseGet(PlanRoutes::noSuchPart))
        .compose(reading -> plans.resolve(commentId, Requests.person(ctx).id()).compose(v -> fresh(ctx, reading.plan().id())))
        .onSuccess(ctx::json).onFailure(ctx::fail);
  }

  /** A change to one area or measure of a plan the caller may edit; answered with the plan as it is now. */
  private void changeOf(RoutingContext ctx, String kind, Function<UUID, Future<?>> change) {
    plans.planOf(kind, Requests.id(ctx, "id"))
        .compose(planId -> planId.map(id -> editing(ctx, id)).orElseGet(PlanRoutes::noSuchPart))
        .compose(reading -> change.apply(reading.plan().id()).compose(v -> fresh(ctx, reading.plan().id())))
        .onSuccess(ctx::json).onFailure(ctx::fail);
  }

  private static Future<Reading> noSuchPart() {
    return Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "That part of the plan is gone (someone removed it)."));
  }

  private static Future<Void> unchangedSince(boolean changed) {
    return changed ? Future.succeededFuture() : Future.failedFuture(new ApiProblem(ProblemCode.VERSION_CONFLICT,
        "Someone else changed this in the meantime. Look at their text, then change it again."));
  }

  /** After a change: the plan marked changed for every page that watches it, and as it is now. */
  private Future<JsonObject> fresh(RoutingContext ctx, UUID planId) {
    return plans.touch(planId).compose(v -> reading(ctx, planId)).compose(reading -> views.of(reading.plan(), reading.writes()));
  }

  private void export(RoutingContext ctx, String contentType, String extension, Function<PlanDocument, Future<Buffer>> render) {
    reading(ctx, Requests.id(ctx, "id"))
        .compose(reading -> render.apply(new PlanDocument(reading.plan(), reading.access().local().name(),
            reading.access().local().themeName(), clock.instant())))
        .onSuccess(body -> ctx.response()
            .putHeader("Content-Type", contentType)
            .putHeader("Content-Disposition", "attachment; filename=\"lokal-plan." + extension + "\"")
            .end(body))
        .onFailure(ctx::fail);
  }

  private static PlanStore.MeasureFields measure(JsonObject body) {
    List<LocalPlan.Responsible> responsible = new ArrayList<>();
    if (body.getValue("responsible") != null) {
      if (!(body.getValue("responsible") instanceof JsonArray list) || list.size() > LocalPlan.Responsible.values().length) {
        throw new ApiProblem(ProblemCode.INVALID_FIELD, "'responsible' lists who carries the measure.");
      }
      for (Object each : list) {
        LocalPlan.Responsible who = parse(new JsonObject().put("responsible", each), "responsible", LocalPlan.Responsible::fromWire);
        if (!responsible.contains(who)) {
          responsible.add(who);
        }
      }
    }
    return new PlanStore.MeasureFields(Fields.text(body.getValue("what"), "what", 2000, true), responsible,
        optional(body, "responsibleNote", 300), optional(body, "due", 100),
        body.getValue("needs") == null ? "" : Fields.text(body.getValue("needs"), "needs", 1000, false));
  }

  private static String optional(JsonObject body, String field, int max) {
    String value = Fields.optionalLine(body, field, max);
    return value == null ? "" : value;
  }

  private static int version(JsonObject body) {
    int version = Fields.integer(body, "version", 1, Integer.MAX_VALUE, -1);
    if (version < 1) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'version' is required: the version the change was made on.");
    }
    return version;
  }

  private static <T> T parse(JsonObject body, String field, Function<String, T> parser) {
    try {
      return parser.apply(String.valueOf(body.getValue(field)));
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' is not one of the values it can be.");
    }
  }

  private static LocalDate date(JsonObject body, String field) {
    try {
      return LocalDate.parse(String.valueOf(body.getValue(field)));
    } catch (DateTimeParseException e) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must be a date (YYYY-MM-DD).");
    }
  }

}

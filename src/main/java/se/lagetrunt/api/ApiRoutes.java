package se.lagetrunt.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.TimeoutHandler;
import java.util.function.IntSupplier;
import java.util.logging.Logger;
import se.lagetrunt.store.RepeatedFaults;
import se.lagetrunt.auth.AccessDenied;
import se.lagetrunt.auth.MeetingGate;
import se.lagetrunt.room.RoomDirectory;
import se.lagetrunt.domain.AccountRole;

/**
 * Management over REST. Every call but sign-in carries {@code Authorization: Bearer <session
 * token>}; the person is looked up in the database each time, and each handler checks what that
 * person may do in the network or meeting it touches. Refusals are application/problem+json.
 */
public final class ApiRoutes {
  private static final RepeatedFaults FAULTS = RepeatedFaults.of(Logger.getLogger(ApiRoutes.class.getName()));
  private static final long MAX_BODY_BYTES = 16 * 1024;
  private static final String OPEN_API = Resources.text("/openapi.yaml");

  private final MeetingGate gate;
  private final IntSupplier openConnections;
  private final RoomDirectory rooms;
  private final MeetingRoutes meetingRoutes;
  private final NetworkRoutes networkRoutes;
  private final BoardRoutes boardRoutes;
  private final MinutesRoutes minutesRoutes;
  private final MinutesStatusRoutes minutesStatusRoutes;
  private final CompilationRoutes compilationRoutes;
  private final SeriesRoutes seriesRoutes;
  private final SessionRoutes sessionRoutes;
  private final VoiceRoutes voiceRoutes;
  private final PersonalDataRoutes personalDataRoutes;
  private final PersonErasureRoutes erasureRoutes;
  private final PublicCompilationRoutes publicCompilationRoutes;
  private final MaterialRoutes materialRoutes;
  private final CompilationCheckRoutes checkRoutes;
  private final TermReportRoutes reportRoutes;
  private final PlanRoutes planRoutes;
  private final NetworkMeetingRoutes networkMeetingRoutes;
  private final CancellationRoutes cancellationRoutes;
  private final PeopleRoutes peopleRoutes;
  private final NoticeRoutes noticeRoutes;
  private final CalendarFeedRoutes calendarFeedRoutes;
  private final ThemeTemplateRoutes themeTemplateRoutes;
  private final boolean sendsMail;
  private final EnablerRoutes enablerRoutes;
  private final long requestTimeoutMillis;

  public ApiRoutes(ApiContext api) {
    this.gate = api.gate();
    this.requestTimeoutMillis = api.requestTimeoutMillis();
    this.openConnections = api.openConnections();
    this.rooms = api.rooms();
    this.sessionRoutes = new SessionRoutes(api.tokens(), api.deviceSessions(), api.sockets(), api.links(),
        api.people(), api.mailer(), api.signInLimits());
    CalendarFiles calendars = new CalendarFiles(api.eventLog(), api.publicUrl(), api.clock());
    NetworkAccess access = new NetworkAccess(api.networks());
    this.meetingRoutes = new MeetingRoutes(api.gate(), api.links(), api.people(), api.meetings(), calendars,
        api.eventLog(), api.rooms(), api.compilations(), api.materials(), api.plans(), api.sockets(), api.clock());
    this.networkRoutes = new NetworkRoutes(access, api.networks(), api.people(), api.links(), api.deviceSessions(),
        api.sockets(), api.mailer());
    this.boardRoutes = new BoardRoutes(api.gate(), access, api.networks(), api.meetings(), api.eventLog(), api.rooms(),
        api.materials(), api.clock());
    this.minutesRoutes = new MinutesRoutes(api.vertx(), api.gate(), api.networks(), api.meetings(), api.eventLog(),
        api.rooms(), api.people());
    this.minutesStatusRoutes = new MinutesStatusRoutes(access, api.networks(), api.meetings(), api.eventLog(),
        api.reminders(), api.mailer(), api.publicUrl(), api.clock());
    this.compilationRoutes = new CompilationRoutes(api.vertx(), api.networks(), api.meetings(), api.eventLog(),
        api.compilations(), api.checks(), api.people(), api.mailer(), api.publicUrl(), api.clock());
    this.checkRoutes = new CompilationCheckRoutes(api.networks(), api.meetings(), api.compilations(), api.checks(), api.mailer(),
        api.publicUrl(), api.clock());
    this.seriesRoutes = new SeriesRoutes(access, api.networks(), api.series(), api.templates(), api.themeTemplates(), api.meetings(),
        api.eventLog(), calendars, api.clock(), api.rooms());
    this.voiceRoutes = new VoiceRoutes(api.turn(), api.voiceChecks(), api.gate(), api.clock());
    this.personalDataRoutes = new PersonalDataRoutes(api.vertx(), api.clock(), api.personalData());
    this.erasureRoutes = new PersonErasureRoutes(access, api.erasure(), api.sockets(), api.rooms(), api.clock());
    this.publicCompilationRoutes = new PublicCompilationRoutes(api.vertx(), access, api.compilations(), api.publicCompilations(),
        api.publicUrl());
    this.reportRoutes = new TermReportRoutes(api.vertx(), access, api.networks(),
        new ThemeRounds(api.networks(), api.meetings(), api.eventLog()), api.compilations(), api.plans(), api.clock());
    this.enablerRoutes = new EnablerRoutes(access, api.networks(), api.people(), api.links(), api.deviceSessions(), api.sockets(),
        api.mailer());
    this.peopleRoutes = new PeopleRoutes(access, api.networks(), api.people());
    this.sendsMail = api.mailer().enabled();
    this.themeTemplateRoutes = new ThemeTemplateRoutes(access, api.themeTemplates(), api.templates(), api.clock());
    this.calendarFeedRoutes = new CalendarFeedRoutes(api.calendarFeeds(), api.meetings(), calendars, api.publicUrl(), api.clock());
    this.noticeRoutes = new NoticeRoutes(api.gate(), api.meetings(), api.eventLog(), api.mailer(), api.notices());
    this.cancellationRoutes = new CancellationRoutes(api.gate(), api.meetings(), api.eventLog(), api.clock());
    this.networkMeetingRoutes = new NetworkMeetingRoutes(access, api.series(), api.plans());
    this.planRoutes = new PlanRoutes(api.vertx(), access, api.plans(), api.meetings(), api.eventLog(), api.clock());
    this.materialRoutes = new MaterialRoutes(api.vertx(), access, api.materials(),
        new MaterialPlaces(api.networks(), api.meetings(), api.eventLog()));
  }

  /** The API's table of contents; the handlers of each part are listed in its own mount(). */
  public void mount(Router router) {
    // Answers hold personal data (minutes, names, links): no cache on the way or on the device keeps them.
    router.route("/api/*").handler(ctx -> {
      ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
      ctx.next();
    });
    // A body that trickles in (or a call that hangs) is answered 503 at the limit, not waited for;
    // a file upload has its own, longer limit.
    TimeoutHandler timeout = TimeoutHandler.create(requestTimeoutMillis);
    router.route("/api/*").handler(ctx -> {
      if (MaterialRoutes.isUpload(ctx)) {
        ctx.next();
      } else {
        timeout.handle(ctx);
      }
    });
    // The larger bodies: a compilation's text, and files. A request meets one body handler, the first it passes.
    router.put(CompilationRoutes.SAVE_PATH).handler(BodyHandler.create(false).setBodyLimit(CompilationRoutes.MAX_BODY_BYTES));
    MaterialRoutes.mountUploads(router);
    router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES));
    router.get("/api/openapi.yaml").handler(ApiRoutes::openApi);
    router.get("/api/settings").handler(ctx -> ctx.json(Views.settings().put("sendsMail", sendsMail)));
    sessionRoutes.mountOpen(router);
    publicCompilationRoutes.mountOpen(router);
    calendarFeedRoutes.mountOpen(router);
    router.route("/api/*").handler(this::authenticate);
    router.get("/api/me").handler(ctx -> ctx.json(Views.withContact(Requests.person(ctx))
        .put("unintroduced", Requests.person(ctx).unintroduced())));
    personalDataRoutes.mount(router);
    sessionRoutes.mount(router);
    router.get("/api/server-status").handler(this::serverStatus);
    meetingRoutes.mount(router);
    networkRoutes.mount(router);
    erasureRoutes.mount(router);
    boardRoutes.mount(router);
    minutesRoutes.mount(router);
    minutesStatusRoutes.mount(router);
    compilationRoutes.mount(router);
    checkRoutes.mount(router);
    reportRoutes.mount(router);
    planRoutes.mount(router);
    networkMeetingRoutes.mount(router);
    cancellationRoutes.mount(router);
    peopleRoutes.mount(router);
    noticeRoutes.mount(router);
    calendarFeedRoutes.mount(router);
    themeTemplateRoutes.mount(router);
    enablerRoutes.mount(router);
    publicCompilationRoutes.mount(router);
    seriesRoutes.mount(router);
    materialRoutes.mount(router);
    voiceRoutes.mount(router);
    router.route("/api/*").handler(ctx -> ctx.fail(new ApiProblem(ProblemCode.NOT_FOUND, "No such API resource.")));
    router.route("/api/*").failureHandler(ApiRoutes::problem);
    router.route("/calendar/*").failureHandler(ApiRoutes::problem);
  }

  /** How busy the server is – for enablers, not for anyone who can reach /health. */
  private void serverStatus(RoutingContext ctx) {
    if (Requests.person(ctx).accountRole() != AccountRole.ENABLER) {
      throw new ApiProblem(ProblemCode.FORBIDDEN, "Only enablers see the server's load.");
    }
    ctx.json(new JsonObject().put("connections", openConnections.getAsInt()).put("liveMeetings", rooms.liveRooms()));
  }

  /** This API described in OpenAPI 3 (src/main/resources/openapi.yaml). */
  private static void openApi(RoutingContext ctx) {
    ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/yaml; charset=utf-8").end(OPEN_API);
  }

  private void authenticate(RoutingContext ctx) {
    String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    String token = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : null;
    gate.signedIn(token).onSuccess(signedIn -> {
      ctx.put(Requests.PERSON, signedIn.person());
      ctx.put(Requests.SESSION, signedIn.sessionId());
      ctx.next();
    }).onFailure(ctx::fail);
  }

  private static void problem(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    ApiProblem problem;
    if (failure instanceof ApiProblem apiProblem) {
      problem = apiProblem;
    } else if (failure instanceof AccessDenied denied) {
      problem = switch (denied.reason()) {
        case UNAUTHENTICATED -> new ApiProblem(ProblemCode.UNAUTHENTICATED, denied.getMessage());
        case FORBIDDEN -> new ApiProblem(ProblemCode.FORBIDDEN, denied.getMessage());
        case NOT_FOUND -> new ApiProblem(ProblemCode.NOT_FOUND, denied.getMessage());
      };
    } else if (ctx.statusCode() == 413) {
      problem = new ApiProblem(ProblemCode.TOO_LARGE, "The request is too large.");
    } else if (ctx.statusCode() == 503 && failure == null) {
      // The timeout: a slow client, or a slow moment of ours, is no server error.
      problem = new ApiProblem(ProblemCode.TOO_SLOW, "The request did not arrive in time. Try again.");
    } else {
      FAULTS.report("API call failed: " + ctx.request().path(), failure);
      problem = new ApiProblem(ProblemCode.INTERNAL, "Something went wrong on the server. Try again.");
    }
    problem.retryAfter().ifPresent(wait ->
        ctx.response().putHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds() + 1))));
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

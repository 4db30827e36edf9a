package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.lagetrunt.documents.CompilationCheck;
import se.lagetrunt.documents.MinutesMarkdown;
import se.lagetrunt.mail.MailText;
import se.lagetrunt.mail.Letter;
import se.lagetrunt.mail.MailKind;
import se.lagetrunt.mail.Outbox;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.networks.ThemeNetwork;
import se.lagetrunt.store.Compilation;
import se.lagetrunt.store.CompilationChecks;
import se.lagetrunt.store.CompilationStore;
import se.lagetrunt.store.MeetingStore;
import se.lagetrunt.store.Person;

/**
 * The leaders' check of a compilation before it is published: the enablers send a version of the
 * draft with a deadline (the leaders are e-mailed when the server can), each leader of the theme's
 * networks comments on its sections or says they are done, the enablers mark comments resolved.
 * Until the deadline, publishing waits for every leader unless the enablers say to go ahead.
 */
final class CompilationCheckRoutes {

  private final NetworkStore networks;
  private final MeetingStore meetings;
  private final CompilationStore compilations;
  private final CompilationChecks checks;
  private final Outbox mailer;
  private final String publicUrl;
  private final Clock clock;

  CompilationCheckRoutes(NetworkStore networks, MeetingStore meetings, CompilationStore compilations, CompilationChecks checks,
      Outbox mailer, String publicUrl, Clock clock) {
    this.networks = networks;
    this.meetings = meetings;
    this.compilations = compilations;
    this.checks = checks;
    this.mailer = mailer;
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  void mount(Router router) {
    router.get("/api/theme-networks/:id/compilations/:round/check").handler(this::show);
    router.post("/api/theme-networks/:id/compilations/:round/check").handler(this::send);
    router.post("/api/theme-networks/:id/compilations/:round/check/comments").handler(this::comment);
    router.post("/api/theme-networks/:id/compilations/:round/check/comments/:commentId/resolve").handler(this::resolve);
    router.post("/api/theme-networks/:id/compilations/:round/check/done").handler(this::done);
    router.get("/api/me/compilation-checks").handler(this::asking);
  }

  /** For the start page: the drafts the caller, as a leader, is asked to check now. */
  private void asking(RoutingContext ctx) {
    checks.asking(Requests.person(ctx).id())
        .onSuccess(list -> ctx.json(Views.list(list, asking -> new JsonObject()
            .put("themeNetworkId", asking.themeId().toString()).put("themeNetwork", asking.theme())
            .put("round", asking.round()).put("roundTitle", asking.roundTitle())
            .put("deadline", asking.deadline().toString()).put("answered", asking.answered()))))
        .onFailure(ctx::fail);
  }

  /** Who takes part in the check: the theme's enablers, who send it, and its leaders now, who answer. */
  private record Checker(ThemeNetwork theme, int round, boolean enabler, Person person, List<CompilationChecks.Leader> leaders) {}

  private Future<Checker> checker(RoutingContext ctx) {
    UUID themeId = Requests.id(ctx, "id");
    int round = round(ctx);
    Person person = Requests.person(ctx);
    return networks.theme(themeId).compose(theme -> theme
        .map(found -> Future.all(networks.isEnabler(themeId, person.id()), checks.leaders(themeId)).compose(both -> {
          boolean enabler = both.resultAt(0);
          List<CompilationChecks.Leader> leaders = both.resultAt(1);
          if (!enabler && leaders.stream().noneMatch(leader -> leader.id().equals(person.id()))) {
            return Future.<Checker>failedFuture(new ApiProblem(ProblemCode.FORBIDDEN,
                "The theme network's enablers and leaders check its compilations."));
          }
          return Future.succeededFuture(new Checker(found, round, enabler, person, leaders));
        }))
        .orElseGet(() -> Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "There is no such theme network."))));
  }

  private static int round(RoutingContext ctx) {
    try {
      int round = Integer.parseInt(ctx.pathParam("round"));
      if (round >= 1 && round <= 50) {
        return round;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new ApiProblem(ProblemCode.NOT_FOUND, "The theme network has no such round.");
  }

  private void show(RoutingContext ctx) {
    checker(ctx).compose(this::view).onSuccess(ctx::json).onFailure(ctx::fail);
  }

  /** The check as the page shows it: the version sent, its sections, who has answered, and every comment. */
  private Future<JsonObject> view(Checker checker) {
    UUID themeId = checker.theme().id();
    return Future.all(checks.latest(themeId, checker.round()), checks.comments(themeId, checker.round()),
            compilations.find(themeId, checker.round()))
        .compose(all -> {
          Optional<CompilationCheck> latest = all.resultAt(0);
          JsonArray comments = new JsonArray();
          all.<List<CompilationChecks.Comment>>resultAt(1).forEach(c -> comments.add(new JsonObject()
              .put("id", c.id().toString()).put("version", c.version()).put("section", c.section()).put("text", c.text())
              .put("by", c.byName()).put("mine", c.by().equals(checker.person().id())).put("at", c.at().toString())
              .put("resolvedBy", c.resolvedByName()).put("resolvedAt", c.resolvedAt() == null ? null : c.resolvedAt().toString())));
          // The server's now, for a deadline the page proposes: a device's own clock may be off.
          JsonObject view = new JsonObject().put("role", checker.enabler() ? "enabler" : "leader").put("comments", comments)
              .put("leaders", checker.leaders().size()).put("now", clock.instant().toString());
          if (latest.isEmpty()) {
            return Future.succeededFuture(view.putNull("check"));
          }
          CompilationCheck check = latest.get();
          Integer publishedVersion = publishedVersion(all.<Optional<Compilation>>resultAt(2));
          return checks.answered(themeId, checker.round(), check.version()).map(answered -> view.put("check", new JsonObject()
              .put("version", check.version())
              .put("text", check.text())
              .put("sections", new JsonArray(check.sections()))
              .put("deadline", check.deadline().toString())
              .put("sentAt", check.sentAt().toString())
              .put("open", check.open(publishedVersion))
              .put("answered", new JsonArray(checker.leaders().stream().filter(l -> answered.contains(l.id()))
                  .map(l -> l.name() + " (" + l.network() + ")").toList()))
              .put("waitingFor", new JsonArray(checker.enabler() ? checker.leaders().stream().filter(l -> !answered.contains(l.id()))
                  .map(l -> l.name() + " (" + l.network() + ")").toList() : List.of()))
              .put("youAreDone", answered.contains(checker.person().id()))));
        });
  }

  private static Integer publishedVersion(Optional<Compilation> compilation) {
    return compilation.map(Compilation::published).map(Compilation.Published::version).orElse(null);
  }

  /** Sends the draft the enabler is looking at (its version) to the leaders, with a deadline in the future. */
  private void send(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    int version = Fields.integer(body, "version", 1, Integer.MAX_VALUE, -1);
    OffsetDateTime deadline = Fields.dateTime(body, "deadline");
    if (!deadline.toInstant().isAfter(clock.instant())) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'deadline' must be in the future.");
    }
    checker(ctx)
        .compose(checker -> enablerOnly(checker).compose(enabler -> compilations.find(checker.theme().id(), checker.round())
            .compose(found -> {
              Compilation draft = found.orElse(null);
              if (draft == null || draft.text().isBlank()) {
                return Future.failedFuture(new ApiProblem(ProblemCode.NOTHING_TO_PUBLISH, "The compilation has no text yet."));
              }
              if (draft.version() != version) {
                return Future.failedFuture(new ApiProblem(ProblemCode.VERSION_CONFLICT,
                    "Someone else saved the compilation in the meantime. Look at their text, then send it."));
              }
              if (!draft.unpublishedChanges()) {
                return Future.failedFuture(new ApiProblem(ProblemCode.NOTHING_TO_PUBLISH, "This version is published already."));
              }
              return checks.send(checker.theme().id(), checker.round(), version, draft.text(), deadline, checker.person().id())
                  .compose(sent -> tell(checker, deadline))
                  .compose(emailed -> view(checker).map(view -> view.put("emailed", emailed)));
            })))
        .onSuccess(view -> Requests.created(ctx, view))
        .onFailure(ctx::fail);
  }

  /** A leader's (or an enabler's) comment on one section of the version now out for checking. */
  private void comment(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    String text = Fields.text(body.getValue("text"), "text", 2000, true);
    Object section = body.getValue("section");
    if (!(section instanceof String)) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'section' must name one of the draft's sections (\"\" for the whole text).");
    }
    checker(ctx)
        .compose(checker -> openCheck(checker).compose(check -> {
          if (!check.sections().contains(section)) {
            return Future.failedFuture(new ApiProblem(ProblemCode.INVALID_FIELD, "The draft sent for checking has no such section."));
          }
          return checks.comment(checker.theme().id(), checker.round(), check.version(), (String) section, text, checker.person().id())
              .compose(id -> view(checker));
        }))
        .onSuccess(view -> Requests.created(ctx, view))
        .onFailure(ctx::fail);
  }

  private void resolve(RoutingContext ctx) {
    UUID commentId = Requests.id(ctx, "commentId");
    checker(ctx)
        .compose(checker -> enablerOnly(checker).compose(enabler -> checks.resolve(checker.theme().id(), checker.round(), commentId,
                checker.person().id()))
            .compose(found -> found ? view(checker)
                : Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "There is no such comment."))))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  /** A leader has read the version out for checking and has nothing (more) to say. */
  private void done(RoutingContext ctx) {
    checker(ctx)
        .compose(checker -> openCheck(checker).compose(check ->
            checks.done(checker.theme().id(), checker.round(), check.version(), checker.person().id()).compose(v -> view(checker))))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  private static Future<Void> enablerOnly(Checker checker) {
    return checker.enabler() ? Future.succeededFuture()
        : Future.failedFuture(new ApiProblem(ProblemCode.FORBIDDEN, "The theme network's enablers do this."));
  }

  private Future<CompilationCheck> openCheck(Checker checker) {
    return Future.all(checks.latest(checker.theme().id(), checker.round()), compilations.find(checker.theme().id(), checker.round()))
        .compose(both -> both.<Optional<CompilationCheck>>resultAt(0)
            .filter(check -> check.open(publishedVersion(both.resultAt(1))))
            .map(Future::succeededFuture)
            .orElseGet(() -> Future.failedFuture(new ApiProblem(ProblemCode.NO_CHECK, "No draft of this compilation is out for checking."))));
  }

  /**
   * Whether the enablers may publish now: not while leaders asked are still to answer before the
   * deadline, unless the enablers say to go ahead ({@code early}).
   */
  static Future<Void> mayPublish(CompilationChecks checks, UUID themeId, int round, Integer publishedVersion, Instant now,
      boolean early) {
    if (early) {
      return Future.succeededFuture();
    }
    return checks.latest(themeId, round).compose(latest -> {
      if (latest.isEmpty() || !latest.get().open(publishedVersion)) {
        return Future.succeededFuture();
      }
      CompilationCheck check = latest.get();
      return Future.all(checks.leaders(themeId), checks.answered(themeId, round, check.version())).compose(both -> {
        List<CompilationChecks.Leader> leaders = both.resultAt(0);
        Set<UUID> answered = both.resultAt(1);
        long answeredLeaders = leaders.stream().filter(leader -> answered.contains(leader.id())).count();
        return check.holdsPublishing(now, publishedVersion, leaders.size(), (int) answeredLeaders)
            ? Future.failedFuture(new ApiProblem(ProblemCode.CHECK_OPEN, answeredLeaders + " of " + leaders.size()
                + " leaders have answered, and the deadline has not come. Publish early only if you mean to."))
            : Future.succeededFuture();
      });
    });
  }

  /** E-mails every leader with an address; how many it reached. */
  private Future<Integer> tell(Checker checker, OffsetDateTime deadline) {
    if (!mailer.enabled()) {
      return Future.succeededFuture(0);
    }
    String link = publicUrl + "/compilation.html?theme=" + checker.theme().id() + "&round=" + checker.round();
    String when = MinutesMarkdown.WHEN.format(deadline.atZoneSameInstant(MinutesMarkdown.SWEDEN));
    return meetings.localMeetingsOfTheme(checker.theme().id(), checker.round()).compose(locals -> {
      String roundTitle = locals.isEmpty() ? "omgång " + checker.round() : locals.get(0).title();
      return mailer.post(checker.leaders().stream().filter(leader -> leader.email() != null)
          .map(leader -> Letter.to(leader.id(), leader.email(), MailKind.COMPILATION_CHECK,
              MailText.compilationCheck(leader.name(), roundTitle, checker.theme().name(), when, link)))
          .toList());
    });
  }
}

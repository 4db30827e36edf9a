package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.lagetrunt.documents.Anonymiser;
import se.lagetrunt.documents.PdfFile;
import se.lagetrunt.documents.PlanDocument;
import se.lagetrunt.documents.TermReport;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.networks.AttendanceReport;
import se.lagetrunt.networks.LocalNetwork;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.networks.PlanStore;
import se.lagetrunt.networks.ThemeNetwork;
import se.lagetrunt.store.Compilation;
import se.lagetrunt.store.CompilationStore;

/**
 * A theme network's term report for Nka and the funder (its enablers): rounds, questions,
 * meetings held, minutes submitted, attendance per stakeholder group, the published compilations
 * without names, and the local plans. As PDF to hand on, and as Markdown to edit further.
 */
final class TermReportRoutes {
  private final Vertx vertx;
  private final NetworkAccess access;
  private final NetworkStore networks;
  private final ThemeRounds rounds;
  private final CompilationStore compilations;
  private final PlanStore plans;
  private final Clock clock;

  TermReportRoutes(Vertx vertx, NetworkAccess access, NetworkStore networks, ThemeRounds rounds, CompilationStore compilations,
      PlanStore plans, Clock clock) {
    this.plans = plans;
    this.vertx = vertx;
    this.access = access;
    this.networks = networks;
    this.rounds = rounds;
    this.compilations = compilations;
    this.clock = clock;
  }

  void mount(Router router) {
    router.get("/api/theme-networks/:id/report.pdf").handler(ctx -> send(ctx, "application/pdf", "pdf",
        report -> vertx.executeBlocking(() -> Buffer.buffer(PdfFile.render(report.html())), false)));
    router.get("/api/theme-networks/:id/report.md").handler(ctx -> send(ctx, "text/markdown; charset=utf-8", "md",
        report -> Future.succeededFuture(Buffer.buffer(report.markdown()))));
  }

  private void send(RoutingContext ctx, String contentType, String extension, Function<TermReport, Future<Buffer>> render) {
    access.enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(this::report)
        .compose(render)
        .onSuccess(body -> ctx.response()
            .putHeader("Content-Type", contentType)
            .putHeader("Content-Disposition", "attachment; filename=\"terminsrapport." + extension + "\"")
            .end(body))
        .onFailure(ctx::fail);
  }

  private Future<TermReport> report(ThemeNetwork theme) {
    return Future.all(rounds.of(theme, null), compilations.ofTheme(theme.id()), networks.localsOfTheme(theme.id()),
            CompilationRoutes.anonymiser(compilations, theme.id()), plansOf(theme))
        .map(all -> {
          Map<Integer, ThemeRounds.Round> byNumber = all.resultAt(0);
          Map<Integer, Compilation> written = all.<List<Compilation>>resultAt(1).stream()
              .collect(Collectors.toMap(Compilation::round, Function.identity()));
          Anonymiser anonymiser = all.resultAt(3);
          List<TermReport.Round> reported = new ArrayList<>();
          List<OffsetDateTime> times = new ArrayList<>();
          for (ThemeRounds.Round round : byNumber.values()) {
            round.meetings().stream().map(held -> held.meeting().startsAt()).filter(Objects::nonNull).forEach(times::add);
            reported.add(round(round, written.get(round.number()), anonymiser));
          }
          times.sort(Comparator.naturalOrder());
          List<String> names = all.<List<LocalNetwork>>resultAt(2).stream().map(LocalNetwork::name).toList();
          return new TermReport(theme.name(), clock.instant(), names, times.isEmpty() ? null : times.get(0),
              times.isEmpty() ? null : times.get(times.size() - 1), reported, all.resultAt(4));
        });
  }

  /** Each network's plan: where it stands and its priority areas. */
  private Future<List<TermReport.Plan>> plansOf(ThemeNetwork theme) {
    return plans.ofTheme(theme.id()).compose(listed -> {
      List<Future<TermReport.Plan>> each = listed.stream().map(plan -> plans.find(plan.id()).map(found -> found
          .map(full -> new TermReport.Plan(plan.network(), PlanDocument.status(full),
              full.areas().stream().map(PlanStore.Area::title).toList()))
          .orElseThrow())).toList();
      return Future.all(each).map(done -> each.stream().map(Future::result).toList());
    });
  }

  /** One round across the networks: what they were asked, who came, and the published compilation without names. */
  private static TermReport.Round round(ThemeRounds.Round round, Compilation compilation, Anonymiser anonymiser) {
    Set<String> questions = new LinkedHashSet<>();
    Map<StakeholderGroup, Integer> attendance = new EnumMap<>(StakeholderGroup.class);
    int held = 0;
    for (ThemeRounds.Held meeting : round.meetings()) {
      questions.addAll(meeting.state().board().toPrepare());
      AttendanceReport report = AttendanceReport.of(meeting.state());
      if (meeting.state().held()) {
        held++;
      }
      report.byGroup().forEach((group, count) -> attendance.merge(group, count, Integer::sum));
    }
    Compilation.Published published = compilation == null ? null : compilation.published();
    return new TermReport.Round(round.number(), round.title(), List.copyOf(questions), round.meetings().size(), held,
        round.submitted().size(), attendance, published == null ? null : anonymiser.anonymise(published.text()),
        published == null ? null : published.at());
  }
}

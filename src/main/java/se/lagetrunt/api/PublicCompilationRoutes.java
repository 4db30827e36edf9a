package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;
import se.lagetrunt.documents.CompilationDocument;
import se.lagetrunt.documents.PdfFile;
import se.lagetrunt.store.CompilationStore;
import se.lagetrunt.store.PublicCompilations;

/**
 * A published compilation shared as an open page without sign-in, when the theme's enablers
 * choose: a stable link (its secret in the address's fragment, so it reaches no server log or
 * referrer) to pass on as inspiration. It shows only the published text – never a draft, never who
 * wrote it – and never while that text names one of the theme's people: sharing is refused then,
 * and a page whose text was republished with a name answers as if it were not shared.
 */
final class PublicCompilationRoutes {
  static final String PAGE = "/public.html#";

  private final Vertx vertx;
  private final NetworkAccess access;
  private final CompilationStore compilations;
  private final PublicCompilations shared;
  private final String publicUrl;

  PublicCompilationRoutes(Vertx vertx, NetworkAccess access, CompilationStore compilations, PublicCompilations shared,
      String publicUrl) {
    this.vertx = vertx;
    this.access = access;
    this.compilations = compilations;
    this.shared = shared;
    this.publicUrl = publicUrl;
  }

  /** What anyone may read, without signing in. */
  void mountOpen(Router router) {
    router.get("/api/public/compilations/:token").handler(ctx -> open(ctx)
        .onSuccess(page -> ctx.json(new JsonObject().put("themeNetwork", page.theme()).put("round", page.round())
            .put("text", page.text()).put("publishedAt", page.publishedAt().toString())))
        .onFailure(ctx::fail));
    router.get("/api/public/compilations/:token/export.pdf").handler(ctx -> open(ctx)
        .compose(page -> vertx.executeBlocking(() -> Buffer.buffer(PdfFile.render(document(page))), false))
        .onSuccess(pdf -> ctx.response().putHeader("Content-Type", "application/pdf")
            .putHeader("Content-Disposition", "attachment; filename=\"sammanstallning.pdf\"").end(pdf))
        .onFailure(ctx::fail));
  }

  void mount(Router router) {
    router.get("/api/theme-networks/:id/compilations/:round/share").handler(ctx -> enabler(ctx)
        .compose(round -> shared.tokenOf(Requests.id(ctx, "id"), round))
        .onSuccess(token -> ctx.json(new JsonObject().put("url", token.map(t -> publicUrl + PAGE + t).orElse(null))))
        .onFailure(ctx::fail));
    router.post("/api/theme-networks/:id/compilations/:round/share").handler(this::share);
  }

  private void share(RoutingContext ctx) {
    UUID theme = Requests.id(ctx, "id");
    boolean on = Fields.body(ctx).getBoolean("shared", false);
    enabler(ctx).compose(round -> !on
            ? shared.unshare(theme, round).map(v -> (String) null)
            : compilations.find(theme, round).compose(found -> {
              if (found.isEmpty() || found.get().published() == null) {
                return Future.failedFuture(new ApiProblem(ProblemCode.NOT_PUBLISHED, "Publish the compilation first."));
              }
              return namesIn(theme, found.get().published().text()).compose(names -> names.isEmpty()
                  ? shared.share(theme, round).map(token -> publicUrl + PAGE + token.orElseThrow())
                  : Future.failedFuture(new ApiProblem(ProblemCode.NAMES_IN_TEXT,
                      "The published text names people of the networks (" + String.join(", ", names) + "); an open page must not.")));
            }))
        .onSuccess(url -> ctx.json(new JsonObject().put("url", url)))
        .onFailure(ctx::fail);
  }

  /** The round in the path, for one of the theme's enablers. */
  private Future<Integer> enabler(RoutingContext ctx) {
    return access.enablerOf(ctx, Requests.id(ctx, "id")).compose(theme -> {
      try {
        return Future.succeededFuture(Integer.parseInt(ctx.pathParam("round")));
      } catch (NumberFormatException e) {
        return Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "The theme network has no such round."));
      }
    });
  }

  private Future<PublicCompilations.Shared> open(RoutingContext ctx) {
    ApiProblem notShared = new ApiProblem(ProblemCode.NOT_FOUND, "This compilation is not shared (any more).");
    return shared.find(ctx.pathParam("token")).compose(found -> found.isEmpty() ? Future.failedFuture(notShared)
        : namesIn(found.get().themeId(), found.get().text())
            .compose(names -> names.isEmpty() ? Future.succeededFuture(found.get()) : Future.failedFuture(notShared)));
  }

  private Future<List<String>> namesIn(UUID theme, String text) {
    return CompilationRoutes.anonymiser(compilations, theme).map(anonymiser -> anonymiser.namesIn(text));
  }

  private static String document(PublicCompilations.Shared page) {
    return new CompilationDocument(page.theme(), page.round(), null, null, page.text(), page.publishedAt()).html();
  }
}

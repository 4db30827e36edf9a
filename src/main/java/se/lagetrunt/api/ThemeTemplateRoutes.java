package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import se.lagetrunt.networks.SeriesTemplate;
import se.lagetrunt.networks.SeriesTemplates;
import se.lagetrunt.networks.ThemeTemplateStore;

/**
 * A theme network's own series templates: its enablers write them (1 to 12 meetings, each with
 * a title, a purpose and questions), often from a built-in one; its local networks' leaders make
 * series from them as from the built-in ones.
 */
final class ThemeTemplateRoutes {
  private final NetworkAccess access;
  private final ThemeTemplateStore store;
  private final SeriesTemplates builtIn;
  private final Clock clock;

  ThemeTemplateRoutes(NetworkAccess access, ThemeTemplateStore store, SeriesTemplates builtIn, Clock clock) {
    this.access = access;
    this.store = store;
    this.builtIn = builtIn;
    this.clock = clock;
  }

  void mount(Router router) {
    router.get("/api/local-networks/:id/series-templates").handler(this::forNetwork);
    router.get("/api/theme-networks/:id/series-templates").handler(this::ofTheme);
    router.post("/api/theme-networks/:id/series-templates").handler(ctx -> save(ctx, null));
    router.put("/api/theme-networks/:id/series-templates/:key").handler(ctx -> save(ctx, ctx.pathParam("key")));
    router.delete("/api/theme-networks/:id/series-templates/:key").handler(this::delete);
  }

  /** What a network's leaders choose from: the built-in templates, then their theme's own. */
  private void forNetwork(RoutingContext ctx) {
    access.managerOf(ctx, Requests.id(ctx, "id"))
        .compose(manager -> store.of(manager.local().themeNetworkId()))
        .map(own -> {
          List<SeriesTemplate> all = new ArrayList<>(builtIn.all());
          all.addAll(own);
          return Views.list(all, Views::template);
        })
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  private void ofTheme(RoutingContext ctx) {
    access.enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(theme -> store.of(theme.id()))
        .onSuccess(own -> ctx.json(Views.list(own, Views::template)))
        .onFailure(ctx::fail);
  }

  private void save(RoutingContext ctx, String key) {
    JsonObject body = Fields.body(ctx);
    String title = Fields.line(body, "title", 200);
    List<SeriesTemplate.Meeting> meetings = SeriesRoutes.meetings(body.getValue("meetings"),
        new SeriesTemplate("", "", "", List.of()));
    access.enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(theme -> key == null ? Future.succeededFuture(theme)
            : store.find(theme.id(), key).map(found -> found.map(template -> theme).orElseThrow(() ->
                new ApiProblem(ProblemCode.NOT_FOUND, "The theme has no such template."))))
        .compose(theme -> store.save(theme.id(), key, title, meetings, Requests.person(ctx).id(), clock.instant()))
        .onSuccess(saved -> {
          if (key == null) {
            Requests.created(ctx, Views.template(saved));
          } else {
            ctx.json(Views.template(saved));
          }
        })
        .onFailure(ctx::fail);
  }

  private void delete(RoutingContext ctx) {
    access.enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(theme -> store.delete(theme.id(), ctx.pathParam("key")))
        .onSuccess(deleted -> {
          if (deleted) {
            ctx.response().setStatusCode(204).end();
          } else {
            ctx.fail(new ApiProblem(ProblemCode.NOT_FOUND, "The theme has no such template."));
          }
        })
        .onFailure(ctx::fail);
  }
}

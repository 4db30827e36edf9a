package se.lagetrunt.api;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.List;
import se.lagetrunt.documents.PdfFile;
import se.lagetrunt.documents.PersonalDataDocument;
import se.lagetrunt.store.PersonalData;

/**
 * A person's own copy of everything stored about them (the GDPR's right of access): as data, and
 * as a document to read. Only ever their own – no one downloads another person's copy here.
 */
final class PersonalDataRoutes {
  private final Vertx vertx;
  private final Clock clock;
  private final PersonalData data;

  PersonalDataRoutes(Vertx vertx, Clock clock, PersonalData data) {
    this.vertx = vertx;
    this.clock = clock;
    this.data = data;
  }

  void mount(Router router) {
    router.get("/api/me/data").handler(this::json);
    router.get("/api/me/data.pdf").handler(this::pdf);
  }

  private void json(RoutingContext ctx) {
    data.of(Requests.person(ctx).id())
        .onSuccess(copy -> ctx.response()
            .putHeader("Content-Type", "application/json; charset=utf-8")
            .putHeader("Content-Disposition", "attachment; filename=\"laget-runt-mina-uppgifter.json\"")
            .end(copy.put("exported", clock.instant().toString()).encodePrettily()))
        .onFailure(ctx::fail);
  }

  private void pdf(RoutingContext ctx) {
    boolean english = "en".equals(ctx.request().getParam("lang"));
    data.of(Requests.person(ctx).id())
        .compose(copy -> vertx.executeBlocking(() -> Buffer.buffer(PdfFile.render(PersonalDataDocument.html(
            copy, List.copyOf(PersonalData.PARTS.keySet()), clock.instant(), english))), false))
        .onSuccess(pdf -> ctx.response()
            .putHeader("Content-Type", "application/pdf")
            .putHeader("Content-Disposition", "attachment; filename=\"laget-runt-" + (english ? "my-data" : "mina-uppgifter") + ".pdf\"")
            .end(pdf))
        .onFailure(ctx::fail);
  }
}

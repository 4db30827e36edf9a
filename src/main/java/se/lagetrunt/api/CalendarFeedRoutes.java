package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import se.lagetrunt.store.CalendarFeedStore;
import se.lagetrunt.store.MeetingStore;

/**
 * A person's private calendar feed: an address with a secret in it that a calendar program
 * subscribes to, so every meeting – moved, cancelled or new – shows up by itself. The person
 * makes it, makes a new one (the old stops), or ends it; it shows only the meetings they may
 * be in now, and nothing once they are removed.
 */
final class CalendarFeedRoutes {
  private static final String FILE_ENDING = ".ics";

  private final CalendarFeedStore feeds;
  private final MeetingStore meetings;
  private final CalendarFiles calendars;
  private final String publicUrl;
  private final Clock clock;

  CalendarFeedRoutes(CalendarFeedStore feeds, MeetingStore meetings, CalendarFiles calendars, String publicUrl, Clock clock) {
    this.feeds = feeds;
    this.meetings = meetings;
    this.calendars = calendars;
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  /** The feed itself: the secret is the key, so no session is asked for. */
  void mountOpen(Router router) {
    router.get("/calendar/:file").handler(this::feed);
  }

  void mount(Router router) {
    router.get("/api/me/calendar-feed").handler(this::show);
    router.post("/api/me/calendar-feed").handler(this::renew);
    router.delete("/api/me/calendar-feed").handler(this::end);
  }

  private void feed(RoutingContext ctx) {
    String file = ctx.pathParam("file");
    String token = file.endsWith(FILE_ENDING) ? file.substring(0, file.length() - FILE_ENDING.length()) : null;
    ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    feeds.owner(token)
        .compose(owner -> owner.map(meetings::forMember)
            .orElseGet(() -> Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "There is no such calendar."))))
        .onSuccess(list -> calendars.send(ctx, "Laget Runt", list))
        .onFailure(ctx::fail);
  }

  private void show(RoutingContext ctx) {
    feeds.since(Requests.person(ctx).id())
        .onSuccess(since -> ctx.json(new JsonObject().put("active", since.isPresent())
            .put("since", since.map(Object::toString).orElse(null))))
        .onFailure(ctx::fail);
  }

  /** A new address (shown this once: only its hash is kept); the one before stops working. */
  private void renew(RoutingContext ctx) {
    Instant now = clock.instant();
    feeds.renew(Requests.person(ctx).id(), now)
        .onSuccess(token -> ctx.json(new JsonObject().put("active", true).put("since", now.toString())
            .put("url", publicUrl + "/calendar/" + token + FILE_ENDING)))
        .onFailure(ctx::fail);
  }

  private void end(RoutingContext ctx) {
    feeds.revoke(Requests.person(ctx).id(), clock.instant())
        .onSuccess(v -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }
}

package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.lagetrunt.auth.Admission;
import se.lagetrunt.auth.MeetingGate;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.Minutes;
import se.lagetrunt.minutes.MinutesDocument;
import se.lagetrunt.minutes.MinutesDocument.Audience;
import se.lagetrunt.minutes.MinutesHtml;
import se.lagetrunt.minutes.MinutesMarkdown;
import se.lagetrunt.minutes.MinutesPdf;
import se.lagetrunt.networks.LocalNetwork;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.store.EventLog;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.MeetingStore;

/**
 * The minutes outside the live meeting: exported as Markdown, HTML or PDF, and where each local
 * meeting's minutes are on their way to the enablers. What stays in the group never leaves it:
 * an export for anyone else leaves those passages out, and a local network's enablers get its
 * minutes only once they are submitted.
 */
final class MinutesRoutes {
  /** Minutes not submitted this long after the meeting are late, whatever their deadline. */
  static final Duration LATE_AFTER = Duration.ofDays(14);

  private final Vertx vertx;
  private final MeetingGate gate;
  private final NetworkAccess access;
  private final NetworkStore networks;
  private final MeetingStore meetings;
  private final EventLog eventLog;

  MinutesRoutes(Vertx vertx, MeetingGate gate, NetworkAccess access, NetworkStore networks, MeetingStore meetings,
      EventLog eventLog) {
    this.vertx = vertx;
    this.gate = gate;
    this.access = access;
    this.networks = networks;
    this.meetings = meetings;
    this.eventLog = eventLog;
  }

  void mount(Router router) {
    router.get("/api/meetings/:id/minutes.md").handler(ctx -> export(ctx, "text/markdown; charset=utf-8", "md",
        doc -> Future.succeededFuture(Buffer.buffer(MinutesMarkdown.render(doc)))));
    router.get("/api/meetings/:id/minutes.html").handler(ctx -> export(ctx, "text/html; charset=utf-8", "html",
        doc -> Future.succeededFuture(Buffer.buffer(MinutesHtml.render(doc)))));
    router.get("/api/meetings/:id/minutes.pdf").handler(ctx -> export(ctx, "application/pdf", "pdf",
        doc -> vertx.executeBlocking(() -> Buffer.buffer(MinutesPdf.render(doc)), false)));
    router.get("/api/theme-networks/:id/minutes").handler(this::themeStatus);
    router.get("/api/local-networks/:id/minutes").handler(this::localStatus);
  }

  /** Whether the caller is outside the meeting's group: an enabler in a local network's meeting. */
  static boolean outsider(Admission admission) {
    return admission.role() == MeetingRole.ENABLER && "local".equals(admission.meeting().kind());
  }

  private void export(RoutingContext ctx, String contentType, String extension,
      Function<MinutesDocument, Future<Buffer>> render) {
    UUID meetingId = Requests.id(ctx, "id");
    String asked = ctx.request().getParam("audience", "group");
    if (!asked.equals("group") && !asked.equals("others")) {
      throw new ApiProblem(422, "invalid_field", "'audience' is group or others.");
    }
    gate.admit(Requests.person(ctx), meetingId)
        .compose(admission -> {
          boolean outsider = outsider(admission);
          Audience audience = outsider || asked.equals("others") ? Audience.OTHERS : Audience.GROUP;
          return Future.all(eventLog.currentState(meetingId), networkName(admission.meeting())).compose(both -> {
            se.lagetrunt.domain.MeetingState state = both.resultAt(0);
            if (outsider && state.minutes().status() != Minutes.Status.SUBMITTED) {
              return Future.failedFuture(new ApiProblem(409, "not_submitted",
                  "The network has not submitted these minutes yet."));
            }
            return render.apply(MinutesDocument.of(admission.meeting(), both.resultAt(1), state, audience));
          });
        })
        .onSuccess(body -> ctx.response()
            .putHeader("Content-Type", contentType)
            .putHeader("Content-Disposition", "attachment; filename=\"minnesanteckningar." + extension + "\"")
            .end(body))
        .onFailure(ctx::fail);
  }

  private Future<String> networkName(MeetingInfo meeting) {
    if (meeting.localNetworkId() != null) {
      return networks.local(meeting.localNetworkId()).map(local -> local.map(LocalNetwork::name).orElse(null));
    }
    if (meeting.themeNetworkId() != null) {
      return networks.theme(meeting.themeNetworkId()).map(theme -> theme.map(t -> t.name()).orElse(null));
    }
    return Future.succeededFuture(null);
  }

  /** For enablers: every held local meeting of the theme and where its minutes are. */
  private void themeStatus(RoutingContext ctx) {
    access.enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(theme -> Future.all(networks.localsOfTheme(theme.id()), meetings.localMeetingsOfTheme(theme.id(), null)))
        .compose(both -> {
          Map<UUID, String> names = both.<List<LocalNetwork>>resultAt(0).stream()
              .collect(Collectors.toMap(LocalNetwork::id, LocalNetwork::name));
          return status(both.resultAt(1), names);
        })
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  /** For a local network's leaders: its held meetings and where their minutes are. */
  private void localStatus(RoutingContext ctx) {
    access.managerOf(ctx, Requests.id(ctx, "id"))
        .compose(local -> meetings.localMeetingsOfTheme(local.local().themeNetworkId(), null)
            .map(all -> all.stream().filter(m -> local.local().id().equals(m.localNetworkId())).toList())
            .compose(own -> status(own, Map.of(local.local().id(), local.local().name()))))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  private Future<JsonArray> status(List<MeetingInfo> list, Map<UUID, String> networkNames) {
    Instant now = Instant.now();
    List<MeetingInfo> held = list.stream()
        .filter(m -> m.startsAt() != null && m.startsAt().toInstant().isBefore(now)).toList();
    List<Future<JsonObject>> rows = held.stream().map(meeting -> eventLog.currentState(meeting.id()).map(state -> {
      Minutes minutes = state.minutes();
      Instant ended = meeting.startsAt().toInstant().plus(Duration.ofMinutes(meeting.durationMinutes()));
      boolean late = minutes.status() != Minutes.Status.SUBMITTED
          && ((minutes.deadline() != null && minutes.deadline().isBefore(now)) || ended.plus(LATE_AFTER).isBefore(now));
      return new JsonObject()
          .put("meetingId", meeting.id().toString())
          .put("title", meeting.title())
          .put("localNetwork", networkNames.get(meeting.localNetworkId()))
          .put("round", meeting.round())
          .put("startsAt", meeting.startsAt().toString())
          .put("status", minutes.status().wireName())
          .put("deadline", minutes.deadline() == null ? null : minutes.deadline().toString())
          .put("late", late);
    })).toList();
    return Future.all(rows).map(done -> new JsonArray(rows.stream().map(Future::result).toList()));
  }
}

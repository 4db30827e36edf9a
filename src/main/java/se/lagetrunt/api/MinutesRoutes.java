package se.lagetrunt.api;

import se.lagetrunt.room.OnBehalf;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.lagetrunt.auth.Admission;
import se.lagetrunt.auth.MeetingGate;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.domain.MinutesCommand;
import se.lagetrunt.domain.MinutesEvent.MinutesUpdated;
import se.lagetrunt.domain.Minutes;
import se.lagetrunt.documents.MinutesDocument;
import se.lagetrunt.documents.MinutesDocument.Audience;
import se.lagetrunt.documents.MinutesHtml;
import se.lagetrunt.documents.MinutesMarkdown;
import se.lagetrunt.documents.PdfFile;
import se.lagetrunt.documents.SectionHistory;
import se.lagetrunt.networks.LocalNetwork;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.store.EventLog;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.MeetingStore;
import se.lagetrunt.store.Person;
import se.lagetrunt.store.PersonStore;
import se.lagetrunt.store.StoredEvent;
import se.lagetrunt.room.RoomDirectory;

/**
 * The minutes outside the live meeting: exported as Markdown, HTML or PDF, their history, and
 * restoring an earlier version. What stays in the group never leaves it:
 * an export for anyone else leaves those passages out, and a local network's enablers get its
 * minutes only once they are submitted.
 */
final class MinutesRoutes {
  private final Vertx vertx;
  private final MeetingGate gate;
  private final NetworkStore networks;
  private final MeetingStore meetings;
  private final EventLog eventLog;
  private final RoomDirectory rooms;
  private final PersonStore people;

  MinutesRoutes(Vertx vertx, MeetingGate gate, NetworkStore networks, MeetingStore meetings,
      EventLog eventLog, RoomDirectory rooms, PersonStore people) {
    this.rooms = rooms;
    this.people = people;
    this.vertx = vertx;
    this.gate = gate;
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
        doc -> vertx.executeBlocking(() -> Buffer.buffer(PdfFile.render(MinutesHtml.render(doc))), false)));
    router.get("/api/meetings/:id/minutes/history").handler(this::history);
    router.post("/api/meetings/:id/minutes/restore").handler(this::restore);
  }

  /** Whether the caller is outside the meeting's group: an enabler in a local network's meeting. */
  static boolean outsider(Admission admission) {
    return !admission.capabilities().inGroup();
  }

  private void export(RoutingContext ctx, String contentType, String extension,
      Function<MinutesDocument, Future<Buffer>> render) {
    UUID meetingId = Requests.id(ctx, "id");
    String asked = ctx.request().getParam("audience", "group");
    if (!asked.equals("group") && !asked.equals("others")) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'audience' is group or others.");
    }
    gate.admit(Requests.person(ctx), meetingId)
        .compose(admission -> {
          boolean outsider = outsider(admission);
          Audience audience = outsider || asked.equals("others") ? Audience.OTHERS : Audience.GROUP;
          return Future.all(eventLog.currentState(meetingId), networkName(admission.meeting())).compose(both -> {
            se.lagetrunt.domain.MeetingState state = both.resultAt(0);
            if (outsider && state.minutes().status() != Minutes.Status.SUBMITTED) {
              return Future.failedFuture(new ApiProblem(ProblemCode.NOT_SUBMITTED,
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

  /**
   * Who changed a section when, by writing session (see {@link SectionHistory}), each with what
   * it added and removed and the text it left: for the group, to see how the minutes came about
   * and go back to an earlier text.
   */
  private void history(RoutingContext ctx) {
    UUID meetingId = Requests.id(ctx, "id");
    String section = ctx.request().getParam("section", "");
    insider(ctx, meetingId)
        .compose(admission -> eventLog.all(meetingId))
        .compose(events -> {
          List<SectionHistory.Update> updates = updatesOf(events, section);
          Set<UUID> authors = updates.stream().map(SectionHistory.Update::author).collect(Collectors.toSet());
          List<Future<Optional<Person>>> lookups = authors.stream().map(people::find).toList();
          return Future.all(lookups).map(done -> {
            Map<UUID, String> names = new HashMap<>();
            lookups.forEach(found -> found.result().ifPresent(p -> names.put(p.id(), p.displayName())));
            return new JsonArray(SectionHistory.of(updates).stream()
                .map(session -> Views.writingSession(session, names.getOrDefault(session.author(), "?"))).toList());
          });
        })
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  /** A section goes back to the text of one of its earlier versions, through the meeting's room. */
  private void restore(RoutingContext ctx) {
    UUID meetingId = Requests.id(ctx, "id");
    JsonObject body = Fields.body(ctx);
    String section = Fields.line(body, "section", 100);
    int version = Fields.integer(body, "version", 0, Integer.MAX_VALUE, -1);
    if (version < 0) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'version' is required.");
    }
    insider(ctx, meetingId)
        .compose(admission -> eventLog.all(meetingId).compose(events -> {
          List<SectionHistory.Update> updates = updatesOf(events, section);
          if (version > updates.size()) {
            return Future.failedFuture(new ApiProblem(ProblemCode.INVALID_FIELD, "The section has no version " + version + "."));
          }
          String text = SectionHistory.textAt(updates, version);
          Actor actor = new Actor(admission.person().id(), admission.role());
          return rooms.execute(meetingId, actor, "restore-" + UUID.randomUUID(), new OnBehalf.RestoreSection(section, text))
              .<Void>mapEmpty()
              .recover(ApiProblem::fromRefusal);
        }))
        .onSuccess(v -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }

  /** A section's updates from a meeting's log, oldest first: update n made version n. */
  private static List<SectionHistory.Update> updatesOf(List<StoredEvent> events, String section) {
    return events.stream()
        .filter(e -> e.event() instanceof MinutesUpdated u && u.section().equals(section))
        .map(e -> new SectionHistory.Update(e.actor(), e.occurredAt(), ((MinutesUpdated) e.event()).changes()))
        .toList();
  }

  /** The caller's admission, if the meeting's minutes are theirs (not an enabler outside a local group). */
  private Future<Admission> insider(RoutingContext ctx, UUID meetingId) {
    return gate.admit(Requests.person(ctx), meetingId).compose(admission -> outsider(admission)
        ? Future.failedFuture(new ApiProblem(ProblemCode.FORBIDDEN, "A local network's minutes are its own until submitted."))
        : Future.succeededFuture(admission));
  }
}

package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import se.lagetrunt.auth.Admission;
import se.lagetrunt.auth.MeetingGate;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.domain.BoardCommand;
import se.lagetrunt.domain.Board;
import se.lagetrunt.domain.BoardQuestion;
import se.lagetrunt.material.Material;
import se.lagetrunt.material.MaterialStore;
import se.lagetrunt.room.OnBehalf;
import se.lagetrunt.networks.LocalNetwork;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.room.RoomDirectory;
import se.lagetrunt.store.EventLog;
import se.lagetrunt.store.MeetingChanges;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.MeetingStore;

/**
 * The question board across meetings: a leader pre-meeting shares the questions it agreed on
 * with the local meetings of its round, and enablers see which planned questions local networks
 * set aside, and why.
 */
final class BoardRoutes {
  private final MeetingGate gate;
  private final NetworkAccess access;
  private final NetworkStore networks;
  private final MeetingStore meetings;
  private final EventLog eventLog;
  private final RoomDirectory rooms;
  private final MaterialStore materials;
  private final Clock clock;

  BoardRoutes(MeetingGate gate, NetworkAccess access, NetworkStore networks, MeetingStore meetings, EventLog eventLog,
      RoomDirectory rooms, MaterialStore materials, Clock clock) {
    this.clock = clock;
    this.materials = materials;
    this.gate = gate;
    this.access = access;
    this.networks = networks;
    this.meetings = meetings;
    this.eventLog = eventLog;
    this.rooms = rooms;
  }

  void mount(Router router) {
    router.post("/api/meetings/:id/share-questions").handler(this::share);
    router.get("/api/theme-networks/:id/set-aside").handler(this::setAside);
  }

  /**
   * The pre-meeting's questions (those not skipped, in board order) become the planned questions
   * of every local meeting of its round. Each local board keeps what its leader added and what
   * was already taken up, and each leader can still adapt theirs afterwards. Material attached to
   * a shared question goes with it.
   */
  private void share(RoutingContext ctx) {
    UUID meetingId = Requests.id(ctx, "id");
    // With the questions, what the leaders agreed each local meeting is called and is for (both optional).
    JsonObject body = ctx.body().isEmpty() ? new JsonObject() : Fields.body(ctx);
    MeetingChanges details = new MeetingChanges(
        body.containsKey("title") ? Fields.line(body, "title", 200) : null, null, null, null,
        body.containsKey("purpose") ? Fields.text(body.getValue("purpose"), "purpose", 2000, false) : null, null, null, false);
    boolean withDetails = details.title() != null || details.purpose() != null;
    MeetingRoutes.steering(gate, ctx, meetingId)
        .compose(admission -> {
          MeetingInfo pre = admission.meeting();
          if (!"pre".equals(pre.kind())) {
            return Future.failedFuture(new ApiProblem(ProblemCode.NOT_A_PRE_MEETING,
                "Only a leader pre-meeting shares its questions with the local meetings."));
          }
          return eventLog.currentState(pre.id()).compose(state -> {
            List<String> questions = state.board().toPrepare();
            if (questions.isEmpty()) {
              return Future.failedFuture(new ApiProblem(ProblemCode.NO_QUESTIONS, "The board has no questions to share."));
            }
            return meetings.localMeetingsOfTheme(pre.themeNetworkId(), pre.round())
                .compose(locals -> shareWith(admission, locals, questions)
                    .compose(shared -> carryMaterial(pre, state.board(), locals).map(shared))
                    .compose(shared -> !withDetails ? Future.succeededFuture(shared)
                        : Future.all(locals.stream().map(local -> meetings.update(local.id(), details,
                                clock.instant().atOffset(ZoneOffset.UTC))).toList())
                            .map(done -> shared.put("detailsShared", locals.size()))));
          });
        })
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  private Future<JsonObject> shareWith(Admission admission, List<MeetingInfo> locals, List<String> questions) {
    Actor actor = new Actor(admission.person().id(), admission.role());
    String commandId = "share-" + UUID.randomUUID();
    List<Future<String>> outcomes = new ArrayList<>();
    for (MeetingInfo local : locals) {
      // One board that refuses (a full board, a room restarting) must not keep the others from getting theirs.
      outcomes.add(rooms.execute(local.id(), actor, commandId, replacePlanned(questions))
          .map("changed")
          .recover(error -> ApiProblem.fromRefusal(error).map(unchanged -> "unchanged")
              .recover(refused -> Future.succeededFuture("failed"))));
    }
    return Future.all(outcomes).map(all -> {
      Map<String, Long> counts = outcomes.stream().collect(Collectors.groupingBy(Future::result, Collectors.counting()));
      return new JsonObject().put("questions", new JsonArray(questions)).put("meetings", locals.size())
          .put("changed", counts.getOrDefault("changed", 0L)).put("failed", counts.getOrDefault("failed", 0L));
    });
  }

  /**
   * The pre-meeting's question material attached to the same questions on each local board: a
   * question is found by its text, as sharing gave each local board its own question ids.
   */
  private Future<Void> carryMaterial(MeetingInfo pre, Board preBoard, List<MeetingInfo> locals) {
    return materials.forMeeting(pre.id()).compose(shown -> {
      Map<String, List<UUID>> byText = new HashMap<>();
      for (MaterialStore.Shown item : shown) {
        preBoard.questions().stream().filter(question -> question.id().equals(item.questionId())).findFirst()
            .ifPresent(question -> byText.computeIfAbsent(question.text(), text -> new ArrayList<>()).add(item.material().id()));
      }
      if (byText.isEmpty()) {
        return Future.succeededFuture();
      }
      List<Future<Map<UUID, List<Material.Attachment>>>> perMeeting = locals.stream()
          .map(local -> eventLog.currentState(local.id()).map(state -> {
            Map<UUID, List<Material.Attachment>> attach = new HashMap<>();
            for (BoardQuestion question : state.board().questions()) {
              byText.getOrDefault(question.text(), List.of()).forEach(material -> attach
                  .computeIfAbsent(material, id -> new ArrayList<>()).add(Material.Attachment.question(local.id(), question.id())));
            }
            return attach;
          })).toList();
      return Future.all(perMeeting).compose(done -> {
        Map<UUID, List<Material.Attachment>> all = new HashMap<>();
        perMeeting.forEach(each -> each.result().forEach((id, list) -> all.computeIfAbsent(id, key -> new ArrayList<>()).addAll(list)));
        return materials.attachAll(all);
      });
    });
  }

  /** For enablers: every planned question a local network marked not relevant, with its reason. */
  private void setAside(RoutingContext ctx) {
    access.enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(theme -> Future.all(networks.localsOfTheme(theme.id()), meetings.localMeetingsOfTheme(theme.id(), null)))
        .compose(both -> {
          Map<UUID, String> names = both.<List<LocalNetwork>>resultAt(0).stream()
              .collect(Collectors.toMap(LocalNetwork::id, LocalNetwork::name));
          List<MeetingInfo> locals = both.resultAt(1);
          List<Future<JsonArray>> marks = locals.stream()
              .map(meeting -> eventLog.currentState(meeting.id()).map(state -> {
                JsonArray list = new JsonArray();
                for (BoardQuestion question : state.board().questions()) {
                  if (question.notRelevantReason() != null) {
                    list.add(Views.setAside(meeting, names.get(meeting.localNetworkId()), question));
                  }
                }
                return list;
              }))
              .toList();
          return Future.all(marks).map(done -> {
            JsonArray all = new JsonArray();
            marks.stream().map(Future::result).forEach(list -> list.forEach(all::add));
            return all;
          });
        })
        .onSuccess(list -> ctx.json(list))
        .onFailure(ctx::fail);
  }

  /** The meeting's planned questions replaced by these, each with a fresh id from the room. */
  static OnBehalf replacePlanned(List<String> questions) {
    return new OnBehalf.ReplacePlanned(questions);
  }
}

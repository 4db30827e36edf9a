package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.lagetrunt.documents.PlanDocument;
import se.lagetrunt.domain.BoardQuestion;
import se.lagetrunt.domain.LocalPlan;
import se.lagetrunt.networks.PlanStore;
import se.lagetrunt.store.EventLog;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.MeetingStore;

/** A local plan as its page and lists show it. */
final class PlanViews {
  /** The meeting of a series where the group agrees on its priority areas. */
  private static final int PRIORITY_ROUND = 4;

  private final PlanStore plans;
  private final MeetingStore meetings;
  private final EventLog eventLog;

  PlanViews(PlanStore plans, MeetingStore meetings, EventLog eventLog) {
    this.plans = plans;
    this.meetings = meetings;
    this.eventLog = eventLog;
  }

  /**
   * The plan as its page shows it: areas and measures, the group's comments, what the caller may
   * do, where it can move next, and (while it is written) what the group raised on meeting 4's
   * board, to take in as areas.
   */
  Future<JsonObject> of(PlanStore.Plan plan, boolean writes) {
    JsonArray areas = new JsonArray();
    plan.areas().forEach(area -> {
      JsonArray measures = new JsonArray();
      area.measures().forEach(m -> measures.add(new JsonObject().put("id", m.id().toString()).put("what", m.what())
          .put("responsible", new JsonArray(m.responsible().stream().map(LocalPlan.Responsible::wireName).toList()))
          .put("responsibleNote", m.responsibleNote()).put("due", m.due()).put("needs", m.needs())
          .put("progress", m.progress().wireName()).put("version", m.version())));
      areas.add(new JsonObject().put("id", area.id().toString()).put("title", area.title()).put("version", area.version())
          .put("measures", measures));
    });
    JsonObject view = new JsonObject()
        .put("id", plan.id().toString()).put("localNetworkId", plan.localNetworkId().toString()).put("title", plan.title())
        .put("revision", plan.revision())
        .put("status", plan.status().wireName()).put("statusText", PlanDocument.status(plan))
        .put("sentTo", plan.sentTo()).put("sentOn", str(plan.sentOn())).put("decidedOn", str(plan.decidedOn()))
        .put("decisionRef", plan.decisionRef()).put("followedUpOn", str(plan.followedUpOn()))
        .put("areas", areas)
        .put("followUpMeetingId", plan.followUpMeeting() == null ? null : plan.followUpMeeting().toString())
        .put("mayWrite", writes)
        .put("mayEdit", writes && plan.status().editable())
        .put("mayFollowUp", writes && plan.status().followsProgress())
        .put("mayComment", plan.status() == LocalPlan.Status.PROPOSED)
        .put("next", new JsonArray(writes ? LocalPlan.next(plan.status()).stream().map(LocalPlan.Status::wireName).toList() : List.of()));
    Future<List<String>> suggested = writes && plan.status().editable() ? suggestions(plan) : Future.succeededFuture(List.of());
    return Future.all(suggested, plans.comments(plan.id())).map(both -> {
      JsonArray comments = new JsonArray();
      both.<List<PlanStore.Comment>>resultAt(1).forEach(c -> comments.add(new JsonObject().put("id", c.id().toString())
          .put("areaId", c.areaId() == null ? null : c.areaId().toString()).put("text", c.text()).put("by", c.byName())
          .put("at", c.at().toString()).put("resolvedBy", c.resolvedByName())
          .put("resolvedAt", c.resolvedAt() == null ? null : c.resolvedAt().toString())));
      return view.put("suggestedAreas", new JsonArray(both.<List<String>>resultAt(0))).put("comments", comments);
    });
  }

  /** What the group put on its priority meeting's board itself (not the theme's planned question), not yet an area. */
  private Future<List<String>> suggestions(PlanStore.Plan plan) {
    return meetings.ofNetwork(plan.localNetworkId()).compose(list -> {
      List<MeetingInfo> priority = list.stream().filter(meeting -> Integer.valueOf(PRIORITY_ROUND).equals(meeting.round())).toList();
      List<Future<List<String>>> boards = priority.stream().map(meeting -> eventLog.currentState(meeting.id())
          .map(state -> state.board().questions().stream().filter(q -> q.origin() != BoardQuestion.Origin.PLANNED)
              .map(BoardQuestion::text).toList())).toList();
      return Future.all(boards).map(done -> {
        Set<String> taken = new LinkedHashSet<>();
        plan.areas().forEach(area -> taken.add(area.title()));
        List<String> suggested = new ArrayList<>();
        boards.forEach(board -> board.result().stream().filter(text -> !taken.contains(text) && !suggested.contains(text))
            .forEach(suggested::add));
        return suggested;
      });
    });
  }

  static JsonObject listed(PlanStore.Listed plan) {
    return new JsonObject().put("id", plan.id().toString()).put("localNetworkId", plan.localNetworkId().toString())
        .put("localNetwork", plan.network()).put("title", plan.title()).put("status", plan.status().wireName())
        .put("statusChangedAt", plan.statusChangedAt().toString()).put("areas", plan.areas()).put("measures", plan.measures());
  }

  private static String str(LocalDate date) {
    return date == null ? null : date.toString();
  }
}

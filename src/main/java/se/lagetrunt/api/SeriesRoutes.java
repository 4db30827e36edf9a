package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.domain.SpeakingBalance;
import se.lagetrunt.networks.AttendanceReport;
import se.lagetrunt.networks.DateWarnings;
import se.lagetrunt.networks.LocalNetwork;
import se.lagetrunt.networks.MeetingMode;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.networks.SeriesPlan;
import se.lagetrunt.networks.SeriesStore;
import se.lagetrunt.networks.SeriesTemplate;
import se.lagetrunt.networks.SeriesTemplates;
import se.lagetrunt.networks.ThemeTemplateStore;
import se.lagetrunt.room.RoomDirectory;
import se.lagetrunt.store.EventLog;
import se.lagetrunt.store.MeetingStore;

/** A local network's meeting series: made from templates, and afterwards its calendar and attendance. */
final class SeriesRoutes {

  private final NetworkAccess access;
  private final NetworkStore networks;
  private final SeriesStore series;
  private final SeriesTemplates templates;
  private final MeetingStore meetings;
  private final EventLog eventLog;
  private final CalendarFiles calendars;
  private final Clock clock;
  private final RoomDirectory rooms;
  private final ThemeTemplateStore themeTemplates;

  SeriesRoutes(NetworkAccess access, NetworkStore networks, SeriesStore series, SeriesTemplates templates,
      ThemeTemplateStore themeTemplates, MeetingStore meetings, EventLog eventLog, CalendarFiles calendars, Clock clock,
      RoomDirectory rooms) {
    this.themeTemplates = themeTemplates;
    this.clock = clock;
    this.rooms = rooms;
    this.access = access;
    this.networks = networks;
    this.series = series;
    this.templates = templates;
    this.meetings = meetings;
    this.eventLog = eventLog;
    this.calendars = calendars;
  }

  void mount(Router router) {
    router.get("/api/series-templates").handler(this::listTemplates);
    router.post("/api/local-networks/:id/series").handler(this::createSeries);
    router.post("/api/local-networks/:id/series/preview").handler(this::previewSeries);
    router.get("/api/series/:id/calendar.ics").handler(this::seriesCalendar);
    router.delete("/api/series/:id").handler(this::deleteSeries);
    router.get("/api/series/:id/attendance").handler(this::seriesAttendance);
    router.get("/api/series/:id/attendance.csv").handler(this::seriesAttendanceCsv);
    router.get("/api/series/:id/balance").handler(this::seriesBalance);
  }

  /** The whole series as one calendar file, for everyone in the local network. */
  private void seriesCalendar(RoutingContext ctx) {
    UUID seriesId = Requests.id(ctx, "id");
    networks.localNetworkOfSeries(seriesId)
        .compose(local -> local
            .map(localId -> access.roleIn(ctx, localId))
            .orElseGet(() -> Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "There is no such series."))))
        .compose(access -> meetings.ofSeries(seriesId)
            .onSuccess(list -> calendars.send(ctx, access.local().name(), list)))
        .onFailure(ctx::fail);
  }

  /**
   * A series made by mistake goes, with all its local meetings, while none of them has been held
   * (someone was there, or minutes were written); after that its meetings are cancelled one by
   * one instead. The theme's pre- and after-meetings are everyone's and stay. Anyone with a
   * meeting of it open is sent back (the rooms reload and find no meeting).
   */
  private void deleteSeries(RoutingContext ctx) {
    UUID seriesId = Requests.id(ctx, "id");
    networks.localNetworkOfSeries(seriesId)
        .compose(local -> local
            .map(localId -> access.managerOf(ctx, localId))
            .orElseGet(() -> Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "There is no such series."))))
        .compose(manager -> meetings.ofSeries(seriesId))
        .compose(list -> Future.all(list.stream().map(meeting -> eventLog.currentState(meeting.id())).toList())
            .compose(states -> {
              boolean held = states.<MeetingState>list().stream().anyMatch(MeetingState::held);
              return held ? Future.failedFuture(new ApiProblem(ProblemCode.SERIES_HELD,
                      "A meeting of this series has been held; cancel the meetings that will not take place instead."))
                  : series.delete(seriesId);
            })
            .compose(deleted -> Future.join(list.stream().map(meeting -> rooms.reload(meeting.id())).toList())))
        .onSuccess(done -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }

  /** Attendance per meeting of a series, per stakeholder group: for leaders and enablers. */
  private void seriesAttendance(RoutingContext ctx) {
    attendanceRows(ctx).onSuccess(rows -> ctx.json(Views.list(rows, row -> Views.attendance(row.report(), false)
            .put("round", row.round())
            .put("title", row.title())
            .put("startsAt", row.startsAt() == null ? null : row.startsAt().toString()))))
        .onFailure(ctx::fail);
  }

  /** The same as a spreadsheet file, for the funder report. */
  private void seriesAttendanceCsv(RoutingContext ctx) {
    attendanceRows(ctx).onSuccess(rows -> ctx.response()
            .putHeader("Content-Type", "text/csv; charset=utf-8")
            .putHeader("Content-Disposition", "attachment; filename=\"narvaro.csv\"")
            .end(AttendanceReport.csv(rows)))
        .onFailure(ctx::fail);
  }

  /**
   * Speaking time against presence per stakeholder group, meeting by meeting, so a leader sees
   * over the term whether some groups are heard less. Groups, not people: for leaders and enablers.
   */
  private void seriesBalance(RoutingContext ctx) {
    UUID seriesId = Requests.id(ctx, "id");
    seriesMeetings(ctx, seriesId).compose(list -> {
      List<Future<JsonObject>> rows = new ArrayList<>();
      for (var meeting : list) {
        rows.add(eventLog.currentState(meeting.id()).map(state -> Views.balance(meeting, SpeakingBalance.of(state))));
      }
      return Future.all(rows).map(done -> new JsonArray(rows.stream().map(Future::result).toList()));
    }).onSuccess(ctx::json).onFailure(ctx::fail);
  }

  /** The series' meetings, if the caller looks after its local network. */
  private Future<List<se.lagetrunt.store.MeetingInfo>> seriesMeetings(RoutingContext ctx, UUID seriesId) {
    return networks.localNetworkOfSeries(seriesId)
        .compose(local -> local
            .map(localId -> access.managerOf(ctx, localId))
            .orElseGet(() -> Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "There is no such series."))))
        .compose(allowed -> meetings.ofSeries(seriesId));
  }

  private Future<List<AttendanceReport.Row>> attendanceRows(RoutingContext ctx) {
    return seriesMeetings(ctx, Requests.id(ctx, "id"))
        .compose(list -> {
          List<Future<AttendanceReport.Row>> rows = new ArrayList<>();
          for (var meeting : list) {
            rows.add(eventLog.currentState(meeting.id()).map(state -> new AttendanceReport.Row(
                meeting.round(), meeting.title(), meeting.startsAt(), AttendanceReport.of(state))));
          }
          return Future.all(rows).map(done -> rows.stream().map(Future::result).toList());
        });
  }

  private void listTemplates(RoutingContext ctx) {
    ctx.json(Views.list(templates.all(), Views::template));
  }

  /**
   * A series for a local network from a template, possibly edited first: the local meetings
   * with dates and questions, and the theme network's leader meetings around each round.
   */
  private void createSeries(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    String requestKey = Fields.optionalLine(body, "requestKey", 100);
    if (requestKey != null && requestKey.length() < 8) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'requestKey' is at least 8 characters, made once per creation.");
    }
    access.managerOf(ctx, Requests.id(ctx, "id"))
        .compose(access -> planning(access.local(), body).compose(planning -> series.create(access.local(), planning.title(),
                planning.template().key(), Requests.person(ctx).id(), planning.plan(), requestKey)
            .map(made -> {
              JsonObject answer = new JsonObject().put("id", made.id().toString()).put("title", planning.title())
                  .put("meetings", planning.meetings()).put("warnings", warnings(planning));
              return made.created() ? answer : answer.put("again", true); // the same request once more: the series it made then
            })))
        .onSuccess(answer -> {
          if (answer.containsKey("again")) {
            ctx.json(answer);
          } else {
            Requests.created(ctx, answer);
          }
        })
        .onFailure(ctx::fail);
  }

  /** What a series would be: its meetings' dates, and what to know about them before creating it. */
  private void previewSeries(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    access.managerOf(ctx, Requests.id(ctx, "id"))
        .compose(access -> planning(access.local(), body))
        .onSuccess(planning -> {
          JsonArray meetings = new JsonArray();
          planning.plan().forEach(planned -> meetings.add(new JsonObject().put("kind", planned.kind()).put("round", planned.round())
              .put("title", planned.title()).put("startsAt", planned.startsAt().toString())));
          ctx.json(new JsonObject().put("title", planning.title()).put("meetings", meetings).put("warnings", warnings(planning)));
        })
        .onFailure(ctx::fail);
  }

  /** A series as asked for: its template, title and planned meetings with their dates. */
  private record Planning(SeriesTemplate template, String title, int meetings, List<SeriesPlan.Planned> plan) {}

  private Future<Planning> planning(LocalNetwork local, JsonObject body) {
    return template(local, String.valueOf(body.getValue("templateKey"))).map(template -> planning(body, template));
  }

  /** A built-in template, or one of the local network's theme's own. */
  private Future<SeriesTemplate> template(LocalNetwork local, String key) {
    return templates.find(key).map(Future::succeededFuture)
        .orElseGet(() -> (key.startsWith(ThemeTemplateStore.KEY_PREFIX) ? themeTemplates.find(local.themeNetworkId(), key)
                : Future.succeededFuture(Optional.<SeriesTemplate>empty()))
            .map(found -> found.orElseThrow(() ->
                new ApiProblem(ProblemCode.INVALID_FIELD, "'templateKey' must name a series template."))));
  }

  private Planning planning(JsonObject body, SeriesTemplate template) {
    String title = body.containsKey("title") ? Fields.line(body, "title", 200) : template.title();
    var firstMeeting = Fields.dateTime(body, "firstMeetingAt").toInstant();
    int weeksBetween = Fields.integer(body, "weeksBetween", 1, 12, 3);
    int minutes = Fields.integer(body, "durationMinutes", 15, 600, 120);
    String mode = Fields.oneOf(body, "mode", MeetingMode.wireNames(), MeetingMode.DIGITAL.wireName());
    List<SeriesTemplate.Meeting> meetings = body.containsKey("meetings") ? meetings(body.getValue("meetings"), template)
        : template.meetings();
    return new Planning(template, title, meetings.size(),
        SeriesPlan.plan(meetings, firstMeeting, Duration.ofDays(7L * weeksBetween), minutes, mode));
  }

  private JsonArray warnings(Planning planning) {
    JsonArray warnings = new JsonArray();
    DateWarnings.of(planning.plan(), clock.instant()).forEach(w -> warnings.add(new JsonObject().put("kind", w.kind())
        .put("round", w.round()).put("meetingKind", w.meetingKind()).put("day", w.day().toString()).put("why", w.why())));
    return warnings;
  }

  /**
   * The template's meetings as edited before use (or saved as a theme's template); each keeps the
   * material of the template's meeting in its place.
   */
  static List<SeriesTemplate.Meeting> meetings(Object value, SeriesTemplate template) {
    if (!(value instanceof JsonArray array) || array.isEmpty() || array.size() > 12) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'meetings' must list 1 to 12 meetings.");
    }
    List<SeriesTemplate.Meeting> meetings = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.getValue(i) instanceof JsonObject meeting)) {
        throw new ApiProblem(ProblemCode.INVALID_FIELD, "'meetings' must hold objects.");
      }
      String field = "meetings[" + i + "]";
      List<String> questions = Fields.questions(meeting.getValue("questions"), field + ".questions");
      SeriesTemplate.Meeting original = i < template.meetings().size() ? template.meetings().get(i)
          : new SeriesTemplate.Meeting("", "", List.of(), List.of());
      meetings.add(original.edited(
          Fields.line(meeting, "title", 200),
          Fields.text(meeting.getValue("purpose") == null ? "" : meeting.getValue("purpose"), field + ".purpose", 2000, false),
          questions));
    }
    return meetings;
  }
}

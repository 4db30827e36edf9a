package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.lagetrunt.mail.MailText;
import se.lagetrunt.mail.Mailer;
import se.lagetrunt.auth.LoginLinks;
import se.lagetrunt.auth.SessionRevoker;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.networks.LocalNetwork;
import se.lagetrunt.networks.NetworkRole;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.networks.SeriesPlan;
import se.lagetrunt.networks.SeriesStore;
import se.lagetrunt.networks.SeriesTemplate;
import se.lagetrunt.networks.SeriesTemplates;
import se.lagetrunt.networks.ThemeNetwork;
import se.lagetrunt.store.AccountRole;
import se.lagetrunt.networks.AttendanceReport;
import se.lagetrunt.store.EventLog;
import se.lagetrunt.store.MeetingStore;
import se.lagetrunt.store.Person;
import se.lagetrunt.store.PersonStore;

/**
 * Setting up a term: theme networks (enablers), local networks and their leaders (enablers),
 * participants (leaders), personal links, and meeting series from templates. Every handler
 * first establishes the caller's role in the network it touches.
 */
final class NetworkRoutes {
  private static final Logger LOG = Logger.getLogger(NetworkRoutes.class.getName());
  private static final Set<String> MODES = Set.of("digital", "physical", "hybrid");

  private final NetworkStore networks;
  private final SeriesStore series;
  private final SeriesTemplates templates;
  private final PersonStore people;
  private final LoginLinks links;
  private final SessionRevoker sessions;
  private final MeetingStore meetings;
  private final CalendarFiles calendars;
  private final EventLog eventLog;
  private final Mailer mailer;

  NetworkRoutes(NetworkStore networks, SeriesStore series, SeriesTemplates templates, PersonStore people,
      LoginLinks links, SessionRevoker sessions, MeetingStore meetings, CalendarFiles calendars, EventLog eventLog,
      Mailer mailer) {
    this.eventLog = eventLog;
    this.mailer = mailer;
    this.meetings = meetings;
    this.calendars = calendars;
    this.networks = networks;
    this.series = series;
    this.templates = templates;
    this.people = people;
    this.links = links;
    this.sessions = sessions;
  }

  void mount(Router router) {
    router.get("/api/theme-networks").handler(this::listThemes);
    router.post("/api/theme-networks").handler(this::createTheme);
    router.get("/api/theme-networks/:id").handler(this::showTheme);
    router.post("/api/theme-networks/:id/local-networks").handler(this::createLocal);
    router.get("/api/local-networks").handler(this::listLocals);
    router.get("/api/local-networks/:id").handler(this::showLocal);
    router.post("/api/local-networks/:id/members").handler(this::addMember);
    router.delete("/api/local-networks/:id/members/:personId").handler(this::removeMember);
    router.post("/api/local-networks/:id/members/:personId/link").handler(this::newLink);
    router.delete("/api/local-networks/:id/members/:personId/link").handler(this::revokeLinks);
    router.post("/api/local-networks/:id/series").handler(this::createSeries);
    router.get("/api/series/:id/calendar.ics").handler(this::seriesCalendar);
    router.get("/api/series/:id/attendance").handler(this::seriesAttendance);
    router.get("/api/series/:id/attendance.csv").handler(this::seriesAttendanceCsv);
    router.get("/api/series-templates").handler(this::listTemplates);
  }

  private void listThemes(RoutingContext ctx) {
    networks.themesOf(Requests.person(ctx).id())
        .onSuccess(themes -> ctx.json(Views.list(themes, Views::theme)))
        .onFailure(ctx::fail);
  }

  private void createTheme(RoutingContext ctx) {
    Person person = Requests.person(ctx);
    String name = Fields.line(Fields.body(ctx), "name", 200);
    if (person.accountRole() != AccountRole.ENABLER) {
      throw new ApiProblem(403, "forbidden", "Only enablers create theme networks.");
    }
    networks.createTheme(name, person.id())
        .onSuccess(theme -> Requests.created(ctx, Views.theme(theme)))
        .onFailure(ctx::fail);
  }

  private void showTheme(RoutingContext ctx) {
    enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(theme -> networks.localsOfTheme(theme.id())
            .map(locals -> Views.theme(theme).put("localNetworks", Views.list(locals, Views::local))))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  private void createLocal(RoutingContext ctx) {
    String name = Fields.line(Fields.body(ctx), "name", 200);
    enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(theme -> networks.createLocal(theme.id(), name))
        .onSuccess(local -> Requests.created(ctx, Views.local(local)))
        .onFailure(ctx::fail);
  }

  private void listLocals(RoutingContext ctx) {
    networks.localsOf(Requests.person(ctx).id())
        .onSuccess(locals -> ctx.json(Views.list(locals, Views::local)))
        .onFailure(ctx::fail);
  }

  private void showLocal(RoutingContext ctx) {
    roleIn(ctx, Requests.id(ctx, "id")).compose(access -> networks.members(access.local().id()).map(members ->
            Views.local(access.local())
                .put("yourRole", access.role().wireName())
                .put("members", Views.list(members, member -> Views.member(member, access.role().manages())))))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  /** Enablers add leaders; enablers and leaders add participants. The answer carries the personal link. */
  private void addMember(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    String name = Fields.line(body, "name", 120);
    String email = Fields.email(body, "email");
    String phone = Fields.phone(body, "phone");
    StakeholderGroup group = Fields.group(body, "group");
    NetworkRole role = NetworkRole.fromWire(Fields.oneOf(body, "role", Set.of("leader", "participant"), "participant"));
    managerOf(ctx, Requests.id(ctx, "id"))
        .compose(access -> {
          if (role == NetworkRole.LEADER && access.role() != NetworkRole.ENABLER) {
            return Future.failedFuture(new ApiProblem(403, "forbidden", "Only enablers add leaders."));
          }
          AccountRole account = role == NetworkRole.LEADER ? AccountRole.LEADER : AccountRole.PARTICIPANT;
          return people.create(name, email, phone, account, group)
              .compose(person -> networks.addMember(access.local().id(), person.id(), role)
                  .compose(v -> links.create(person.id()))
                  .compose(link -> handOver(person, access.local(), link))
                  .map(result -> result.put("person", Views.person(person).put("role", role.wireName()))));
        })
        .onSuccess(result -> Requests.created(ctx, result))
        .onFailure(ctx::fail);
  }

  /** Ends the person's membership and, at once, their open connections. */
  private void removeMember(RoutingContext ctx) {
    UUID personId = Requests.id(ctx, "personId");
    memberManagedBy(ctx, personId)
        .compose(access -> networks.removeMember(access.local().id(), personId))
        .compose(removed -> networks.belongsAnywhere(personId))
        .compose(belongs -> belongs ? Future.<Void>succeededFuture() : links.revokeAll(personId))
        .onSuccess(v -> {
          sessions.endSessionsOf(personId, "removed from the network");
          ctx.response().setStatusCode(204).end();
        })
        .onFailure(ctx::fail);
  }

  /** A fresh personal link; every earlier link of the person stops working. */
  private void newLink(RoutingContext ctx) {
    UUID personId = Requests.id(ctx, "personId");
    memberManagedBy(ctx, personId)
        .compose(access -> links.replace(personId).compose(link -> people.find(personId)
            .compose(person -> handOver(person.orElseThrow(), access.local(), link))))
        .onSuccess(result -> Requests.created(ctx, result))
        .onFailure(ctx::fail);
  }

  /**
   * The link goes by e-mail when the person has an address and the server can send; the answer
   * always carries the link too, so a leader can hand it over if the e-mail does not arrive.
   */
  private Future<JsonObject> handOver(Person person, LocalNetwork local, String link) {
    JsonObject result = new JsonObject().put("link", link).put("qrSvg", QrSvg.of(link)).put("emailed", false);
    if (person.email() == null || !mailer.enabled()) {
      return Future.succeededFuture(result);
    }
    return mailer.send(person.email(), MailText.invitation(person.displayName(), local.name(), link))
        .map(sent -> result.put("emailed", true))
        .otherwise(error -> {
          LOG.log(Level.WARNING, "invitation e-mail to a member of " + local.id() + " failed", error);
          return result;
        });
  }

  private void revokeLinks(RoutingContext ctx) {
    UUID personId = Requests.id(ctx, "personId");
    memberManagedBy(ctx, personId)
        .compose(access -> links.revokeAll(personId))
        .onSuccess(v -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }

  /** The whole series as one calendar file, for everyone in the local network. */
  private void seriesCalendar(RoutingContext ctx) {
    UUID seriesId = Requests.id(ctx, "id");
    networks.localNetworkOfSeries(seriesId)
        .compose(local -> local
            .map(localId -> roleIn(ctx, localId))
            .orElseGet(() -> Future.failedFuture(new ApiProblem(404, "not_found", "There is no such series."))))
        .compose(access -> meetings.ofSeries(seriesId)
            .onSuccess(list -> calendars.send(ctx, access.local().name(), list)))
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

  private Future<List<AttendanceReport.Row>> attendanceRows(RoutingContext ctx) {
    UUID seriesId = Requests.id(ctx, "id");
    return networks.localNetworkOfSeries(seriesId)
        .compose(local -> local
            .map(localId -> managerOf(ctx, localId))
            .orElseGet(() -> Future.failedFuture(new ApiProblem(404, "not_found", "There is no such series."))))
        .compose(access -> meetings.ofSeries(seriesId))
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
    SeriesTemplate template = templates.find(String.valueOf(body.getValue("templateKey")))
        .orElseThrow(() -> new ApiProblem(422, "invalid_field", "'templateKey' must name a series template."));
    String title = body.containsKey("title") ? Fields.line(body, "title", 200) : template.title();
    var firstMeeting = Fields.dateTime(body, "firstMeetingAt").toInstant();
    int weeksBetween = Fields.integer(body, "weeksBetween", 1, 12, 3);
    int minutes = Fields.integer(body, "durationMinutes", 15, 600, 120);
    String mode = Fields.oneOf(body, "mode", MODES, "digital");
    List<SeriesTemplate.Meeting> meetings = body.containsKey("meetings") ? meetings(body) : template.meetings();
    List<SeriesPlan.Planned> plan = SeriesPlan.plan(meetings, firstMeeting, Duration.ofDays(7L * weeksBetween), minutes, mode);
    managerOf(ctx, Requests.id(ctx, "id"))
        .compose(access -> series.create(access.local(), title, template.key(), Requests.person(ctx).id(), plan))
        .onSuccess(id -> Requests.created(ctx, new JsonObject().put("id", id.toString()).put("title", title)
            .put("meetings", meetings.size())))
        .onFailure(ctx::fail);
  }

  /** The template's meetings as the leader edited them before use. */
  private static List<SeriesTemplate.Meeting> meetings(JsonObject body) {
    if (!(body.getValue("meetings") instanceof JsonArray array) || array.isEmpty() || array.size() > 12) {
      throw new ApiProblem(422, "invalid_field", "'meetings' must list 1 to 12 meetings.");
    }
    List<SeriesTemplate.Meeting> meetings = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.getValue(i) instanceof JsonObject meeting)) {
        throw new ApiProblem(422, "invalid_field", "'meetings' must hold objects.");
      }
      String field = "meetings[" + i + "]";
      if (!(meeting.getValue("questions") instanceof JsonArray questionArray) || questionArray.size() > 10) {
        throw new ApiProblem(422, "invalid_field", "'" + field + ".questions' must list at most 10 questions.");
      }
      List<String> questions = new ArrayList<>();
      for (int q = 0; q < questionArray.size(); q++) {
        questions.add(Fields.text(questionArray.getValue(q), field + ".questions[" + q + "]", 1000, true));
      }
      meetings.add(new SeriesTemplate.Meeting(
          Fields.line(meeting, "title", 200),
          Fields.text(meeting.getValue("purpose") == null ? "" : meeting.getValue("purpose"), field + ".purpose", 2000, false),
          questions));
    }
    return meetings;
  }

  /** The caller's role in a local network. */
  private record Access(LocalNetwork local, NetworkRole role) {}

  private Future<Access> roleIn(RoutingContext ctx, UUID localId) {
    return networks.local(localId).compose(local -> {
      if (local.isEmpty()) {
        return Future.failedFuture(new ApiProblem(404, "not_found", "There is no such local network."));
      }
      return networks.roleIn(localId, Requests.person(ctx).id()).compose(role -> role
          .map(r -> Future.succeededFuture(new Access(local.get(), r)))
          .orElseGet(() -> Future.failedFuture(new ApiProblem(403, "forbidden", "You are not in this network."))));
    });
  }

  private Future<Access> managerOf(RoutingContext ctx, UUID localId) {
    return roleIn(ctx, localId).compose(access -> access.role().manages()
        ? Future.succeededFuture(access)
        : Future.failedFuture(new ApiProblem(403, "forbidden", "Only the network's leaders and enablers do this.")));
  }

  /**
   * The network, if the caller may look after this member: enablers after everyone, leaders
   * after participants and themselves.
   */
  private Future<Access> memberManagedBy(RoutingContext ctx, UUID personId) {
    return managerOf(ctx, Requests.id(ctx, "id")).compose(access -> networks.memberRole(access.local().id(), personId)
        .compose(role -> {
          if (role.isEmpty()) {
            return Future.failedFuture(new ApiProblem(404, "not_found", "This person is not in the network."));
          }
          boolean allowed = access.role() == NetworkRole.ENABLER
              || role.get() == NetworkRole.PARTICIPANT
              || personId.equals(Requests.person(ctx).id());
          return allowed
              ? Future.succeededFuture(access)
              : Future.failedFuture(new ApiProblem(403, "forbidden", "Only enablers look after leaders."));
        }));
  }

  private Future<ThemeNetwork> enablerOf(RoutingContext ctx, UUID themeId) {
    return networks.theme(themeId).compose(theme -> {
      if (theme.isEmpty()) {
        return Future.failedFuture(new ApiProblem(404, "not_found", "There is no such theme network."));
      }
      return networks.isEnabler(themeId, Requests.person(ctx).id()).compose(enabler -> enabler
          ? Future.succeededFuture(theme.get())
          : Future.failedFuture(new ApiProblem(403, "forbidden", "Only the theme network's enablers do this.")));
    });
  }
}

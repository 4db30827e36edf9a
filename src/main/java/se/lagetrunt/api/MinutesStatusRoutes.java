package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import se.lagetrunt.domain.MeetingPhase;
import se.lagetrunt.domain.Minutes;
import se.lagetrunt.mail.MailText;
import se.lagetrunt.mail.Letter;
import se.lagetrunt.mail.MailKind;
import se.lagetrunt.mail.Outbox;
import se.lagetrunt.networks.LocalNetwork;
import se.lagetrunt.networks.NetworkMember;
import se.lagetrunt.domain.NetworkRole;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.store.EventLog;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.MeetingStore;
import se.lagetrunt.store.MinutesReminderStore;

/**
 * Where each held local meeting's minutes are on their way to the enablers – the leaders' list on
 * the network page, the enablers' overview on the theme page – and the enablers' reminder to a
 * network's leaders when a meeting's minutes are late.
 */
final class MinutesStatusRoutes {
  /** Minutes not submitted this long after the meeting are late, whatever their deadline. */
  static final Duration LATE_AFTER = Duration.ofDays(14);
  /** One reminder per meeting a day is a nudge; more would be nagging. */
  static final Duration REMINDER_GAP = Duration.ofHours(20);

  private final NetworkAccess access;
  private final NetworkStore networks;
  private final MeetingStore meetings;
  private final EventLog eventLog;
  private final MinutesReminderStore reminders;
  private final Outbox mailer;
  private final String publicUrl;
  private final Clock clock;

  MinutesStatusRoutes(NetworkAccess access, NetworkStore networks, MeetingStore meetings, EventLog eventLog,
      MinutesReminderStore reminders, Outbox mailer, String publicUrl, Clock clock) {
    this.access = access;
    this.networks = networks;
    this.meetings = meetings;
    this.eventLog = eventLog;
    this.reminders = reminders;
    this.mailer = mailer;
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  void mount(Router router) {
    router.get("/api/theme-networks/:id/minutes").handler(this::themeStatus);
    router.get("/api/local-networks/:id/minutes").handler(this::localStatus);
    router.post("/api/meetings/:id/minutes/reminders").handler(this::remind);
  }

  /** For enablers: every held local meeting of the theme and where its minutes are. */
  private void themeStatus(RoutingContext ctx) {
    access.enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(theme -> Future.all(networks.localsOfTheme(theme.id()), meetings.localMeetingsOfTheme(theme.id(), null)))
        .compose(both -> {
          Map<UUID, String> names = both.<List<LocalNetwork>>resultAt(0).stream()
              .collect(Collectors.toMap(LocalNetwork::id, LocalNetwork::name));
          return status(both.resultAt(1), names, mailer.enabled());
        })
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  /** For a local network's leaders: its held meetings and where their minutes are. */
  private void localStatus(RoutingContext ctx) {
    access.managerOf(ctx, Requests.id(ctx, "id"))
        .compose(local -> meetings.localMeetingsOfTheme(local.local().themeNetworkId(), null)
            .map(all -> all.stream().filter(m -> local.local().id().equals(m.localNetworkId())).toList())
            .compose(own -> status(own, Map.of(local.local().id(), local.local().name()),
                mailer.enabled() && local.role() == NetworkRole.ENABLER)))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  /**
   * One row per meeting that took place ({@link se.lagetrunt.domain.MeetingState#held}: someone was
   * there or minutes were written, even before the planned time) or whose time has come (its
   * minutes may be late); {@code mayRemind}: the caller is an enabler and the server can mail.
   */
  private Future<JsonArray> status(List<MeetingInfo> list, Map<UUID, String> networkNames, boolean mayRemind) {
    Instant now = clock.instant();
    List<MeetingInfo> timed = list.stream().filter(m -> m.startsAt() != null).toList();
    return reminders.lastSent(timed.stream().map(MeetingInfo::id).toList()).compose(reminded -> {
      List<Future<JsonObject>> rows = timed.stream().map(meeting -> eventLog.currentState(meeting.id()).map(state -> {
        if (!state.held() && (meeting.cancelled() || !begun(meeting, now))) {
          return (JsonObject) null;
        }
        Minutes minutes = state.minutes();
        boolean late = !meeting.cancelled() && minutes.status() != Minutes.Status.SUBMITTED && isLate(meeting, minutes, now);
        Instant remindedAt = reminded.get(meeting.id());
        return Views.minutesStatus(meeting, networkNames.get(meeting.localNetworkId()), minutes, late, remindedAt,
            mayRemind && late && (remindedAt == null || remindedAt.plus(REMINDER_GAP).isBefore(now)));
      })).toList();
      return Future.all(rows).map(done -> new JsonArray(rows.stream().map(Future::result).filter(Objects::nonNull).toList()));
    });
  }


  private static boolean begun(MeetingInfo meeting, Instant now) {
    return MeetingPhase.of(meeting.startsAt().toInstant(), meeting.durationMinutes(), now).begun();
  }

  private static boolean isLate(MeetingInfo meeting, Minutes minutes, Instant now) {
    Instant ended = MeetingPhase.endOf(meeting.startsAt().toInstant(), meeting.durationMinutes());
    return (minutes.deadline() != null && minutes.deadline().isBefore(now)) || ended.plus(LATE_AFTER).isBefore(now);
  }

  /**
   * An enabler reminds the network's leaders by e-mail that a held meeting's minutes have not
   * come in. The answer names who got the e-mail and whom it did not reach (no address, or the
   * sending failed): those the enabler calls instead.
   */
  private void remind(RoutingContext ctx) {
    UUID meetingId = Requests.id(ctx, "id");
    UUID enablerId = Requests.person(ctx).id();
    meetings.find(meetingId)
        .map(found -> found.filter(m -> m.localNetworkId() != null)
            .orElseThrow(() -> new ApiProblem(ProblemCode.NOT_FOUND, "There is no such local meeting.")))
        .compose(meeting -> access.roleIn(ctx, meeting.localNetworkId()).compose(network -> {
          if (network.role() != NetworkRole.ENABLER) {
            return Future.failedFuture(new ApiProblem(ProblemCode.FORBIDDEN, "Enablers send reminders."));
          }
          if (!mailer.enabled()) {
            return Future.failedFuture(new ApiProblem(ProblemCode.MAIL_UNAVAILABLE, "This server cannot send e-mail."));
          }
          return eventLog.currentState(meetingId).compose(state -> !state.held() && (meeting.cancelled() || !begun(meeting, clock.instant()))
              ? Future.failedFuture(new ApiProblem(ProblemCode.NOT_HELD, "The meeting has not been held yet."))
              : state.minutes().status() == Minutes.Status.SUBMITTED
              ? Future.failedFuture(new ApiProblem(ProblemCode.ALREADY_SUBMITTED, "These minutes are already submitted."))
              : reminders.claim(meetingId, enablerId, REMINDER_GAP))
              .compose(claim -> claim
                  .map(sentAt -> mailLeaders(meeting, network.local(), Requests.person(ctx).displayName())
                      .compose(result -> reminders.sent(meetingId, sentAt, result.getJsonArray("emailed").size())
                          .map(v -> result.put("remindedAt", result.getJsonArray("emailed").isEmpty() ? null : sentAt.toString()))))
                  .orElseGet(() -> Future.failedFuture(new ApiProblem(ProblemCode.REMINDED_RECENTLY,
                      "The leaders were reminded of these minutes less than a day ago."))));
        }))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  private Future<JsonObject> mailLeaders(MeetingInfo meeting, LocalNetwork local, String enablerName) {
    String link = publicUrl + "/meeting.html?id=" + meeting.id();
    return networks.members(local.id()).compose(members -> {
      List<NetworkMember> leaders = members.stream().filter(m -> m.role() == NetworkRole.LEADER).toList();
      List<Future<Boolean>> sent = leaders.stream().map(leader -> leader.person().email() == null
          ? Future.succeededFuture(false)
          : mailer.post(Letter.to(leader.person().id(), leader.person().email(), MailKind.MINUTES_REMINDER,
              MailText.minutesReminder(leader.person().displayName(), meeting.title(), local.name(), enablerName, link))))
          .toList();
      return Future.all(sent).map(done -> {
        JsonArray emailed = new JsonArray();
        JsonArray notReached = new JsonArray();
        for (int i = 0; i < leaders.size(); i++) {
          (sent.get(i).result() ? emailed : notReached).add(leaders.get(i).person().displayName());
        }
        return new JsonObject().put("emailed", emailed).put("notReached", notReached);
      });
    });
  }
}

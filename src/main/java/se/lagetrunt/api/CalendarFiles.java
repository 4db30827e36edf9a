package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import se.lagetrunt.networks.Calendar;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.EventLog;

/** Meetings as a downloadable .ics file, with their questions in the description. */
final class CalendarFiles {
  private final EventLog eventLog;
  private final String publicUrl;
  private final Clock clock;

  CalendarFiles(EventLog eventLog, String publicUrl, Clock clock) {
    this.eventLog = eventLog;
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  void send(RoutingContext ctx, String name, List<MeetingInfo> list) {
    List<Future<Calendar.Entry>> entries = new ArrayList<>();
    for (MeetingInfo meeting : list) {
      entries.add(eventLog.currentState(meeting.id()).map(state -> new Calendar.Entry(
          meeting.id(), meeting.title(), meeting.startsAt() == null ? null : meeting.startsAt().toInstant(),
          meeting.durationMinutes(), meeting.mode(), meeting.purpose(), state.board().toPrepare(),
          publicUrl + "/meeting.html?id=" + meeting.id(), meeting.callLink(), meeting.sequence(),
          (meeting.updatedAt() != null ? meeting.updatedAt() : meeting.createdAt()).toInstant(), meeting.cancelled())));
    }
    Future.all(entries).onSuccess(done -> {
      List<Calendar.Entry> ready = new ArrayList<>();
      entries.forEach(entry -> ready.add(entry.result()));
      ctx.response()
          .putHeader("Content-Type", "text/calendar; charset=utf-8")
          .putHeader("Content-Disposition", "attachment; filename=\"laget-runt.ics\"")
          .end(Calendar.of(name, ready, clock.instant()));
    }).onFailure(ctx::fail);
  }
}

package se.lagetrunt.notices;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import se.lagetrunt.auth.Secrets;
import se.lagetrunt.documents.MinutesMarkdown;
import se.lagetrunt.domain.MinutesEvent;
import se.lagetrunt.mail.Letter;
import se.lagetrunt.mail.MailKind;
import se.lagetrunt.mail.MailText;
import se.lagetrunt.mail.Outbox;
import se.lagetrunt.networks.Calendar;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.MeetingStore;
import se.lagetrunt.store.StoredEvent;

/**
 * Tells people by e-mail what is happening: the questions for a meeting (when its leader sends
 * them), a reminder the day before, minutes open for comments and minutes submitted. Each mail
 * has a once-key, so what the log or the clock says twice – a node restarted, two nodes looking –
 * is mailed once; each kind is one a person can turn off.
 */
public final class Notices {
  private static final Logger LOG = Logger.getLogger(Notices.class.getName());
  private static final Duration DAY_BEFORE = Duration.ofHours(24);
  private static final long LOOK_EVERY_MILLIS = 10 * 60_000;

  private final Vertx vertx;
  private final NoticeStore store;
  private final MeetingStore meetings;
  private final Outbox outbox;
  private final String publicUrl;
  private final Clock clock;
  private long timer = -1;

  public Notices(Vertx vertx, NoticeStore store, MeetingStore meetings, Outbox outbox, String publicUrl, Clock clock) {
    this.vertx = vertx;
    this.store = store;
    this.meetings = meetings;
    this.outbox = outbox;
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  /** Looks for meetings a day ahead now and every ten minutes (by the server's clock, what is due). */
  public void start() {
    if (outbox.enabled()) {
      remindDayBefore();
      timer = vertx.setPeriodic(LOOK_EVERY_MILLIS, tick -> remindDayBefore());
    }
  }

  public void stop() {
    vertx.cancelTimer(timer);
  }

  /**
   * A reminder to the people of each meeting that starts within a day. A moved meeting is
   * reminded of again at its new time; a cancelled one not at all. How many mails were written.
   */
  public Future<Integer> remindDayBefore() {
    if (!outbox.enabled()) {
      return Future.succeededFuture(0);
    }
    Instant now = clock.instant();
    return store.startingBetween(now, now.plus(DAY_BEFORE))
        .compose(ids -> sum(ids, id -> meetings.find(id).compose(found -> found
            .filter(meeting -> !meeting.cancelled())
            .map(this::remind)
            .orElseGet(() -> Future.succeededFuture(0)))))
        .onFailure(error -> LOG.warning("Meeting reminders could not be written this time (tried again soon): " + error));
  }

  private Future<Integer> remind(MeetingInfo meeting) {
    String when = MinutesMarkdown.WHEN.format(meeting.startsAt().atZoneSameInstant(MinutesMarkdown.SWEDEN));
    String key = "meeting-reminder:" + meeting.id() + ":" + meeting.startsAt().toEpochSecond() + ":";
    return tell(meeting, false, null, group -> person -> Letter.to(person.personId(), person.email(), MailKind.MEETING_REMINDER,
            MailText.meetingReminder(person.name(), meeting.title(), group, when, Calendar.modeName(meeting.mode()),
                meeting.callLink(), meetingLink(meeting.id()), settingsLink()))
        .once(key + person.personId()));
  }

  /** What came of sending a meeting's questions: how many mails were written, and whether these very questions went before. */
  public record QuestionsSent(int written, boolean sentBefore) {}

  /**
   * The meeting's questions to its people, now: "changed" when other questions went before, and
   * nothing when these very questions did.
   */
  public Future<QuestionsSent> questions(MeetingInfo meeting, List<String> questions) {
    String when = meeting.startsAt() == null ? null
        : MinutesMarkdown.WHEN.format(meeting.startsAt().atZoneSameInstant(MinutesMarkdown.SWEDEN));
    String ofMeeting = "questions:" + meeting.id() + ":";
    String key = ofMeeting + digest(String.join("\n", questions)) + ":";
    return store.written(key).compose(same -> same ? Future.succeededFuture(new QuestionsSent(0, true))
        : store.written(ofMeeting).compose(changed -> tell(meeting, false, null, group -> person -> Letter.to(person.personId(),
                person.email(), MailKind.QUESTIONS_READY, MailText.questions(person.name(), meeting.title(), group, when,
                    questions, changed, meetingLink(meeting.id()), settingsLink()))
            .once(key + person.personId())))
        .map(written -> new QuestionsSent(written, false)));
  }

  /** Committed events of a meeting: minutes sent out for comments, or submitted, are told to its people. */
  public void committed(List<StoredEvent> events) {
    for (StoredEvent stored : events) {
      if (stored.event() instanceof MinutesEvent.MinutesStatusChanged changed && outbox.enabled()) {
        // Tracked from the start: the mail is on its way from the moment the event is committed.
        outbox.track(minutesMoved(stored, changed)).onFailure(error ->
            LOG.warning("Mail about the minutes of meeting " + stored.meetingId() + " could not be written: " + error));
      }
    }
  }

  private Future<Integer> minutesMoved(StoredEvent stored, MinutesEvent.MinutesStatusChanged changed) {
    String key = "minutes-" + changed.status().name().toLowerCase(java.util.Locale.ROOT) + ":" + stored.meetingId() + ":"
        + stored.seq() + ":";
    return meetings.find(stored.meetingId()).compose(found -> found.map(meeting -> switch (changed.status()) {
      case IN_REVIEW -> tell(meeting, false, stored.actor(), group -> person -> Letter.to(person.personId(), person.email(),
              MailKind.MINUTES_FOR_COMMENTS, MailText.minutesForComments(person.name(), meeting.title(), group,
                  MinutesMarkdown.WHEN.format(changed.deadline().atZone(MinutesMarkdown.SWEDEN)), meetingLink(meeting.id()),
                  settingsLink()))
          .once(key + person.personId()));
      // Submitted minutes leave the group for the enablers, who are told too.
      case SUBMITTED -> tell(meeting, true, stored.actor(), group -> person -> Letter.to(person.personId(), person.email(),
              MailKind.MINUTES_SUBMITTED, MailText.minutesSubmitted(person.name(), meeting.title(), group,
                  meetingLink(meeting.id()), settingsLink()))
          .once(key + person.personId()));
      default -> Future.succeededFuture(0);
    }).orElseGet(() -> Future.succeededFuture(0)));
  }

  /** One letter to each of the meeting's people with an address but {@code except}; how many were written. */
  private Future<Integer> tell(MeetingInfo meeting, boolean withEnablers, UUID except,
      Function<String, Function<NoticeStore.Recipient, Letter>> letter) {
    return store.groupName(meeting.id()).compose(group -> store.recipients(meeting.id(), withEnablers)
        .compose(people -> outbox.post(people.stream().filter(person -> !person.personId().equals(except))
            .map(letter.apply(group)).toList())));
  }

  private static <T> Future<Integer> sum(List<T> items, Function<T, Future<Integer>> each) {
    Future<Integer> total = Future.succeededFuture(0);
    for (T item : items) {
      total = total.compose(sum -> each.apply(item).map(n -> sum + n));
    }
    return total;
  }

  private String meetingLink(UUID meetingId) {
    return publicUrl + "/meeting.html?id=" + meetingId;
  }

  private String settingsLink() {
    return publicUrl + "/#mail";
  }

  private static String digest(String text) {
    return HexFormat.of().formatHex(Secrets.hash(text), 0, 16);
  }
}

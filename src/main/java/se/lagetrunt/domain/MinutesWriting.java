package se.lagetrunt.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.lagetrunt.domain.MinutesCommand.Push;
import se.lagetrunt.domain.MinutesCommand.Restore;
import se.lagetrunt.domain.MinutesCommand.Update;
import se.lagetrunt.domain.MinutesEvent.MinutesUpdated;
import se.lagetrunt.domain.Refusal.Code;

/**
 * The rules of the minutes as a central authority for collaborative editing: those who steer and
 * the note-takers write; a push made against an older version is rebased over the updates since
 * (see {@link Rebase}), so a writer on a slow link saves as surely as one on a fast link, and
 * every update must fit the text exactly.
 */
final class MinutesWriting {
  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  /** The client id of a restore: no browser's, so every editor takes it as someone else's edit. */
  static final String RESTORE_CLIENT = "restore";

  private MinutesWriting() {}

  static Decision decide(MeetingState state, Actor actor, MinutesCommand command, Instant now) {
    if (!(command instanceof Push) && !(command instanceof Restore)) {
      return MinutesReview.decide(state, actor, command, now);
    }
    if (!actor.role().steers() && actor.role() != MeetingRole.NOTE_TAKER) {
      return Decision.refuse(Code.NOT_ALLOWED, "The leader and the note-takers write the minutes.");
    }
    if (state.minutes().status().locked()) {
      return MinutesReview.lockedFor(state.minutes().status());
    }
    if (state.minutes().status() == Minutes.Status.IN_REVIEW && !actor.role().steers()) {
      return Decision.refuse(Code.NOT_ALLOWED, "During the review the leader revises the minutes.");
    }
    return command instanceof Push push ? push(state, actor, push) : restore(state, actor, (Restore) command);
  }

  private static Decision restore(MeetingState state, Actor actor, Restore restore) {
    if (!Minutes.isSection(restore.section(), state.board())) {
      return Decision.refuse(Code.UNKNOWN_SECTION, "The minutes of this meeting have no such section.");
    }
    MinutesDoc doc = state.minutes().section(restore.section());
    if (doc.text().equals(restore.text())) {
      return Boards.unchanged();
    }
    return Decision.accept(new MinutesUpdated(restore.section(), RESTORE_CLIENT,
        ChangeSet.replaceAll(doc.text().length(), restore.text()), actor.personId()));
  }

  private static Decision push(MeetingState state, Actor actor, Push push) {
    if (!Minutes.isSection(push.section(), state.board())) {
      return Decision.refuse(Code.UNKNOWN_SECTION, "The minutes of this meeting have no such section.");
    }
    if (push.updates().isEmpty() || push.updates().size() > Minutes.MAX_UPDATES_PER_PUSH) {
      return Decision.refuse(Code.INVALID_CHANGES, "Send 1 to " + Minutes.MAX_UPDATES_PER_PUSH + " updates at a time.");
    }
    MinutesDoc doc = state.minutes().section(push.section());
    List<RecentUpdates.Step> since = doc.recent().since(push.version());
    if (since == null || since.stream().anyMatch(step -> sentBy(push, step.clientId()))) {
      // Too far behind (or ahead), or an echo of this browser's own earlier push: it catches up and sends again.
      return Decision.refuse(Code.VERSION_CONFLICT,
          "The section is at version " + doc.version() + "; take the newer updates and send yours again.");
    }
    int length = doc.text().length() - since.stream().mapToInt(step -> step.changes().newLength() - step.changes().length()).sum();
    List<ChangeSet> edits = new ArrayList<>(push.updates().size());
    for (Update update : push.updates()) {
      if (!CLIENT_ID.matcher(update.clientId()).matches()) {
        return Decision.refuse(Code.INVALID_CHANGES, "A client id is 1-64 letters, digits, - or _.");
      }
      if (update.changes().length() != length) {
        return Decision.refuse(Code.INVALID_CHANGES,
            "An update is for a text of " + update.changes().length() + " characters; the section had " + length + ".");
      }
      length = update.changes().newLength();
      edits.add(update.changes());
    }
    for (RecentUpdates.Step step : since) {
      edits = Rebase.over(edits, step.changes()).edits();
    }
    List<MeetingEvent> events = new ArrayList<>(edits.size());
    String text = doc.text();
    for (int i = 0; i < edits.size(); i++) {
      ChangeSet edit = edits.get(i);
      if (edit.newLength() > Minutes.SECTION_MAX_LENGTH) {
        return Decision.refuse(Code.TEXT_TOO_LONG, "A section of the minutes can be at most " + Minutes.SECTION_MAX_LENGTH + " characters.");
      }
      if (Characters.splitsAPair(text, edit)) {
        return Decision.refuse(Code.SPLIT_CHARACTER, "An update may not cut a character (such as an emoji) in two.");
      }
      if (i + 1 < edits.size()) {
        text = edit.apply(text); // the next update's text; a push of one (a keystroke) copies nothing here
      }
      events.add(new MinutesUpdated(push.section(), push.updates().get(i).clientId(), edit, actor.personId()));
    }
    return new Decision.Accepted(events);
  }

  private static boolean sentBy(Push push, String clientId) {
    return push.updates().stream().anyMatch(update -> update.clientId().equals(clientId));
  }

  static Minutes apply(Minutes minutes, MinutesEvent event) {
    if (!(event instanceof MinutesUpdated updated)) {
      return MinutesReview.apply(minutes, event);
    }
    return minutes.with(updated.section(), minutes.section(updated.section()).apply(updated.clientId(), updated.changes(), updated.author()));
  }
}

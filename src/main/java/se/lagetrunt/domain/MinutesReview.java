package se.lagetrunt.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.lagetrunt.domain.Minutes.Status;
import se.lagetrunt.domain.MinutesCommand.AddComment;
import se.lagetrunt.domain.MinutesCommand.OpenReview;
import se.lagetrunt.domain.MinutesCommand.ReopenDraft;
import se.lagetrunt.domain.MinutesCommand.ResolveComment;
import se.lagetrunt.domain.MinutesCommand.SignOff;
import se.lagetrunt.domain.MinutesCommand.Submit;
import se.lagetrunt.domain.MinutesEvent.CommentAdded;
import se.lagetrunt.domain.MinutesEvent.CommentResolved;
import se.lagetrunt.domain.MinutesEvent.MinutesStatusChanged;
import se.lagetrunt.domain.Refusal.Code;

/**
 * The way of the minutes after the meeting: the leader opens a review with a deadline, members
 * comment (threads that can be resolved), the leader revises, signs off and submits to the
 * enabler. Signed-off minutes can be reopened as a draft until they are submitted.
 */
final class MinutesReview {
  static final int COMMENT_MAX_LENGTH = 2000;
  static final int QUOTE_MAX_LENGTH = 300;
  static final int MAX_COMMENTS = 500;

  private MinutesReview() {}

  static Decision decide(MeetingState state, Actor actor, MinutesCommand command, Instant now) {
    Minutes minutes = state.minutes();
    if (command instanceof AddComment c) {
      return comment(state, actor, c, now);
    }
    if (command instanceof ResolveComment c) {
      return resolve(minutes, actor, c);
    }
    if (!actor.role().steers()) {
      return Decision.refuse(Code.NOT_ALLOWED, "The leader takes the minutes through review and submits them.");
    }
    if (command instanceof OpenReview c) {
      if (minutes.status().locked()) {
        return locked();
      }
      if (!c.deadline().isAfter(now)) {
        return Decision.refuse(Code.INVALID_DEADLINE, "The deadline must be in the future.");
      }
      return Decision.accept(new MinutesStatusChanged(Status.IN_REVIEW, c.deadline(), now));
    }
    if (command instanceof SignOff) {
      return minutes.status().locked() ? locked() : Decision.accept(new MinutesStatusChanged(Status.SIGNED_OFF, null, now));
    }
    if (command instanceof ReopenDraft) {
      return minutes.status() == Status.SIGNED_OFF
          ? Decision.accept(new MinutesStatusChanged(Status.DRAFT, null, now))
          : Decision.refuse(Code.WRONG_STATUS, "Only signed-off minutes that are not yet submitted can be reopened.");
    }
    if (command instanceof Submit) {
      return minutes.status() == Status.SIGNED_OFF
          ? Decision.accept(new MinutesStatusChanged(Status.SUBMITTED, null, now))
          : Decision.refuse(Code.WRONG_STATUS, "Sign the minutes off before submitting them.");
    }
    throw new IllegalArgumentException("unhandled minutes command " + command);
  }

  static Minutes apply(Minutes minutes, MinutesEvent event) {
    if (event instanceof MinutesStatusChanged e) {
      return minutes.withStatus(e.status(), e.deadline());
    }
    if (event instanceof CommentAdded e) {
      List<Comment> next = new ArrayList<>(minutes.comments());
      next.add(e.comment());
      return minutes.withComments(next);
    }
    if (event instanceof CommentResolved e) {
      return minutes.withComments(minutes.comments().stream()
          .map(c -> c.id().equals(e.commentId()) ? c.resolved(e.resolved()) : c).toList());
    }
    throw new IllegalArgumentException("unhandled minutes event " + event);
  }

  private static Decision comment(MeetingState state, Actor actor, AddComment command, Instant now) {
    Minutes minutes = state.minutes();
    if (minutes.status().locked()) {
      return locked();
    }
    if (!Minutes.isSection(command.section(), state.board())) {
      return Decision.refuse(Code.UNKNOWN_SECTION, "The minutes of this meeting have no such section.");
    }
    if (minutes.comments().size() >= MAX_COMMENTS) {
      return Decision.refuse(Code.BOARD_FULL, "The minutes hold at most " + MAX_COMMENTS + " comments.");
    }
    Refusal invalid = Boards.invalidParagraphs(command.text(), COMMENT_MAX_LENGTH, "A comment", false);
    if (invalid == null && command.quote().length() > QUOTE_MAX_LENGTH) {
      invalid = new Refusal(Code.TEXT_TOO_LONG, "A quoted passage can be at most " + QUOTE_MAX_LENGTH + " characters.");
    }
    if (invalid != null) {
      return new Decision.Refused(invalid);
    }
    if (command.parentId() != null) {
      Comment parent = minutes.comment(command.parentId());
      if (parent == null || parent.parentId() != null || !parent.section().equals(command.section())) {
        return Decision.refuse(Code.UNKNOWN_COMMENT, "A reply goes to a comment that starts a thread in the same section.");
      }
    }
    String id = command.newId();
    if (id == null || minutes.comment(id) != null) {
      throw new IllegalArgumentException("the room must supply a fresh id, got " + id);
    }
    return Decision.accept(new CommentAdded(new Comment(id, command.section(), command.quote().strip(),
        Texts.normalizeParagraphs(command.text()), actor.personId(), command.byName() == null ? "" : command.byName(),
        now, command.parentId(), false)));
  }

  private static Decision resolve(Minutes minutes, Actor actor, ResolveComment command) {
    Comment comment = minutes.comment(command.commentId());
    if (comment == null) {
      return Decision.refuse(Code.UNKNOWN_COMMENT, "There is no such comment.");
    }
    if (!actor.role().steers() && !comment.author().equals(actor.personId())) {
      return Decision.refuse(Code.NOT_ALLOWED, "The leader, or whoever wrote the comment, resolves it.");
    }
    if (comment.resolved() == command.resolved()) {
      return Boards.unchanged();
    }
    return Decision.accept(new CommentResolved(comment.id(), command.resolved()));
  }

  private static Decision locked() {
    return Decision.refuse(Code.MINUTES_LOCKED, "The minutes are signed off; reopen them as a draft to change them.");
  }

  static Decision lockedFor(Minutes.Status status) {
    return status == Status.SUBMITTED
        ? Decision.refuse(Code.MINUTES_LOCKED, "The minutes are submitted and can no longer change.")
        : locked();
  }
}

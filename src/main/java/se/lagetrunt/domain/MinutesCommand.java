package se.lagetrunt.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Commands about the minutes. */
public sealed interface MinutesCommand extends MeetingCommand {

  /** One change made in one browser, as CodeMirror's collab extension sends it. */
  record Update(String clientId, ChangeSet changes) {
    public Update {
      Objects.requireNonNull(clientId, "clientId");
      Objects.requireNonNull(changes, "changes");
    }
  }

  /** The leader opens the review: the group reads and comments until the deadline. */
  record OpenReview(Instant deadline) implements MinutesCommand {
    public OpenReview {
      Objects.requireNonNull(deadline, "deadline");
    }
  }

  /** A member comments on a section (or a passage, or another comment); id and name come from the room. */
  record AddComment(String section, String quote, String text, String parentId, String newId, String byName)
      implements MinutesCommand {
    public AddComment {
      Objects.requireNonNull(section, "section");
      Objects.requireNonNull(quote, "quote");
      Objects.requireNonNull(text, "text");
    }
  }

  record ResolveComment(String commentId, boolean resolved) implements MinutesCommand {
    public ResolveComment {
      Objects.requireNonNull(commentId, "commentId");
    }
  }

  /**
   * A section goes back to an earlier text (the server reads it from the log): one update that
   * replaces the whole section, made against whatever the section is now.
   */
  record Restore(String section, String text) implements MinutesCommand {
    public Restore {
      Objects.requireNonNull(section, "section");
      Objects.requireNonNull(text, "text");
    }
  }

  /** The leader approves the text as it stands: no more edits. */
  record SignOff() implements MinutesCommand {}

  /** Back to draft from signed off, to mend something before submitting. */
  record ReopenDraft() implements MinutesCommand {}

  /** The signed-off minutes go to the enabler. */
  record Submit() implements MinutesCommand {}

  /**
   * Updates a browser made to a section starting from {@code version}. They are accepted only
   * against the section's current version; otherwise the browser takes the updates it missed,
   * rebases its own on them and sends again.
   */
  record Push(String section, int version, List<Update> updates) implements MinutesCommand {
    public Push {
      Objects.requireNonNull(section, "section");
      updates = List.copyOf(updates);
    }
  }
}

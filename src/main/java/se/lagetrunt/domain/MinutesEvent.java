package se.lagetrunt.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Facts about the minutes. */
public sealed interface MinutesEvent extends MeetingEvent {

  /** The minutes moved on their way (see {@link Minutes.Status}); {@code deadline} is set while in review. */
  record MinutesStatusChanged(Minutes.Status status, Instant deadline, Instant at) implements MinutesEvent {
    public MinutesStatusChanged {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(at, "at");
    }
  }

  record CommentAdded(Comment comment) implements MinutesEvent {
    public CommentAdded {
      Objects.requireNonNull(comment, "comment");
    }
  }

  record CommentResolved(String commentId, boolean resolved) implements MinutesEvent {
    public CommentResolved {
      Objects.requireNonNull(commentId, "commentId");
    }
  }

  /** One accepted update: the section's version goes up by one. {@code author} is who made it. */
  record MinutesUpdated(String section, String clientId, ChangeSet changes, UUID author) implements MinutesEvent {
    public MinutesUpdated {
      Objects.requireNonNull(section, "section");
      Objects.requireNonNull(clientId, "clientId");
      Objects.requireNonNull(changes, "changes");
      Objects.requireNonNull(author, "author");
    }
  }
}

package se.lagetrunt.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A comment on the minutes during review: on a section, optionally on a quoted passage of it, or a
 * reply to another comment (one level deep, as in a thread).
 *
 * @param quote the passage commented on ("" for the section as a whole)
 * @param parentId the comment this replies to, or null for a new thread
 */
public record Comment(String id, String section, String quote, String text, UUID author, String authorName,
    Instant at, String parentId, boolean resolved) {
  public Comment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(authorName, "authorName");
    Objects.requireNonNull(at, "at");
  }

  Comment resolved(boolean isResolved) {
    return new Comment(id, section, quote, text, author, authorName, at, parentId, isResolved);
  }
}

package se.lagetrunt.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One section of a meeting's minutes, as the central authority of the collaborative editor keeps
 * it: the text, its version (how many updates made it), and who wrote which part.
 */
public record MinutesDoc(String text, int version, List<AuthorRun> authors) {
  public static final MinutesDoc EMPTY = new MinutesDoc("", 0, List.of());

  public MinutesDoc {
    Objects.requireNonNull(text, "text");
    authors = List.copyOf(authors);
  }

  MinutesDoc apply(ChangeSet changes, UUID author) {
    return new MinutesDoc(changes.apply(text), version + 1, changes.apply(authors, author));
  }
}

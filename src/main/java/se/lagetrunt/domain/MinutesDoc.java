package se.lagetrunt.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One section of a meeting's minutes, as the central authority of the collaborative editor keeps
 * it: the text, its version (how many updates made it), and who wrote which part. The last
 * updates are kept beside it for rebasing late pushes; they are working memory, not content, so
 * two sections with the same text, version and authors are equal.
 */
public record MinutesDoc(String text, int version, List<AuthorRun> authors, RecentUpdates recent) {
  public static final MinutesDoc EMPTY = new MinutesDoc("", 0, List.of());

  public MinutesDoc {
    Objects.requireNonNull(text, "text");
    authors = List.copyOf(authors);
    Objects.requireNonNull(recent, "recent");
  }

  public MinutesDoc(String text, int version, List<AuthorRun> authors) {
    this(text, version, authors, RecentUpdates.startingAt(version));
  }

  MinutesDoc apply(String clientId, ChangeSet changes, UUID author) {
    return new MinutesDoc(changes.apply(text), version + 1, changes.apply(authors, author), recent.plus(clientId, changes));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MinutesDoc that && text.equals(that.text) && version == that.version
        && authors.equals(that.authors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, version, authors);
  }

  @Override
  public String toString() {
    return "MinutesDoc[version=" + version + ", text=" + text + "]";
  }
}

package se.lagetrunt.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A change to a text, in the shape of CodeMirror's {@code ChangeSet}: sections that either keep
 * a run of the old text or replace a run (possibly empty) with new text. Lengths count UTF-16
 * code units, as Java strings and JavaScript strings both do, so positions agree with the
 * browser without conversion. The wire form is CodeMirror's JSON (see protocol's MinutesCodec).
 */
public final class ChangeSet {
  /** Keeps {@code length} characters when {@code insert} is null; otherwise replaces them with {@code insert}. */
  public record Section(int length, String insert) {
    public Section {
      if (length < 0) {
        throw new IllegalArgumentException("a section cannot have a negative length");
      }
    }

    public boolean keeps() {
      return insert == null;
    }
  }

  private final List<Section> sections;
  private final int length;
  private final int newLength;

  private ChangeSet(List<Section> sections) {
    this.sections = List.copyOf(sections);
    long before = 0;
    long after = 0;
    for (Section section : this.sections) {
      before += section.length();
      after += section.keeps() ? section.length() : section.insert().length();
    }
    if (before > Integer.MAX_VALUE || after > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a change set longer than any text");
    }
    this.length = (int) before;
    this.newLength = (int) after;
  }

  public static ChangeSet of(List<Section> sections) {
    return new ChangeSet(sections);
  }

  /** Replaces the whole of a text of {@code oldLength} characters with {@code text}. */
  public static ChangeSet replaceAll(int oldLength, String text) {
    return new ChangeSet(List.of(new Section(oldLength, text)));
  }

  public List<Section> sections() {
    return sections;
  }

  /** The length of the text this change applies to. */
  public int length() {
    return length;
  }

  /** The length of the text after the change. */
  public int newLength() {
    return newLength;
  }

  /** The text after the change; the text must be exactly as long as the change expects. */
  public String apply(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() != length) {
      throw new IllegalArgumentException("the change is for a text of " + length + " characters, not " + text.length());
    }
    StringBuilder result = new StringBuilder(newLength);
    int at = 0;
    for (Section section : sections) {
      if (section.keeps()) {
        result.append(text, at, at + section.length());
      } else {
        result.append(section.insert());
      }
      at += section.length();
    }
    return result.toString();
  }

  /** Who wrote which run of the text, carried through this change: inserted text is {@code author}'s. */
  public List<AuthorRun> apply(List<AuthorRun> runs, UUID author) {
    List<AuthorRun> result = new ArrayList<>();
    AuthorRun.Cursor cursor = new AuthorRun.Cursor(runs);
    for (Section section : sections) {
      if (section.keeps()) {
        cursor.take(section.length(), result);
      } else {
        cursor.skip(section.length());
        AuthorRun.append(result, author, section.insert().length());
      }
    }
    return List.copyOf(result);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ChangeSet that && sections.equals(that.sections);
  }

  @Override
  public int hashCode() {
    return sections.hashCode();
  }

  @Override
  public String toString() {
    return "ChangeSet" + sections;
  }
}

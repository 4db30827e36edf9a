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
    this.sections = List.copyOf(normal(sections));
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

  /** Without sections that do nothing, and with neighbouring kept runs as one, as CodeMirror keeps them. */
  private static List<Section> normal(List<Section> sections) {
    List<Section> result = new ArrayList<>(sections.size());
    for (Section section : sections) {
      if (section.length() == 0 && (section.keeps() || section.insert().isEmpty())) {
        continue;
      }
      Section last = result.isEmpty() ? null : result.get(result.size() - 1);
      if (last != null && last.keeps() && section.keeps()) {
        result.set(result.size() - 1, new Section(last.length() + section.length(), null));
      } else {
        result.add(section);
      }
    }
    return result;
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

  /** Whether this change leaves the text as it is. */
  public boolean isEmpty() {
    return sections.stream().allMatch(Section::keeps);
  }

  /**
   * This change, made to the same text as {@code other}, moved so that it applies after
   * {@code other}: the same sections as CodeMirror's {@code ChangeSet.map} (the reference tests
   * check it on its own output), because the server and every browser must rebase edits alike.
   * Where both insert at one place, this change's text goes first when {@code thisFirst}.
   */
  public ChangeSet map(ChangeSet other, boolean thisFirst) {
    if (other.length != length) {
      throw new IllegalArgumentException("a change for " + length + " characters mapped over one for " + other.length);
    }
    if (other.isEmpty()) {
      return this;
    }
    Builder out = new Builder();
    Cursor a = new Cursor(sections);
    Cursor b = new Cursor(other.sections);
    // The index of the section of this change whose text is already in the result.
    int inserted = -1;
    while (true) {
      if (a.done() && b.len > 0 || b.done() && a.len > 0) {
        throw new IllegalStateException("change sets of different lengths");
      } else if (a.keeps() && b.keeps()) {
        int len = Math.min(a.len, b.len);
        out.add(len, null);
        a.forward(len);
        b.forward(len);
      } else if (b.changes() && (!a.changes() || inserted == a.index
          || a.offset == 0 && (b.len < a.len || b.len == a.len && !thisFirst))) {
        // The other's change comes first: its text is kept, and what of ours it covers goes.
        out.add(b.insert.length(), null);
        int len = b.len;
        while (len > 0) {
          int piece = Math.min(a.len, len);
          if (a.changes() && inserted < a.index && a.len <= piece) {
            out.add(0, a.insert);
            inserted = a.index;
          }
          a.forward(piece);
          len -= piece;
        }
        b.next();
      } else if (a.changes()) {
        // Our change, up to where the other's next insertion begins.
        int len = 0;
        int left = a.len;
        while (left > 0) {
          if (b.keeps()) {
            int piece = Math.min(left, b.len);
            len += piece;
            left -= piece;
            b.forward(piece);
          } else if (b.changes() && b.insert.isEmpty() && b.len < left) {
            left -= b.len;
            b.next();
          } else {
            break;
          }
        }
        out.add(len, inserted < a.index ? a.insert : "");
        inserted = a.index;
        a.forward(a.len - left);
      } else if (a.done() && b.done()) {
        return new ChangeSet(out.sections);
      } else {
        throw new IllegalStateException("change sets of different lengths");
      }
    }
  }

  /** Walks the sections of a change set; a section may be taken in pieces. */
  private static final class Cursor {
    private final List<Section> sections;
    /** One past the section at hand, so that 0 means none taken yet. */
    int index;
    int len;
    /** The section's text, null where it keeps; null once done. */
    String insert;
    int offset;
    private boolean done;

    Cursor(List<Section> sections) {
      this.sections = sections;
      next();
    }

    void next() {
      if (index < sections.size()) {
        Section section = sections.get(index++);
        len = section.length();
        insert = section.insert();
        done = false;
      } else {
        len = 0;
        insert = null;
        done = true;
      }
      offset = 0;
    }

    boolean done() {
      return done;
    }

    boolean keeps() {
      return !done && insert == null;
    }

    boolean changes() {
      return !done && insert != null;
    }

    void forward(int n) {
      if (n == len) {
        next();
      } else {
        len -= n;
        offset += n;
      }
    }
  }

  /** Collects sections, joining neighbours the way CodeMirror does so the wire form matches. */
  private static final class Builder {
    final List<Section> sections = new ArrayList<>();

    /** Adds a kept run ({@code insert} null), a deletion ("") or a replacement. */
    void add(int len, String insert) {
      if (len == 0 && (insert == null || insert.isEmpty())) {
        return;
      }
      Section last = sections.isEmpty() ? null : sections.get(sections.size() - 1);
      if (last != null && (insert == null ? last.keeps() : insert.isEmpty() && "".equals(last.insert()))) {
        sections.set(sections.size() - 1, new Section(last.length() + len, insert));
      } else if (last != null && len == 0 && last.length() == 0) {
        sections.set(sections.size() - 1, new Section(0, last.insert() + insert));
      } else {
        sections.add(new Section(len, insert));
      }
    }
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

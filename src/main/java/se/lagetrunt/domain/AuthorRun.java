package se.lagetrunt.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A run of characters in a minutes section written by one person: the runs of a section cover its
 * text exactly, in order, neighbours always by different people.
 */
public record AuthorRun(UUID author, int length) {
  public AuthorRun {
    Objects.requireNonNull(author, "author");
    if (length <= 0) {
      throw new IllegalArgumentException("a run has at least one character");
    }
  }

  /** Adds {@code length} characters by {@code author} at the end, joining the last run if it is theirs. */
  static void append(List<AuthorRun> runs, UUID author, int length) {
    if (length == 0) {
      return;
    }
    int last = runs.size() - 1;
    if (last >= 0 && runs.get(last).author().equals(author)) {
      runs.set(last, new AuthorRun(author, runs.get(last).length() + length));
    } else {
      runs.add(new AuthorRun(author, length));
    }
  }

  /** Reads through a section's runs in text order. */
  static final class Cursor {
    private final List<AuthorRun> runs;
    private int index;
    private int offset;

    Cursor(List<AuthorRun> runs) {
      this.runs = runs;
    }

    void take(int length, List<AuthorRun> into) {
      walk(length, into);
    }

    void skip(int length) {
      walk(length, null);
    }

    private void walk(int length, List<AuthorRun> into) {
      int left = length;
      while (left > 0) {
        AuthorRun run = runs.get(index);
        int here = Math.min(left, run.length() - offset);
        if (into != null) {
          append(into, run.author(), here);
        }
        left -= here;
        offset += here;
        if (offset == run.length()) {
          index++;
          offset = 0;
        }
      }
    }
  }
}

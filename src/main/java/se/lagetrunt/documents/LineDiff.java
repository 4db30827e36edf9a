package se.lagetrunt.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of a section, line by line, for people to read: lines kept,
 * added and removed, with long runs of kept lines shortened to the one line either side of a
 * change. (A longest-common-subsequence diff; sections are short, and past a size where that
 * gets costly the changed middle is shown whole.)
 */
public final class LineDiff {
  /** A run of lines: {@code kept}, {@code added}, {@code removed}, or {@code skipped} (kept, not shown; text is the count). */
  public record Piece(String op, String text) {}

  private static final long MAX_CELLS = 1_000_000;

  private LineDiff() {}

  public static List<Piece> between(String before, String after) {
    String[] a = before.isEmpty() ? new String[0] : before.split("\n", -1);
    String[] b = after.isEmpty() ? new String[0] : after.split("\n", -1);
    int prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
      suffix++;
    }
    List<String[]> ops = new ArrayList<>();
    for (int i = 0; i < prefix; i++) {
      ops.add(new String[] {"kept", a[i]});
    }
    middle(a, b, prefix, a.length - suffix, prefix, b.length - suffix, ops);
    for (int i = a.length - suffix; i < a.length; i++) {
      ops.add(new String[] {"kept", a[i]});
    }
    return shortened(ops);
  }

  /** The lines between the common start and end: a longest common subsequence, or all removed then all added. */
  private static void middle(String[] a, String[] b, int aFrom, int aTo, int bFrom, int bTo, List<String[]> ops) {
    int n = aTo - aFrom;
    int m = bTo - bFrom;
    if ((long) n * m > MAX_CELLS) {
      for (int i = aFrom; i < aTo; i++) {
        ops.add(new String[] {"removed", a[i]});
      }
      for (int j = bFrom; j < bTo; j++) {
        ops.add(new String[] {"added", b[j]});
      }
      return;
    }
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] = a[aFrom + i].equals(b[bFrom + j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[aFrom + i].equals(b[bFrom + j])) {
        ops.add(new String[] {"kept", a[aFrom + i]});
        i++;
        j++;
      } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
        ops.add(new String[] {"removed", a[aFrom + i++]}); // what went, before what came in its place
      } else {
        ops.add(new String[] {"added", b[bFrom + j++]});
      }
    }
  }

  /** Neighbouring lines of one kind as one piece; kept lines far from any change as a count. */
  private static List<Piece> shortened(List<String[]> ops) {
    List<Piece> pieces = new ArrayList<>();
    int i = 0;
    while (i < ops.size()) {
      String op = ops.get(i)[0];
      int end = i;
      while (end < ops.size() && ops.get(end)[0].equals(op)) {
        end++;
      }
      if (op.equals("kept")) {
        int head = i > 0 ? 1 : 0; // the line after a change
        int tail = end < ops.size() ? 1 : 0; // the line before the next
        if (head + tail >= end - i) {
          add(pieces, "kept", ops.subList(i, end));
        } else {
          add(pieces, "kept", ops.subList(i, i + head));
          pieces.add(new Piece("skipped", String.valueOf(end - i - head - tail)));
          add(pieces, "kept", ops.subList(end - tail, end));
        }
      } else {
        add(pieces, op, ops.subList(i, end));
      }
      i = end;
    }
    return pieces;
  }

  private static void add(List<Piece> pieces, String op, List<String[]> lines) {
    if (!lines.isEmpty()) {
      pieces.add(new Piece(op, String.join("\n", lines.stream().map(line -> line[1]).toList())));
    }
  }
}

package se.lagetrunt.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A version of a compilation's draft the enablers sent the theme's leaders to check before it is
 * published, with the deadline for their answers. Pure: the rules of the check, nothing stored.
 */
public record CompilationCheck(int version, String text, Instant deadline, UUID sentBy, Instant sentAt) {
  /** What a comment on the text as a whole, or on what comes before its first heading, is filed under. */
  public static final String WHOLE_TEXT = "";

  public CompilationCheck {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(sentAt, "sentAt");
  }

  /** The sections a leader comments on: the text as a whole, then each "## " heading, in order. */
  public static List<String> sections(String text) {
    List<String> sections = new ArrayList<>();
    sections.add(WHOLE_TEXT);
    text.lines().filter(line -> line.startsWith("## ")).map(line -> line.substring(3).strip())
        .filter(heading -> !heading.isEmpty() && !sections.contains(heading)).forEach(sections::add);
    return sections;
  }

  public List<String> sections() {
    return sections(text);
  }

  /**
   * Open until the version sent, or a later one, is published ({@code publishedVersion} null:
   * nothing is). Versions, not times, say what came first: two things can happen in one instant.
   */
  public boolean open(Integer publishedVersion) {
    return publishedVersion == null || publishedVersion < version;
  }

  /**
   * Whether publishing now would go past leaders who were asked: the check is open, its deadline
   * has not come, and not every leader has answered. The enablers may still publish, saying so.
   */
  public boolean holdsPublishing(Instant now, Integer publishedVersion, int leaders, int answered) {
    return open(publishedVersion) && now.isBefore(deadline) && answered < leaders;
  }
}

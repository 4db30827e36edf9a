package se.lagetrunt.domain;

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

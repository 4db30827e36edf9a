package se.lagetrunt.domain;

import java.util.Objects;
import java.util.UUID;

/** Facts about the minutes. */
public sealed interface MinutesEvent extends MeetingEvent {

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

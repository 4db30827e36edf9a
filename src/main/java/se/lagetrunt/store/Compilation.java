package se.lagetrunt.store;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A round's compilation as stored: the enablers' draft (its text and version, who saved it
 * last) and, once published, the text the local networks read.
 */
public record Compilation(UUID themeNetworkId, int round, String text, int version, UUID updatedBy,
    OffsetDateTime updatedAt, Published published) {

  /** The draft of {@code version}, as published to the local networks. */
  public record Published(String text, int version, UUID by, OffsetDateTime at) {}

  /** Whether the draft has changed since it was last published (or was never published). */
  public boolean unpublishedChanges() {
    return published == null || published.version() != version;
  }
}

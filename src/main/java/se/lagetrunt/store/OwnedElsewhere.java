package se.lagetrunt.store;

import java.util.UUID;

/** Another node holds the meeting's lease: this node may not write its log now. */
public final class OwnedElsewhere extends RuntimeException {
  public OwnedElsewhere(UUID meetingId) {
    super("meeting " + meetingId + " is owned by another node", null, false, false);
  }
}

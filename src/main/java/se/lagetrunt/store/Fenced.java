package se.lagetrunt.store;

import java.util.UUID;

/**
 * An append refused because the meeting's epoch moved on: another node took the meeting over
 * (this one was paused or cut off past its lease), so nothing of it was stored.
 */
public final class Fenced extends RuntimeException {
  public Fenced(UUID meetingId, long epoch) {
    super("meeting " + meetingId + " moved on from epoch " + epoch, null, false, false);
  }
}

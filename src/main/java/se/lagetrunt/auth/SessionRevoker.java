package se.lagetrunt.auth;

import java.util.UUID;
import se.lagetrunt.protocol.Farewell;

/** Ends a person's live connections at once, when their access is taken away or changed. */
public interface SessionRevoker {
  /** Every connection of the person ends for good (4003): they may no longer be there. */
  void endSessionsOf(UUID personId, Farewell farewell);

  /** The connections opened with these device sessions end (4001): the device must sign in again. */
  void signedOut(java.util.Collection<UUID> sessionIds, Farewell farewell);

  /**
   * The person's connections to one meeting end with 4009: their role in it changed, and what a
   * connection may do was decided when it joined, so the page opens the meeting again.
   */
  void rejoin(UUID personId, UUID meetingId, Farewell farewell);
}

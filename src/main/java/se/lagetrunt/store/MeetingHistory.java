package se.lagetrunt.store;

import java.util.List;
import se.lagetrunt.domain.Meeting;
import se.lagetrunt.domain.MeetingState;

/**
 * What a room needs to come alive: the newest snapshot, and the recent events, which include at
 * least all events after the snapshot.
 */
public record MeetingHistory(long snapshotSeq, MeetingState snapshotState, List<StoredEvent> recentEvents) {

  /** The meeting as it stands: the snapshot with every later event applied. */
  public MeetingState currentState() {
    MeetingState state = snapshotState;
    for (StoredEvent event : recentEvents) {
      if (event.seq() > snapshotSeq) {
        state = Meeting.apply(state, event.event());
      }
    }
    return state;
  }

  /** The sequence number of the newest event, or of the snapshot if nothing came after it. */
  public long currentSeq() {
    return recentEvents.isEmpty() ? snapshotSeq : Math.max(snapshotSeq, recentEvents.get(recentEvents.size() - 1).seq());
  }
}

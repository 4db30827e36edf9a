package se.lagetrunt.store;

import java.util.List;
import se.lagetrunt.domain.MeetingState;

/**
 * What a room needs to come alive: the newest snapshot, and the recent events, which include at
 * least all events after the snapshot.
 */
public record MeetingHistory(long snapshotSeq, MeetingState snapshotState, List<StoredEvent> recentEvents) {}

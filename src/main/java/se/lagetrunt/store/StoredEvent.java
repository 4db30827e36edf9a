package se.lagetrunt.store;

import java.time.Instant;
import java.util.UUID;
import se.lagetrunt.domain.MeetingEvent;

/** One row of a meeting's log: the event with its place in the sequence and who caused it. */
public record StoredEvent(
    UUID meetingId, long seq, MeetingEvent event, UUID actor, String commandId, Instant occurredAt) {}

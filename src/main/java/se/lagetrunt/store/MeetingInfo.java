package se.lagetrunt.store;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A meeting as listed and shown outside the live room. {@code kind} is adhoc, local, pre or
 * after; local meetings have a local network, pre/after meetings a theme network; {@code round}
 * numbers the meeting in its series. {@code startsAt} may be null for hand-made meetings.
 * {@code callLink} is the group's own call tool (a web address or a phone number), or null;
 * {@code builtInVoice} is false when the group uses only that. A cancelled meeting has
 * {@code cancelledAt} and {@code cancelReason}. {@code sequence} counts the changes to it since it
 * was made, the last at {@code updatedAt} (null: never changed): a calendar updates what it holds.
 */
public record MeetingInfo(
    UUID id, String title, UUID createdBy, OffsetDateTime createdAt, String kind, UUID localNetworkId,
    UUID themeNetworkId, UUID seriesId, Integer round, OffsetDateTime startsAt, int durationMinutes, String mode,
    String purpose, String callLink, boolean builtInVoice, OffsetDateTime cancelledAt, String cancelReason,
    int sequence, OffsetDateTime updatedAt) {

  public boolean cancelled() {
    return cancelledAt != null;
  }
}

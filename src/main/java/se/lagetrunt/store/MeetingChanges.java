package se.lagetrunt.store;

import java.time.OffsetDateTime;

/** What an edit changes in a meeting; null leaves a field as it is. */
public record MeetingChanges(String title, OffsetDateTime startsAt, Integer durationMinutes, String mode,
    String purpose) {}

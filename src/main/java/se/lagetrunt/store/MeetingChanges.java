package se.lagetrunt.store;

import java.time.OffsetDateTime;

/**
 * What an edit changes in a meeting; null leaves a field as it is ({@code callLink} "" removes
 * the link). {@code wholeSeries}: the call link and built-in voice change for every meeting of the
 * meeting's series.
 */
public record MeetingChanges(String title, OffsetDateTime startsAt, Integer durationMinutes, String mode,
    String purpose, String callLink, Boolean builtInVoice, boolean wholeSeries) {}

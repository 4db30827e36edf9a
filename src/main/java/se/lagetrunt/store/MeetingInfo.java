package se.lagetrunt.store;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A meeting as listed and shown outside the live room. */
public record MeetingInfo(UUID id, String title, UUID createdBy, OffsetDateTime createdAt) {}

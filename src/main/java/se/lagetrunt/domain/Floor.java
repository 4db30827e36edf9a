package se.lagetrunt.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A raised hand the leader gave the floor: a timed turn outside the round's order (a reply to
 * the speaker, or a new topic between rounds), until the leader or the person ends it.
 *
 * @param who whose hand it was
 * @param handId the hand, which left the queue when it was given the floor
 * @param since when the floor was given
 */
public record Floor(String who, String handId, Instant since) {
  public Floor {
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(handId, "handId");
    Objects.requireNonNull(since, "since");
  }
}

package se.lagetrunt.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A raised hand between rounds. A reply to the current speaker goes ahead of new topics.
 *
 * @param id "h1", "h2", … never reused
 */
public record Hand(String id, String who, Kind kind, Instant raisedAt) {

  public enum Kind {
    NEW_TOPIC,
    REPLY;

    public String wireName() {
      return WireNames.of(this);
    }

    public static Kind fromWire(String value) {
      return WireNames.parse(Kind.class, value);
    }
  }

  public Hand {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(raisedAt, "raisedAt");
  }
}

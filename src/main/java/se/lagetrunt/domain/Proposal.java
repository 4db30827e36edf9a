package se.lagetrunt.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A question a member proposed for the board, with who supports it.
 *
 * @param supporters one entry per person, in the order they gave their support
 * @param outcome for ACCEPTED the question it became, for MERGED the proposal it joined, for
 *     DECLINED the leader's reason ("" when none was given); null while open
 */
public record Proposal(String id, String text, UUID by, String byName, List<UUID> supporters, Status status,
    String outcome) {

  public enum Status {
    OPEN,
    ACCEPTED,
    DECLINED,
    MERGED;

    public String wireName() {
      return WireNames.of(this);
    }

    public static Status fromWire(String value) {
      return WireNames.parse(Status.class, value);
    }
  }

  public Proposal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(byName, "byName");
    Objects.requireNonNull(status, "status");
    supporters = List.copyOf(new LinkedHashSet<>(supporters));
  }

  boolean isOpen() {
    return status == Status.OPEN;
  }

  Proposal withSupporters(List<UUID> newSupporters) {
    return new Proposal(id, text, by, byName, newSupporters, status, outcome);
  }

  Proposal closed(Status newStatus, String newOutcome) {
    return new Proposal(id, text, by, byName, supporters, newStatus, newOutcome);
  }
}

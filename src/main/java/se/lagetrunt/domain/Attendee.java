package se.lagetrunt.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Someone who took part in a meeting. {@code via} is how: online (joined from a device), room
 * (sits in the room of a hybrid meeting) or phone. Room and phone seats are added by the leader
 * and have a {@code seatId}; a seat may name a network member ({@code personId}) or a guest.
 */
public record Attendee(String seatId, UUID personId, String name, StakeholderGroup group, Via via) {

  public enum Via {
    ONLINE,
    ROOM,
    PHONE;

    public String wireName() {
      return WireNames.of(this);
    }

    public static Via fromWire(String value) {
      return WireNames.parse(Via.class, value);
    }
  }

  public Attendee {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(via, "via");
    if ((via == Via.ONLINE) != (seatId == null)) {
      throw new IllegalArgumentException("seats, and only seats, have a seat id");
    }
  }
}

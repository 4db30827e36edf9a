package se.lagetrunt.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything a live meeting has agreed on so far. Immutable: {@link Meeting#apply} returns a new
 * one, so a room can keep the committed state and the state with pending events side by side.
 *
 * @param topic what the leader has put at the centre
 * @param arrivals everyone who has joined from a device, by person, in order of arrival
 * @param seats the room and phone seats the leader added, by seat id, in order
 * @param seatsAdded how many seats were ever added: the next seat is "s" + (seatsAdded + 1)
 * @param turns rounds, raised hands and speaking time
 * @param board the questions, proposals and background material
 * @param minutes the minutes, one collaborative document per section
 * @param voice the floor's mode and speaking time measured from the voice
 */
public record MeetingState(String topic, Map<UUID, Attendee> arrivals, Map<String, Attendee> seats, int seatsAdded,
    TurnState turns, Board board, Minutes minutes, VoiceState voice) {
  public static final MeetingState EMPTY =
      new MeetingState("", Map.of(), Map.of(), 0, TurnState.EMPTY, Board.EMPTY, Minutes.EMPTY, VoiceState.EMPTY);

  public MeetingState {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(turns, "turns");
    Objects.requireNonNull(board, "board");
    Objects.requireNonNull(minutes, "minutes");
    Objects.requireNonNull(voice, "voice");
    arrivals = Collections.unmodifiableMap(new LinkedHashMap<>(arrivals));
    seats = Collections.unmodifiableMap(new LinkedHashMap<>(seats));
  }

  /** Everyone counted as present, each person once: arrivals, then seats that are not also arrivals. */
  public List<Attendee> attendance() {
    List<Attendee> everyone = new ArrayList<>(arrivals.values());
    for (Attendee seat : seats.values()) {
      if (seat.personId() == null || !arrivals.containsKey(seat.personId())) {
        everyone.add(seat);
      }
    }
    return everyone;
  }

  /**
   * Whether the meeting took place: someone was there, or minutes were written. Not whether its
   * time has passed – a meeting nobody came to was not held, and minutes of a meeting held early
   * count at once.
   */
  public boolean held() {
    return !arrivals.isEmpty() || !seats.isEmpty() || minutes.status() != Minutes.Status.DRAFT
        || minutes.sections().values().stream().anyMatch(section -> !section.text().isBlank());
  }

  /** How a seat takes part in rounds: as its member when it names one, else as the seat. */
  public static String whoOf(Attendee seat) {
    return seat.personId() != null ? seat.personId().toString() : seat.seatId();
  }

  MeetingState withTurns(TurnState newTurns) {
    return new MeetingState(topic, arrivals, seats, seatsAdded, newTurns, board, minutes, voice);
  }

  MeetingState withBoard(Board newBoard) {
    return new MeetingState(topic, arrivals, seats, seatsAdded, turns, newBoard, minutes, voice);
  }

  MeetingState withMinutes(Minutes newMinutes) {
    return new MeetingState(topic, arrivals, seats, seatsAdded, turns, board, newMinutes, voice);
  }

  boolean seats(UUID personId) {
    return seats.values().stream().anyMatch(seat -> personId.equals(seat.personId()));
  }

  MeetingState withTopic(String newTopic) {
    return new MeetingState(newTopic, arrivals, seats, seatsAdded, turns, board, minutes, voice);
  }

  MeetingState withArrival(Attendee attendee) {
    Map<UUID, Attendee> next = new LinkedHashMap<>(arrivals);
    next.put(attendee.personId(), attendee);
    return new MeetingState(topic, next, seats, seatsAdded, turns, board, minutes, voice);
  }

  MeetingState withSeat(Attendee seat) {
    Map<String, Attendee> next = new LinkedHashMap<>(seats);
    next.put(seat.seatId(), seat);
    return new MeetingState(topic, arrivals, next, seatsAdded + 1, turns, board, minutes, voice);
  }

  MeetingState withoutSeat(String seatId) {
    Map<String, Attendee> next = new LinkedHashMap<>(seats);
    next.remove(seatId);
    return new MeetingState(topic, arrivals, next, seatsAdded, turns, board, minutes, voice);
  }

  MeetingState withVoice(VoiceState newVoice) {
    return new MeetingState(topic, arrivals, seats, seatsAdded, turns, board, minutes, newVoice);
  }
}

package se.lagetrunt.room;

/** The room was unloading when asked; opening the meeting again gives a fresh owner. */
public final class RoomRetiredException extends RuntimeException {
  public RoomRetiredException() {
    super("room retired", null, false, false);
  }
}

package se.lagetrunt.room;

/** A command the server issued itself was refused; {@code code} is the same stable code a client would get. */
public final class CommandRefused extends RuntimeException {
  private final String code;

  public CommandRefused(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public String code() {
    return code;
  }
}

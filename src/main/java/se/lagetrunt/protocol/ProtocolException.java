package se.lagetrunt.protocol;

/** A client message the server will not take, with the command id to answer when there is one. */
public final class ProtocolException extends Exception {
  private final ErrorCode code;
  private final String commandId;

  public ProtocolException(ErrorCode code, String detail, String commandId) {
    super(detail);
    this.code = code;
    this.commandId = commandId;
  }

  public ErrorCode code() {
    return code;
  }

  /** The id of the command this error answers, or null when the message had none we could read. */
  public String commandId() {
    return commandId;
  }
}

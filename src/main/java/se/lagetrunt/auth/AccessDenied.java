package se.lagetrunt.auth;

/** Why someone is not let in. Each reason maps to one close code and one HTTP status. */
public final class AccessDenied extends RuntimeException {
  public enum Reason {
    /** No valid token, or the person no longer exists. */
    UNAUTHENTICATED,
    /** Valid person, but not a member of this meeting. */
    FORBIDDEN,
    /** No such meeting. */
    NOT_FOUND
  }

  private final Reason reason;

  public AccessDenied(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}

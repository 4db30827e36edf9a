package se.lagetrunt.api;

/** A refused REST call, answered as application/problem+json with a stable code. */
public final class ApiProblem extends RuntimeException {
  private final int status;
  private final String code;

  public ApiProblem(int status, String code, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}

package se.lagetrunt.api;

import io.vertx.core.Future;
import se.lagetrunt.domain.Refusal;
import se.lagetrunt.protocol.ErrorCode;
import se.lagetrunt.room.CommandRefused;

/** A refused REST call, answered as application/problem+json with a stable code. */
public final class ApiProblem extends RuntimeException {
  private final int status;
  private final String code;

  public ApiProblem(int status, String code, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.code = code;
  }

  /**
   * The problem for a command the server ran in a meeting's room and the room refused: the
   * room's stable code, as a client on the socket would get it. "Already so" is no problem.
   */
  static <T> Future<T> fromRefusal(Throwable error) {
    if (!(error instanceof CommandRefused refused)) {
      return Future.failedFuture(error);
    }
    if (refused.code().equals(Refusal.Code.UNCHANGED.wireName())) {
      return Future.succeededFuture();
    }
    int status = refused.code().equals(ErrorCode.UNAVAILABLE.wireName())
        || refused.code().equals(ErrorCode.SHUTTING_DOWN.wireName()) ? 503
        : refused.code().equals(Refusal.Code.NOT_ALLOWED.wireName()) ? 403 : 422;
    return Future.failedFuture(new ApiProblem(status, refused.code(), refused.getMessage()));
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}

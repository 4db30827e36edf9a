package se.lagetrunt.api;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.Optional;
import se.lagetrunt.domain.Refusal;
import se.lagetrunt.protocol.ErrorCode;
import se.lagetrunt.room.CommandRefused;

/** A refused REST call, answered as application/problem+json with a stable code. */
public final class ApiProblem extends RuntimeException {
  private final int status;
  private final String code;
  private final Duration retryAfter;

  public ApiProblem(ProblemCode code, String detail) {
    this(code.status(), code.wireName(), detail, null);
  }

  /** A refusal that passes: the answer says when to try again (Retry-After). */
  public ApiProblem(ProblemCode code, String detail, Duration retryAfter) {
    this(code.status(), code.wireName(), detail, retryAfter);
  }

  private ApiProblem(int status, String code, String detail, Duration retryAfter) {
    super(detail, null, false, false);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
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
    return Future.failedFuture(new ApiProblem(status, refused.code(), refused.getMessage(), null));
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** When the caller may try again, if the refusal passes with time. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}

package se.lagetrunt.api;

import java.util.Locale;

/**
 * Stable codes for what the REST API refuses, each with its HTTP status – beside the socket's
 * {@link se.lagetrunt.protocol.ErrorCode} and the rules' {@link se.lagetrunt.domain.Refusal.Code},
 * which a REST call run by a meeting's room answers with. The pages have a text for every one.
 */
public enum ProblemCode {
  /** No session, or one that has ended: sign in again. */
  UNAUTHENTICATED(401),
  /** The caller's role does not allow this. */
  FORBIDDEN(403),
  /** No such thing, or none the caller may see. */
  NOT_FOUND(404),
  /** A field is missing, of the wrong kind or out of range. */
  INVALID_FIELD(422),
  /** Text with control characters or half a character. */
  INVALID_TEXT(422),
  /** The body is not a JSON object. */
  BAD_JSON(400),
  /** The request body is too large. */
  TOO_LARGE(413),
  /** The request did not arrive in time. */
  TOO_SLOW(503),
  /** Asked too often; Retry-After says when to ask again. */
  TOO_MANY_REQUESTS(429),
  /** Something went wrong on the server. */
  INTERNAL(500),
  // What the rules of networks, meetings, minutes and compilations refuse (the pages' texts say more):
  ALREADY_HELD(409),
  ALREADY_STEERS(409),
  ALREADY_SUBMITTED(409),
  CHECK_OPEN(409),
  FILE_TYPE(415),
  INVALID_LINK(401),
  LAST_ENABLER(409),
  MAIL_UNAVAILABLE(503),
  /** The meeting is called off: nothing more is sent about it. */
  MEETING_CANCELLED(409),
  NAMES_IN_TEXT(409),
  NETWORK_MEETING(403),
  NO_CHECK(409),
  NO_MAIL_ROUTE(403),
  NO_QUESTIONS(409),
  NOT_A_PRE_MEETING(409),
  NOT_HELD(409),
  NOT_PUBLISHED(404),
  NOT_SUBMITTED(409),
  NOTHING_TO_PUBLISH(409),
  PLAN_LOCKED(409),
  PLAN_STATUS(409),
  REMINDED_RECENTLY(409),
  /** A meeting of the series has been held: the series is not deleted (its meetings are cancelled instead). */
  SERIES_HELD(409),
  TOO_MANY_LEADERS(409),
  TOO_MANY_NOTE_TAKERS(409),
  VERSION_CONFLICT(409);

  private final int status;

  ProblemCode(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

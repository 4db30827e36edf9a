package se.lagetrunt.api;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import se.lagetrunt.store.Person;

/** What every authenticated handler reads from its request. */
final class Requests {
  static final String PERSON = "person";
  static final String SESSION = "session";

  private Requests() {}

  /** The signed-in person, put there by the authentication step. */
  static Person person(RoutingContext ctx) {
    return ctx.get(PERSON);
  }

  /** The device session the request was made with. */
  static UUID session(RoutingContext ctx) {
    return ctx.get(SESSION);
  }

  /** A path id; anything that is not an id is a resource that does not exist. */
  static UUID id(RoutingContext ctx, String param) {
    try {
      return UUID.fromString(ctx.pathParam(param));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ApiProblem(ProblemCode.NOT_FOUND, "There is no such resource.");
    }
  }

  /** An id in a request body; anything else is a field to correct. */
  static UUID uuid(Object value, String field) {
    try {
      return UUID.fromString(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must be an id.");
    }
  }

  static void created(RoutingContext ctx, Object body) {
    ctx.response().setStatusCode(201);
    ctx.json(body);
  }
}

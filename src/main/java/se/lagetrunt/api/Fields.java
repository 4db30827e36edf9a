package se.lagetrunt.api;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import se.lagetrunt.domain.StakeholderGroup;

/** Reading and checking request fields, with one clear refusal per broken field. */
final class Fields {
  private Fields() {}

  static JsonObject body(io.vertx.ext.web.RoutingContext ctx) {
    try {
      JsonObject body = ctx.body().asJsonObject();
      if (body == null) {
        throw new ApiProblem(400, "bad_json", "The request body must be a JSON object.");
      }
      return body;
    } catch (io.vertx.core.json.DecodeException | ClassCastException e) {
      throw new ApiProblem(400, "bad_json", "The request body must be a JSON object.");
    }
  }

  /** A one-line text: trimmed, 1..max characters, no control characters. */
  static String line(JsonObject body, String field, int max) {
    Object value = body.getValue(field);
    if (!(value instanceof String text)) {
      throw new ApiProblem(422, "invalid_field", "'" + field + "' must be text.");
    }
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new ApiProblem(422, "invalid_field", "'" + field + "' must not be empty.");
    }
    if (trimmed.length() > max) {
      throw new ApiProblem(422, "invalid_field", "'" + field + "' can be at most " + max + " characters.");
    }
    if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
      throw new ApiProblem(422, "invalid_field", "'" + field + "' must be one line of plain text.");
    }
    return trimmed;
  }

  static StakeholderGroup group(JsonObject body, String field) {
    Object value = body.getValue(field);
    try {
      return StakeholderGroup.fromWire(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(422, "invalid_field", "'" + field + "' must be one of the stakeholder groups.");
    }
  }

  static UUID id(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ApiProblem(404, "not_found", "There is no such meeting.");
    }
  }
}

package se.lagetrunt.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.TimeBounds;
import se.lagetrunt.protocol.ErrorCode;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.protocol.PlainText;

/** Reading and checking request fields, with one clear refusal per broken field. */
final class Fields {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("[+0-9 ()-]{5,40}");

  private Fields() {}

  static JsonObject body(io.vertx.ext.web.RoutingContext ctx) {
    try {
      JsonObject body = ctx.body().asJsonObject();
      if (body == null) {
        throw new ApiProblem(ProblemCode.BAD_JSON, "The request body must be a JSON object.");
      }
      if (!PlainText.isPlain(Json.read(ctx.body().asString()))) {
        throw new ApiProblem(ProblemCode.INVALID_TEXT, ErrorCode.INVALID_TEXT.message());
      }
      return body;
    } catch (io.vertx.core.json.DecodeException | ClassCastException
        | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ApiProblem(ProblemCode.BAD_JSON, "The request body must be a JSON object.");
    }
  }

  /**
   * The group's own call tool: a web address (https, as Teams, Zoom and Jitsi give) or a phone
   * number to dial in; "" removes it.
   */
  static String callLink(JsonObject body, String field) {
    Object value = body.getValue(field);
    if (value == null || (value instanceof String text && text.isBlank())) {
      return "";
    }
    String link = line(body, field, 500);
    boolean web = link.startsWith("https://") && !link.contains(" ") && link.length() > "https://".length();
    if (!web && !PHONE.matcher(link).matches()) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' is a web address starting https:// or a phone number.");
    }
    return link;
  }

  static boolean bool(JsonObject body, String field) {
    if (!(body.getValue(field) instanceof Boolean value)) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must be true or false.");
    }
    return value;
  }

  /** A one-line text: trimmed, 1..max characters, no control characters. */
  static String line(JsonObject body, String field, int max) {
    Object value = body.getValue(field);
    if (!(value instanceof String text)) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must be text.");
    }
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must not be empty.");
    }
    if (trimmed.length() > max) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' can be at most " + max + " characters.");
    }
    if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must be one line of plain text.");
    }
    return trimmed;
  }

  static StakeholderGroup group(JsonObject body, String field) {
    Object value = body.getValue(field);
    try {
      return StakeholderGroup.fromWire(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must be one of the stakeholder groups.");
    }
  }

  /** An optional e-mail address: absent or empty is null; otherwise it must look like one. */
  static String email(JsonObject body, String field) {
    String value = optionalLine(body, field, 254);
    if (value != null && !EMAIL.matcher(value).matches()) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must be an e-mail address.");
    }
    return value;
  }

  /** An optional phone number: digits, spaces, + ( ) and -. */
  static String phone(JsonObject body, String field) {
    String value = optionalLine(body, field, 40);
    if (value != null && !PHONE.matcher(value).matches()) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must be a phone number.");
    }
    return value;
  }

  static String optionalLine(JsonObject body, String field, int max) {
    Object value = body.getValue(field);
    if (value == null || (value instanceof String text && text.isBlank())) {
      return null;
    }
    return line(body, field, max);
  }

  /** Questions for a board: at most 30, each one line of 1..500 characters (the board's own limits). */
  static List<String> questions(Object value, String field) {
    if (!(value instanceof JsonArray array) || array.size() > 30) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must list at most 30 questions.");
    }
    List<String> questions = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String question = text(array.getValue(i), field + "[" + i + "]", 500, true);
      if (question.indexOf('\n') >= 0) {
        throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "[" + i + "]' must be one line.");
      }
      questions.add(question);
    }
    return questions;
  }

  /** Free text that may span lines (a purpose): 0..max characters, no other controls. */
  static String text(Object value, String field, int max, boolean required) {
    if (!(value instanceof String text)) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must be text.");
    }
    String trimmed = text.strip();
    if (required && trimmed.isEmpty()) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must not be empty.");
    }
    if (trimmed.length() > max) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' can be at most " + max + " characters.");
    }
    if (trimmed.codePoints().anyMatch(c -> c != '\n' && c != '\t' && Character.isISOControl(c))) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must be plain text.");
    }
    return trimmed;
  }

  static int integer(JsonObject body, String field, int min, int max, int fallback) {
    Object value = body.getValue(field);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Integer number) || number < min || number > max) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must be a whole number from " + min + " to " + max + ".");
    }
    return number;
  }

  /** A date and time with its offset, within {@link TimeBounds}. */
  static OffsetDateTime dateTime(JsonObject body, String field) {
    Object value = body.getValue(field);
    OffsetDateTime time;
    try {
      time = OffsetDateTime.parse(String.valueOf(value));
    } catch (DateTimeParseException e) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must be a date and time like 2026-09-01T18:00:00+02:00.");
    }
    if (!TimeBounds.contains(time.toInstant())) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must lie between the years 2000 and 2100.");
    }
    return time;
  }

  static String oneOf(JsonObject body, String field, Collection<String> allowed, String fallback) {
    Object value = body.getValue(field);
    if (value == null) {
      return fallback;
    }
    if (!allowed.contains(value)) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must be one of " + allowed + ".");
    }
    return (String) value;
  }
}

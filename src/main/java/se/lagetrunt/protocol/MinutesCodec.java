package se.lagetrunt.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.lagetrunt.domain.AuthorRun;
import se.lagetrunt.domain.ChangeSet;
import se.lagetrunt.domain.Minutes;
import se.lagetrunt.domain.MinutesCommand;
import se.lagetrunt.domain.MinutesDoc;
import se.lagetrunt.domain.MinutesEvent.MinutesUpdated;

/**
 * The minutes as JSON: change sets in CodeMirror's own JSON form (a number keeps that many
 * characters; {@code [n, line…]} replaces n characters with the lines joined by a line break), the
 * {@code minutesPush} command, {@code minutesUpdated} events and the minutes in a state.
 */
public final class MinutesCodec {
  private static final int MAX_PARTS = 10_000;

  private MinutesCodec() {}

  public static ArrayNode changes(ChangeSet changes) {
    ArrayNode parts = Json.MAPPER.createArrayNode();
    for (ChangeSet.Section section : changes.sections()) {
      if (section.keeps()) {
        parts.add(section.length());
      } else {
        ArrayNode part = parts.addArray().add(section.length());
        if (!section.insert().isEmpty()) {
          // CodeMirror's Text splits on line breaks and keeps empty lines, so "a\n" is ["a", ""].
          for (String line : section.insert().split("\n", -1)) {
            part.add(line);
          }
        }
      }
    }
    return parts;
  }

  /** A change set from its JSON form; null if the JSON is not one. */
  public static ChangeSet changes(JsonNode node) {
    if (node == null || !node.isArray() || node.size() > MAX_PARTS) {
      return null;
    }
    List<ChangeSet.Section> sections = new ArrayList<>(node.size());
    for (JsonNode part : node) {
      if (isLength(part)) {
        sections.add(new ChangeSet.Section(part.intValue(), null));
      } else if (part.isArray() && part.size() >= 1 && isLength(part.get(0))) {
        List<String> lines = new ArrayList<>(part.size() - 1);
        for (int i = 1; i < part.size(); i++) {
          if (!part.get(i).isTextual()) {
            return null;
          }
          lines.add(part.get(i).asText());
        }
        sections.add(new ChangeSet.Section(part.get(0).intValue(), String.join("\n", lines)));
      } else {
        return null;
      }
    }
    try {
      return ChangeSet.of(sections);
    } catch (IllegalArgumentException tooLong) {
      return null;
    }
  }

  private static boolean isLength(JsonNode node) {
    return node.isIntegralNumber() && node.canConvertToInt() && node.intValue() >= 0;
  }

  static MinutesCommand.Push push(JsonNode root, String id) throws ProtocolException {
    String section = ClientMessageParser.string(root, "section", id);
    int version = TurnCommands.index(root, "version", id);
    JsonNode updates = root.get("updates");
    if (updates == null || !updates.isArray()) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "'updates' must be a list of {clientID, changes}.", id);
    }
    List<MinutesCommand.Update> list = new ArrayList<>(updates.size());
    for (JsonNode update : updates) {
      ChangeSet changes = changes(update.get("changes"));
      JsonNode clientId = update.get("clientID");
      if (changes == null || clientId == null || !clientId.isTextual()) {
        throw new ProtocolException(ErrorCode.BAD_MESSAGE,
            "Each update needs a 'clientID' and 'changes' in CodeMirror's ChangeSet JSON.", id);
      }
      list.add(new MinutesCommand.Update(clientId.asText(), changes));
    }
    return new MinutesCommand.Push(section, version, list);
  }

  static void write(MinutesUpdated event, ObjectNode node) {
    node.put("section", event.section()).put("clientID", event.clientId()).put("author", event.author().toString());
    node.set("changes", changes(event.changes()));
  }

  static MinutesUpdated read(JsonNode p) {
    return new MinutesUpdated(p.get("section").asText(), p.get("clientID").asText(), changes(p.get("changes")),
        UUID.fromString(p.get("author").asText()));
  }

  /** Each written section: its text, version and who wrote which run ({@code [[person id, length], …]}). */
  public static ObjectNode state(Minutes minutes) {
    ObjectNode node = Json.object();
    minutes.sections().forEach((id, doc) -> {
      ObjectNode section = node.putObject(id).put("text", doc.text()).put("version", doc.version());
      ArrayNode authors = section.putArray("authors");
      doc.authors().forEach(run -> authors.addArray().add(run.author().toString()).add(run.length()));
    });
    return node;
  }

  static Minutes state(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Minutes.EMPTY;
    }
    Map<String, MinutesDoc> sections = new LinkedHashMap<>();
    node.fields().forEachRemaining(field -> {
      List<AuthorRun> runs = new ArrayList<>();
      field.getValue().path("authors").forEach(run -> runs.add(
          new AuthorRun(UUID.fromString(run.get(0).asText()), run.get(1).asInt())));
      sections.put(field.getKey(), new MinutesDoc(field.getValue().get("text").asText(),
          field.getValue().get("version").asInt(), runs));
    });
    return new Minutes(sections);
  }
}

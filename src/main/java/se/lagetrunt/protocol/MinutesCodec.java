package se.lagetrunt.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.Instant;
import se.lagetrunt.domain.AuthorRun;
import se.lagetrunt.domain.ChangeSet;
import se.lagetrunt.domain.Comment;
import se.lagetrunt.domain.Minutes;
import se.lagetrunt.domain.MinutesCommand;
import se.lagetrunt.domain.MinutesDoc;
import se.lagetrunt.domain.MinutesEvent;
import se.lagetrunt.domain.MinutesEvent.CommentAdded;
import se.lagetrunt.domain.MinutesEvent.CommentResolved;
import se.lagetrunt.domain.MinutesEvent.MinutesStatusChanged;
import se.lagetrunt.domain.MinutesEvent.MinutesUpdated;
import se.lagetrunt.domain.TimeBounds;

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
    int version = ClientMessageParser.wholeNumber(root, "version", id);
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

  private static void write(MinutesUpdated event, ObjectNode node) {
    node.put("section", event.section()).put("clientID", event.clientId()).put("author", event.author().toString());
    node.set("changes", changes(event.changes()));
  }

  private static MinutesUpdated read(JsonNode p) {
    return new MinutesUpdated(p.get("section").asText(), p.get("clientID").asText(), changes(p.get("changes")),
        UUID.fromString(p.get("author").asText()));
  }

  /**
   * The minutes: each written section with its text, version and who wrote which run
   * ({@code [[person id, length], …]}), the status on the way to the enabler, and the comments.
   */
  public static ObjectNode state(Minutes minutes) {
    ObjectNode node = Json.object();
    ObjectNode sections = node.putObject("sections");
    minutes.sections().forEach((id, doc) -> {
      ObjectNode section = sections.putObject(id).put("text", doc.text()).put("version", doc.version());
      ArrayNode authors = section.putArray("authors");
      doc.authors().forEach(run -> authors.addArray().add(run.author().toString()).add(run.length()));
    });
    node.put("status", minutes.status().wireName());
    node.put("deadline", minutes.deadline() == null ? null : minutes.deadline().toString());
    ArrayNode comments = node.putArray("comments");
    minutes.comments().forEach(c -> comments.add(comment(c)));
    return node;
  }

  static Minutes state(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Minutes.EMPTY;
    }
    Map<String, MinutesDoc> sections = new LinkedHashMap<>();
    node.path("sections").fields().forEachRemaining(field -> {
      List<AuthorRun> runs = new ArrayList<>();
      field.getValue().path("authors").forEach(run -> runs.add(
          new AuthorRun(UUID.fromString(run.get(0).asText()), run.get(1).asInt())));
      sections.put(field.getKey(), new MinutesDoc(field.getValue().get("text").asText(),
          field.getValue().get("version").asInt(), runs));
    });
    List<Comment> comments = new ArrayList<>();
    node.path("comments").forEach(c -> comments.add(comment(c)));
    String deadline = Json.textOrNull(node.get("deadline"));
    return new Minutes(sections, Minutes.Status.fromWire(node.path("status").asText("draft")),
        deadline == null ? null : Instant.parse(deadline), comments);
  }

  private static ObjectNode comment(Comment c) {
    return Json.object().put("id", c.id()).put("section", c.section()).put("quote", c.quote()).put("text", c.text())
        .put("author", c.author().toString()).put("authorName", c.authorName()).put("at", c.at().toString())
        .put("parentId", c.parentId()).put("resolved", c.resolved());
  }

  private static Comment comment(JsonNode c) {
    return new Comment(c.get("id").asText(), c.get("section").asText(), c.get("quote").asText(),
        c.get("text").asText(), UUID.fromString(c.get("author").asText()), c.get("authorName").asText(),
        Instant.parse(c.get("at").asText()), Json.textOrNull(c.get("parentId")), c.path("resolved").asBoolean());
  }


  static void write(MinutesEvent event, ObjectNode node) {
    if (event instanceof MinutesUpdated e) {
      write(e, node);
    } else if (event instanceof MinutesStatusChanged e) {
      node.put("status", e.status().wireName()).put("deadline", e.deadline() == null ? null : e.deadline().toString())
          .put("at", e.at().toString());
    } else if (event instanceof CommentAdded e) {
      node.set("comment", comment(e.comment()));
    } else if (event instanceof CommentResolved e) {
      node.put("commentId", e.commentId()).put("resolved", e.resolved());
    } else {
      throw new IllegalArgumentException("unhandled event " + event);
    }
  }

  /** The event of this type, or null if the type is not a minutes event. */
  static MinutesEvent read(String type, JsonNode p) {
    return switch (type) {
      case "minutesUpdated" -> read(p);
      case "minutesStatusChanged" -> new MinutesStatusChanged(Minutes.Status.fromWire(p.get("status").asText()),
          Json.textOrNull(p.get("deadline")) == null ? null : Instant.parse(p.get("deadline").asText()),
          Instant.parse(p.get("at").asText()));
      case "commentAdded" -> new CommentAdded(comment(p.get("comment")));
      case "commentResolved" -> new CommentResolved(p.get("commentId").asText(), p.get("resolved").asBoolean());
      default -> null;
    };
  }

  /** The minutes command of this message – a push or a step of the review – or null for a type that is not one. */
  static WireCommand command(String type, JsonNode root, String id) throws ProtocolException {
    if (type.equals("minutesPush")) {
      return WireCommand.of(push(root, id));
    }
    if (type.equals("addComment")) {
      String section = ClientMessageParser.string(root, "section", id);
      String quote = root.has("quote") ? ClientMessageParser.string(root, "quote", id) : "";
      String text = ClientMessageParser.string(root, "text", id);
      String parentId = root.hasNonNull("parentId") ? ClientMessageParser.string(root, "parentId", id) : null;
      return facts -> new MinutesCommand.AddComment(section, quote, text, parentId, facts.newId(), facts.senderName());
    }
    MinutesCommand review = reviewCommand(type, root, id);
    return review == null ? null : WireCommand.of(review);
  }

  private static MinutesCommand reviewCommand(String type, JsonNode root, String id) throws ProtocolException {
    return switch (type) {
      case "openReview" -> {
        Instant deadline;
        try {
          deadline = Instant.parse(ClientMessageParser.string(root, "deadline", id));
        } catch (java.time.format.DateTimeParseException e) {
          throw new ProtocolException(ErrorCode.BAD_MESSAGE, "'deadline' must be an ISO time, e.g. 2026-10-01T18:00:00Z.", id);
        }
        if (!TimeBounds.contains(deadline)) {
          throw new ProtocolException(ErrorCode.BAD_MESSAGE, "'deadline' must lie between the years 2000 and 2100.", id);
        }
        yield new MinutesCommand.OpenReview(deadline);
      }
      case "resolveComment" -> {
        JsonNode resolved = root.get("resolved");
        if (resolved != null && !resolved.isBoolean()) {
          throw new ProtocolException(ErrorCode.BAD_MESSAGE, "'resolved' must be true or false.", id);
        }
        yield new MinutesCommand.ResolveComment(ClientMessageParser.string(root, "commentId", id),
            resolved == null || resolved.asBoolean());
      }
      case "signOff" -> new MinutesCommand.SignOff();
      case "reopenDraft" -> new MinutesCommand.ReopenDraft();
      case "submitMinutes" -> new MinutesCommand.Submit();
      default -> null;
    };
  }
}

package se.lagetrunt.room;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import se.lagetrunt.domain.BoardCommand;
import se.lagetrunt.domain.MinutesCommand;
import se.lagetrunt.protocol.WireCommand;

/**
 * A command the server issues on someone's behalf (a REST edit, a pre-meeting sharing its
 * questions), as data: so it can travel to the node that owns the meeting, where it is made into
 * the rules' command with that room's facts, like a client's.
 */
public sealed interface OnBehalf {
  /** The command as the room makes it. */
  WireCommand wire();

  JsonObject json();

  /** The board's planned questions replaced by these (only those still upcoming; new ids drawn by the room). */
  record ReplacePlanned(List<String> questions) implements OnBehalf {
    public ReplacePlanned {
      questions = List.copyOf(questions);
    }

    @Override
    public WireCommand wire() {
      return facts -> new BoardCommand.ReplacePlanned(questions, questions.stream().map(question -> facts.newId()).toList());
    }

    @Override
    public JsonObject json() {
      return new JsonObject().put("kind", "replacePlanned").put("questions", new JsonArray(questions));
    }
  }

  /** A minutes section set back to an earlier text. */
  record RestoreSection(String section, String text) implements OnBehalf {
    @Override
    public WireCommand wire() {
      return WireCommand.of(new MinutesCommand.Restore(section, text));
    }

    @Override
    public JsonObject json() {
      return new JsonObject().put("kind", "restoreSection").put("section", section).put("text", text);
    }
  }

  static OnBehalf fromJson(JsonObject json) {
    return switch (json.getString("kind")) {
      case "replacePlanned" -> new ReplacePlanned(json.getJsonArray("questions").stream().map(String.class::cast).toList());
      case "restoreSection" -> new RestoreSection(json.getString("section"), json.getString("text"));
      default -> throw new IllegalArgumentException("unknown command on someone's behalf: " + json);
    };
  }
}

package se.lagetrunt.protocol;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import se.lagetrunt.domain.Attendee;
import se.lagetrunt.domain.MeetingCommand;
import se.lagetrunt.domain.StakeholderGroup;

/**
 * Turns one text frame into a {@link ClientMessage}, or says precisely what is wrong with it.
 * Every field is checked for presence and kind here, so nothing below the transport ever sees a
 * malformed message. A command comes out as a {@link WireCommand}: what the client said, which the
 * room alone makes into the rules' command with what only the server knows.
 */
public final class ClientMessageParser {
  /** Micrometer's global registry: a no-op until the server adds its Prometheus registry. */
  private static final Counter COMMANDS = Metrics.counter("lagetrunt.commands");

  public static final int PROTOCOL_VERSION = 1;
  private static final Pattern COMMAND_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final int TOKEN_MAX_LENGTH = 4096;

  private ClientMessageParser() {}

  public static ClientMessage parse(String text) throws ProtocolException {
    JsonNode root;
    try {
      root = Json.read(text);
    } catch (JsonProcessingException e) {
      throw new ProtocolException(ErrorCode.BAD_JSON, "The message is not valid JSON.", null);
    }
    if (root == null || !root.isObject()) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "A message must be a JSON object.", null);
    }
    JsonNode type = root.get("type");
    if (type == null || !type.isTextual()) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "The field 'type' must be a string.", readableId(root));
    }
    if (!PlainText.isPlain(root)) {
      throw new ProtocolException(ErrorCode.INVALID_TEXT, ErrorCode.INVALID_TEXT.message(), readableId(root));
    }
    return switch (type.asText()) {
      case "hello" -> hello(root);
      case "ping" -> new ClientMessage.Ping();
      case "bye" -> new ClientMessage.Leave();
      case "voiceJoin" -> new ClientMessage.VoiceJoin(readableId(root));
      case "voiceLeave" -> new ClientMessage.VoiceLeave(readableId(root));
      case "voiceSignal" -> VoiceMessages.signal(root, readableId(root));
      case "voiceMic" -> VoiceMessages.mic(root, readableId(root));
      case "voiceMute", "voiceAskUnmute" -> VoiceMessages.aboutPerson(type.asText(), root, readableId(root));
      default -> command(root, meetingCommand(type.asText(), root, readableId(root)));
    };
  }

  /** Reads a command of one part of the meeting from its message; null for a type that is not the part's. */
  @FunctionalInterface
  private interface CommandReader {
    WireCommand read(String type, JsonNode root, String id) throws ProtocolException;
  }

  /** Each part of the meeting reads its own commands: a new command is added to its part's reader alone. */
  private static final List<CommandReader> READERS = List.of(ClientMessageParser::topicOrSeat, TurnCommandReader::read,
      VoiceMessages::command, BoardCommandReader::read, MinutesCodec::command);

  private static WireCommand meetingCommand(String type, JsonNode root, String id) throws ProtocolException {
    for (CommandReader reader : READERS) {
      WireCommand command = reader.read(type, root, id);
      if (command != null) {
        return command;
      }
    }
    throw new ProtocolException(ErrorCode.UNKNOWN_TYPE, "Unknown message type '" + clip(type) + "'.", id);
  }

  private static WireCommand topicOrSeat(String type, JsonNode root, String id) throws ProtocolException {
    return switch (type) {
      case "setTopic" -> WireCommand.of(new MeetingCommand.SetTopic(string(root, "text", id)));
      case "addSeat" -> WireCommand.of(addSeat(root, id));
      case "removeSeat" -> WireCommand.of(new MeetingCommand.RemoveSeat(string(root, "seatId", id)));
      default -> null;
    };
  }

  private static ClientMessage.Hello hello(JsonNode root) throws ProtocolException {
    JsonNode version = root.get("v");
    if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "hello needs the protocol version 'v'.", null);
    }
    if (version.intValue() != PROTOCOL_VERSION) {
      throw new ProtocolException(
          ErrorCode.UNSUPPORTED_VERSION, "This server speaks protocol version " + PROTOCOL_VERSION + ".", null);
    }
    String token = string(root, "token", null);
    if (token.isEmpty() || token.length() > TOKEN_MAX_LENGTH) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "hello needs a token.", null);
    }
    UUID meetingId = uuid(root.get("meeting"), "meeting", null);
    if (meetingId == null) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "hello needs the meeting id.", null);
    }
    long lastSeq = ClientMessage.Hello.NOTHING_SEEN;
    JsonNode last = root.get("lastSeq");
    if (last != null && !last.isNull()) {
      if (!last.isIntegralNumber() || !last.canConvertToLong() || last.longValue() < -1) {
        throw new ProtocolException(ErrorCode.BAD_MESSAGE, "'lastSeq' must be a whole number.", null);
      }
      lastSeq = last.longValue();
    }
    JsonNode display = root.get("display");
    if (display != null && !display.isBoolean()) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "'display' must be true or false.", null);
    }
    return new ClientMessage.Hello(version.intValue(), token, meetingId, lastSeq, display != null && display.asBoolean());
  }

  private static ClientMessage.Command command(JsonNode root, WireCommand command) throws ProtocolException {
    String id = commandId(root);
    UUID meetingGuard = uuid(root.get("meeting"), "meeting", id);
    COMMANDS.increment(); // every command from a client is read here, so counted here
    return new ClientMessage.Command(id, command, meetingGuard);
  }

  private static MeetingCommand addSeat(JsonNode root, String id) throws ProtocolException {
    StakeholderGroup group;
    Attendee.Via via;
    try {
      group = StakeholderGroup.fromWire(string(root, "group", id));
      via = root.has("via") ? Attendee.Via.fromWire(string(root, "via", id)) : Attendee.Via.ROOM;
    } catch (IllegalArgumentException e) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "'group' or 'via' has a value that does not exist.", id);
    }
    JsonNode personId = root.get("personId");
    UUID person = null;
    if (personId != null && !personId.isNull()) {
      try {
        person = UUID.fromString(personId.asText());
      } catch (IllegalArgumentException e) {
        throw new ProtocolException(ErrorCode.BAD_MESSAGE, "'personId' must be a person id.", id);
      }
    }
    return new MeetingCommand.AddSeat(string(root, "name", id), group, person, via);
  }

  static String commandId(JsonNode root) throws ProtocolException {
    String id = readableId(root);
    if (id == null) {
      throw new ProtocolException(
          ErrorCode.BAD_MESSAGE, "A command needs an 'id': 1-64 letters, digits or . _ : -", null);
    }
    return id;
  }

  /** The command id if the message has a well-formed one, so even a refusal can name its command. */
  private static String readableId(JsonNode root) {
    JsonNode id = root.get("id");
    if (id != null && id.isTextual() && COMMAND_ID.matcher(id.asText()).matches()) {
      return id.asText();
    }
    return null;
  }

  static String string(JsonNode root, String field, String commandId) throws ProtocolException {
    JsonNode node = root.get(field);
    if (node == null || !node.isTextual()) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "The field '" + field + "' must be a string.", commandId);
    }
    return node.asText();
  }

  static int wholeNumber(JsonNode root, String field, String commandId) throws ProtocolException {
    JsonNode node = root.get(field);
    if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "'" + field + "' must be a whole number.", commandId);
    }
    return node.intValue();
  }

  static UUID uuid(JsonNode node, String field, String commandId) throws ProtocolException {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      try {
        return UUID.fromString(node.asText());
      } catch (IllegalArgumentException ignored) {
        // fall through to the common refusal
      }
    }
    throw new ProtocolException(ErrorCode.BAD_MESSAGE, "The field '" + field + "' must be an id (a UUID).", commandId);
  }

  private static String clip(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}

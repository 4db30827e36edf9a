package se.lagetrunt.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.MeetingCommand;

class ClientMessageParserTest {
  private final UUID meeting = UUID.randomUUID();

  @Test
  void helloCarriesTokenMeetingAndLastSeq() throws Exception {
    ClientMessage message = ClientMessageParser.parse(
        "{\"type\":\"hello\",\"v\":1,\"token\":\"abc\",\"meeting\":\"" + meeting + "\",\"lastSeq\":7}");
    assertEquals(new ClientMessage.Hello(1, "abc", meeting, 7, false), message);
    ClientMessage fresh = ClientMessageParser.parse(
        "{\"type\":\"hello\",\"v\":1,\"token\":\"abc\",\"meeting\":\"" + meeting + "\"}");
    assertEquals(ClientMessage.Hello.NOTHING_SEEN, ((ClientMessage.Hello) fresh).lastSeq());
    ClientMessage screen = ClientMessageParser.parse(
        "{\"type\":\"hello\",\"v\":1,\"token\":\"abc\",\"meeting\":\"" + meeting + "\",\"display\":true}");
    assertTrue(((ClientMessage.Hello) screen).display(), "a room screen says so at hello");
  }

  @Test
  void aCommandCarriesItsIdAndOptionalMeetingGuard() throws Exception {
    ClientMessage.Command message = (ClientMessage.Command) ClientMessageParser.parse("{\"type\":\"setTopic\",\"id\":\"c-1\",\"text\":\"Hej\"}");
    assertEquals("c-1", message.id());
    assertEquals(null, message.meetingId());
    assertEquals(new MeetingCommand.SetTopic("Hej"), message.command().with(FACTS));
  }

  /** The server's facts, as a test gives them. */
  private static final WireCommand.Facts FACTS = new WireCommand.Facts() {
    @Override
    public String sender() {
      return "me";
    }

    @Override
    public String senderName() {
      return "Lena Ledare";
    }

    @Override
    public java.util.List<String> present() {
      return java.util.List.of("me", "s1");
    }

    @Override
    public long seed() {
      return 7;
    }

    @Override
    public String currentQuestion() {
      return "q1";
    }

    @Override
    public String newId() {
      return "fresh";
    }
  };

  /** What only the server knows comes from the server, whatever the message says. */
  @Test
  void idsNamesAndWhoIsPresentAreTheServersNeverTheClients() throws Exception {
    ClientMessage.Command propose = (ClientMessage.Command) ClientMessageParser.parse(
        "{\"type\":\"proposeQuestion\",\"id\":\"p1\",\"text\":\"Hur når vi fler?\",\"newId\":\"mine\",\"byName\":\"Chefen\"}");
    assertEquals(new se.lagetrunt.domain.BoardCommand.ProposeQuestion("Hur når vi fler?", "fresh", "Lena Ledare"),
        propose.command().with(FACTS));
    ClientMessage.Command start = (ClientMessage.Command) ClientMessageParser.parse(
        "{\"type\":\"startRound\",\"id\":\"r1\",\"order\":\"shuffled\",\"present\":[\"x\"],\"seed\":1}");
    assertEquals(new se.lagetrunt.domain.TurnCommand.StartRound(se.lagetrunt.domain.Round.Kind.DISCUSSION,
        se.lagetrunt.domain.TurnCommand.OrderMode.SHUFFLED, java.util.List.of(), java.util.List.of("me", "s1"), 7, "q1"),
        start.command().with(FACTS));
    ClientMessage.Command hand = (ClientMessage.Command) ClientMessageParser.parse("{\"type\":\"raiseHand\",\"id\":\"h1\"}");
    assertEquals(new se.lagetrunt.domain.TurnCommand.RaiseHand("me", se.lagetrunt.domain.Hand.Kind.NEW_TOPIC),
        hand.command().with(FACTS), "a hand without 'who' is the sender's");
    ClientMessage.Command status = (ClientMessage.Command) ClientMessageParser.parse(
        "{\"type\":\"setQuestionStatus\",\"id\":\"s1\",\"questionId\":\"q\",\"status\":\"current\"}");
    assertEquals(new se.lagetrunt.domain.BoardCommand.SetQuestionStatus("q", se.lagetrunt.domain.BoardQuestion.Status.CURRENT),
        status.command().with(FACTS));
    assertCode(ErrorCode.BAD_MESSAGE, "{\"type\":\"setQuestionStatus\",\"id\":\"s1\",\"questionId\":\"q\",\"status\":\"done\"}");
    assertCode(ErrorCode.BAD_MESSAGE, "{\"type\":\"moveQuestion\",\"id\":\"m1\",\"questionId\":\"q\",\"toIndex\":\"1\"}");
    assertCode(ErrorCode.UNKNOWN_TYPE, "{\"type\":\"adoptShared\",\"id\":\"a1\",\"texts\":[\"x\"]}");
  }

  @Test
  void everyMalformedMessageHasItsOwnCode() {
    assertCode(ErrorCode.BAD_JSON, "{");
    assertCode(ErrorCode.BAD_MESSAGE, "\"just a string\"");
    assertCode(ErrorCode.BAD_MESSAGE, "{\"type\":5}");
    assertCode(ErrorCode.UNKNOWN_TYPE, "{\"type\":\"launch\"}");
    assertCode(ErrorCode.UNSUPPORTED_VERSION, "{\"type\":\"hello\",\"v\":2,\"token\":\"t\",\"meeting\":\"" + meeting + "\"}");
    assertCode(ErrorCode.BAD_MESSAGE, "{\"type\":\"hello\",\"v\":\"1\",\"token\":\"t\",\"meeting\":\"" + meeting + "\"}");
    assertCode(ErrorCode.BAD_MESSAGE, "{\"type\":\"hello\",\"v\":1,\"token\":\"\",\"meeting\":\"" + meeting + "\"}");
    assertCode(ErrorCode.BAD_MESSAGE, "{\"type\":\"hello\",\"v\":1,\"token\":\"t\",\"meeting\":\"not-a-uuid\"}");
    assertCode(ErrorCode.BAD_MESSAGE, "{\"type\":\"hello\",\"v\":1,\"token\":\"t\",\"meeting\":\"" + meeting + "\",\"lastSeq\":1.5}");
    assertCode(ErrorCode.BAD_MESSAGE, "{\"type\":\"setTopic\",\"text\":\"no id\"}");
    assertCode(ErrorCode.BAD_MESSAGE, "{\"type\":\"openReview\",\"id\":\"r1\",\"deadline\":\"+999999999-12-31T23:59:59Z\"}");
    assertCode(ErrorCode.BAD_MESSAGE, "{\"type\":\"openReview\",\"id\":\"r2\",\"deadline\":\"1970-01-01T00:00:00Z\"}");
    assertCode(ErrorCode.INVALID_TEXT, "{\"type\":\"setTopic\",\"id\":\"t1\",\"text\":\"a\\u0000\"}");
    assertCode(ErrorCode.BAD_MESSAGE, "{\"type\":\"setTopic\",\"id\":\"has space\",\"text\":\"x\"}");
    assertCode(ErrorCode.BAD_MESSAGE, "{\"type\":\"setTopic\",\"id\":\"c1\",\"text\":[\"x\"]}");
    assertCode(ErrorCode.BAD_MESSAGE, "{\"type\":\"setTopic\",\"id\":\"c1\",\"text\":\"x\",\"meeting\":7}");
  }

  @Test
  void aRefusalNamesTheCommandWhenItsIdIsReadable() {
    ProtocolException e = assertThrows(ProtocolException.class,
        () -> ClientMessageParser.parse("{\"type\":\"setTopic\",\"id\":\"c9\",\"text\":1}"));
    assertEquals("c9", e.commandId());
    ProtocolException unreadable = assertThrows(ProtocolException.class, () -> ClientMessageParser.parse("nope"));
    assertNull(unreadable.commandId());
  }

  private static void assertCode(ErrorCode expected, String text) {
    ProtocolException e = assertThrows(ProtocolException.class, () -> ClientMessageParser.parse(text), text);
    assertEquals(expected, e.code(), text);
  }
}

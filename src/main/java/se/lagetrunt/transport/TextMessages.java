package se.lagetrunt.transport;

import se.lagetrunt.protocol.Farewell;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.http.WebSocketFrameType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Joins a WebSocket's frames into text messages, as the protocol has them, and checks each
 * against the rules of the wire before anything reads it: text only, at most the message limit,
 * and strict UTF-8 (RFC 6455 §8.1 asks the connection to fail with 1007 otherwise; a lenient
 * decoder would turn the bytes into U+FFFD and answer something else). A broken rule closes the
 * session with its code and reason.
 */
final class TextMessages {
  private final int maxBytes;
  private final ClientSession session;
  private Buffer partial;
  private boolean broken;

  TextMessages(int maxBytes, ClientSession session) {
    this.maxBytes = maxBytes;
    this.session = session;
  }

  void frame(WebSocketFrame frame) {
    if (broken) {
      return;
    }
    WebSocketFrameType type = frame.type();
    if (type == WebSocketFrameType.BINARY) {
      fail(Farewell.TEXT_FRAMES_ONLY);
      return;
    }
    if (type != WebSocketFrameType.TEXT && type != WebSocketFrameType.CONTINUATION) {
      return; // ping, pong and close are Vert.x's to answer
    }
    if (type == WebSocketFrameType.TEXT) {
      partial = Buffer.buffer();
    } else if (partial == null) {
      fail(Farewell.A_CONTINUATION_OF_NOTHING);
      return;
    }
    partial.appendBuffer(frame.binaryData());
    if (partial.length() > maxBytes) {
      fail(Farewell.MESSAGE_TOO_LARGE);
      return;
    }
    if (frame.isFinal()) {
      Buffer message = partial;
      partial = null;
      try {
        String text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(message.getBytes()))
            .toString();
        session.onText(text);
      } catch (CharacterCodingException e) {
        fail(Farewell.NOT_UTF8);
      }
    }
  }

  private void fail(Farewell farewell) {
    broken = true;
    partial = null;
    session.close(farewell);
  }

  /** The length of a text in UTF-8, without encoding it. */
  static int utf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }
}

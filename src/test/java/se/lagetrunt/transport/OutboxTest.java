package se.lagetrunt.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A burst of messages leaves in few frames, in order, none over the limit unless it must. */
class OutboxTest {
  @Test
  void messagesJoinOneFramePerLineUpToTheLimit() {
    String big = "x".repeat(Outbox.MAX_FRAME_CHARS - 10);
    assertEquals(List.of("{\"a\":1}\n{\"b\":2}", big, "y".repeat(Outbox.MAX_FRAME_CHARS + 5), "{\"c\":3}"),
        Outbox.frames(List.of("{\"a\":1}", "{\"b\":2}", big, "y".repeat(Outbox.MAX_FRAME_CHARS + 5), "{\"c\":3}")));
  }

  @Test
  void onlyTheFirstMessageOfABurstAsksForAFlush() {
    Outbox outbox = new Outbox();
    assertTrue(outbox.add("1"));
    assertFalse(outbox.add("2"));
    assertEquals(List.of("1", "2"), outbox.drain());
    assertTrue(outbox.add("3"), "after a flush the next message asks again");
  }
}

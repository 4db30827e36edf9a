package se.lagetrunt.transport;

import java.util.ArrayList;
import java.util.List;

/**
 * Messages from rooms on their way to one connection. Those that arrive while a write is waiting
 * to run join it, one per line (JSON text never holds a raw line break): under load a member
 * gets several events per turn of the event loop, and one frame – one write, one flush – instead
 * of one each is most of what a broadcast costs.
 */
final class Outbox {
  /** Frames stay well under every client's frame limit; a longer message goes alone. */
  static final int MAX_FRAME_CHARS = 16 * 1024;
  private final List<String> pending = new ArrayList<>();
  private boolean scheduled;

  /** Queues a message; true when the caller must schedule a flush (none is waiting yet). */
  synchronized boolean add(String message) {
    pending.add(message);
    if (scheduled) {
      return false;
    }
    scheduled = true;
    return true;
  }

  synchronized List<String> drain() {
    List<String> batch = new ArrayList<>(pending);
    pending.clear();
    scheduled = false;
    return batch;
  }

  /** The messages packed into as few frames as the size limit allows, in order. */
  static List<String> frames(List<String> messages) {
    List<String> frames = new ArrayList<>();
    StringBuilder frame = new StringBuilder();
    for (String message : messages) {
      if (frame.length() > 0 && frame.length() + 1 + message.length() > MAX_FRAME_CHARS) {
        frames.add(frame.toString());
        frame.setLength(0);
      }
      if (frame.length() > 0) {
        frame.append('\n');
      }
      frame.append(message);
    }
    if (frame.length() > 0) {
      frames.add(frame.toString());
    }
    return frames;
  }
}

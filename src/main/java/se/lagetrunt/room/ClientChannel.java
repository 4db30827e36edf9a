package se.lagetrunt.room;

import se.lagetrunt.protocol.Farewell;

/**
 * The way back to one connected client, whatever transport carries it. All methods may be called
 * from any thread; implementations keep the order of calls.
 */
public interface ClientChannel {
  /**
   * The room's first message to a joining connection. From here on the connection is in the
   * meeting: the client may send commands as soon as it reads this, so the channel must accept
   * them from the same moment.
   */
  void welcome(String message);

  void send(String message);

  /** The one answer (ok or error) to a command this connection submitted to the room. */
  void answer(String message);

  /** Ends the connection: says why in a {@code bye}, then closes with the farewell's code. */
  void close(Farewell farewell);
}

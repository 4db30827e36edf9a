package se.lagetrunt.room;

/**
 * The way back to one connected client, whatever transport carries it. Both methods may be called
 * from any thread; implementations keep the order of calls.
 */
public interface ClientChannel {
  void send(String message);

  void close(short code, String reason);
}

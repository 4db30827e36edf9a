package se.lagetrunt.transport;

/**
 * The little a session needs from a transport: send text, know when the peer stops taking it,
 * and close with a reason.
 */
interface WireSocket {
  void sendText(String text);

  /** True while more is waiting to go out than the transport buffers (the peer is not reading). */
  boolean writeQueueFull();

  /** Runs the handler, on the connection's context, once the write queue has room again. */
  void onDrain(Runnable handler);

  void close(short code, String reason);
}

package se.lagetrunt.transport;

/** The little a session needs from a transport: send text, and close with a reason. */
interface WireSocket {
  void sendText(String text);

  void close(short code, String reason);
}

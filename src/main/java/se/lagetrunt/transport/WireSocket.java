package se.lagetrunt.transport;

/** The little a session needs from a transport: send text, close with a reason, and its name. */
interface WireSocket {
  void sendText(String text);

  void close(short code, String reason);

  /** "websocket" or "sockjs", for logs and figures. */
  String kind();
}

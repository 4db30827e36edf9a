package se.lagetrunt.api;

import io.vertx.core.Future;
import java.util.UUID;
import se.lagetrunt.auth.DeviceSessions;
import se.lagetrunt.auth.LoginLinks;
import se.lagetrunt.auth.SessionRevoker;
import se.lagetrunt.protocol.Farewell;

/** Ends everything a person's links gave: every link stops working, every device signs out, open sockets too. */
final class SignIns {
  private final LoginLinks links;
  private final DeviceSessions deviceSessions;
  private final SessionRevoker sockets;

  SignIns(LoginLinks links, DeviceSessions deviceSessions, SessionRevoker sockets) {
    this.links = links;
    this.deviceSessions = deviceSessions;
    this.sockets = sockets;
  }

  Future<Void> endAll(UUID personId, Farewell why) {
    return links.revokeAll(personId)
        .compose(v -> deviceSessions.endAll(personId, why.reason()))
        .map(ended -> {
          sockets.signedOut(ended, why);
          return null;
        });
  }
}

package se.lagetrunt.auth;

import java.util.UUID;

/** Ends a person's live connections at once, when their access is taken away. */
public interface SessionRevoker {
  void endSessionsOf(UUID personId, String reason);
}

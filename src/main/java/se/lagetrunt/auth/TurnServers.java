package se.lagetrunt.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The TURN relays a call may use, and short-lived credentials for them in coturn's shared-secret
 * scheme ({@code use-auth-secret}): the user name is the expiry time and the person, the password
 * an HMAC-SHA1 of it under the secret the relay also knows. Nothing is stored; a credential simply
 * stops working when its time is up. With {@code relayOnly} the browsers never learn each other's
 * addresses: all audio goes through the relay.
 *
 * @param urls such as {@code turn:turn.example.se:443?transport=tcp}; empty: no relay (peers must reach each other directly)
 */
public record TurnServers(List<String> urls, String secret, boolean relayOnly, Duration lifetime) {
  public static final TurnServers NONE = new TurnServers(List.of(), null, false, Duration.ofHours(12));

  public TurnServers {
    urls = List.copyOf(urls);
    if (!urls.isEmpty() && (secret == null || secret.isBlank())) {
      throw new IllegalArgumentException("TURN servers need the shared secret (voice.turnSecret / TURN_SECRET)");
    }
  }

  public boolean configured() {
    return !urls.isEmpty();
  }

  /** A user name and password for one person, valid from {@code now} for the lifetime. */
  public Credential credentialFor(UUID personId, Instant now) {
    String username = now.plus(lifetime).getEpochSecond() + ":" + personId;
    return new Credential(username, password(secret, username));
  }

  public record Credential(String username, String password) {}

  /** coturn's check: base64(HMAC-SHA1(secret, username)). */
  static String password(String secret, String username) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA1 is part of every Java", e);
    }
  }
}

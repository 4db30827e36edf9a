package se.lagetrunt.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Hand-made JWTs, to prove the server refuses every kind of bad token. */
public final class JwtForge {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private JwtForge() {}

  public static String hs256(String secret, String claimsJson) {
    String signingInput = part("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + part(claimsJson);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static String unsigned(String claimsJson) {
    return part("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + part(claimsJson) + ".";
  }

  /**
   * Claims for a made-up device session, issued a minute before {@code now} (the server's clock)
   * and expiring at {@code expiresAt}.
   */
  public static String claims(String subject, Instant now, Instant expiresAt, String issuer, String audience) {
    return "{\"sub\":\"" + subject + "\",\"sid\":\"" + java.util.UUID.randomUUID() + "\",\"iat\":" + (now.getEpochSecond() - 60)
        + ",\"exp\":" + expiresAt.getEpochSecond() + ",\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\"}";
  }

  private static String part(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}

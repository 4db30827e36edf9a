package se.lagetrunt.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.TestServer;

/** Every page is served under a strict policy; the meeting page lets in its editor's styles by a fresh nonce alone. */
class ContentSecurityPolicyTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern NONCE = Pattern.compile("style-src 'self' 'nonce-([A-Za-z0-9+/=]+)';");

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theMeetingPageCarriesAFreshNonceForItsStylesAndNothingElseAllowsInlineStyles() throws Exception {
    HttpResponse<String> first = get("/meeting.html");
    String policy = first.headers().firstValue("Content-Security-Policy").orElseThrow();
    Matcher nonce = NONCE.matcher(policy);
    assertTrue(nonce.find(), policy);
    assertTrue(first.body().contains("<meta name=\"csp-nonce\" content=\"" + nonce.group(1) + "\">"), "the page knows its nonce");
    assertTrue(policy.contains("script-src 'self';"), "scripts stay strict: " + policy);
    Matcher again = NONCE.matcher(get("/meeting.html").headers().firstValue("Content-Security-Policy").orElseThrow());
    assertTrue(again.find());
    assertNotEquals(nonce.group(1), again.group(1), "a new nonce for every response");

    String home = get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(home.contains("style-src 'self';"), home);
    assertEquals(false, home.contains("nonce"));
  }
}

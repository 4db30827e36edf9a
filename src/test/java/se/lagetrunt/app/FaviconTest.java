package se.lagetrunt.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.TestServer;

/** A browser tab shows the round table, and the browser's own ask for /favicon.ico is answered. */
class FaviconTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void theIconIsServedAndEveryPageNamesIt() throws Exception {
    HttpResponse<byte[]> ico = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/favicon.ico")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, ico.statusCode());
    byte[] body = ico.body();
    assertTrue(body.length > 6 && body[0] == 0 && body[1] == 0 && body[2] == 1 && body[3] == 0, "an ICO file");
    HttpResponse<String> svg = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/favicon.svg")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, svg.statusCode());
    assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));

    try (Stream<Path> pages = Files.list(Path.of("webroot"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
        assertTrue(Files.readString(page).contains("<link rel=\"icon\" href=\"/favicon.svg\""), page + " names its icon");
      }
    }
  }
}

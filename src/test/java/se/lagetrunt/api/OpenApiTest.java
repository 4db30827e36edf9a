package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;

/** The OpenAPI document is served, parses, and lists exactly the routes the code mounts. */
class OpenApiTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  private static final Pattern ROUTE = Pattern.compile("router\\.(get|post|put|patch|delete)\\(\"(/[^\"]*)\"");

  @Test
  void everyMountedRouteIsDocumentedAndNothingElse() throws IOException {
    RestClient.Reply served = new RestClient(server).call("GET", "/api/openapi.yaml", null, null);
    assertEquals(200, served.status());
    JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(served.text());
    assertEquals("3.0.3", document.get("openapi").asText());

    Set<String> documented = new TreeSet<>();
    document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
      if (!method.equals("parameters")) {
        documented.add(method.toUpperCase() + " " + path.getKey());
      }
    }));
    Set<String> mounted = new TreeSet<>();
    try (var files = Files.walk(Path.of("src/main/java/se/lagetrunt"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher route = ROUTE.matcher(Files.readString(file));
        while (route.find()) {
          if (!route.group(2).startsWith("/api/") && !route.group(2).startsWith("/health") && !route.group(2).startsWith("/calendar/")) {
            continue; // a web page (the meeting page with its style nonce), not part of the API
          }
          mounted.add(route.group(1).toUpperCase() + " " + route.group(2).replaceAll(":(\\w+)", "{$1}"));
        }
      }
    }
    assertTrue(mounted.size() > 20, mounted.toString());
    assertEquals(mounted, documented);
  }
}

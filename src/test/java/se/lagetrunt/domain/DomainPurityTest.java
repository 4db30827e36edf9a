package se.lagetrunt.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The meeting core stays pure: plain Java only. If an import of Vert.x, Jackson, JDBC or any
 * other outside library appears in the domain package, this fails and names the file.
 */
class DomainPurityTest {
  private static final Path DOMAIN = Path.of("src/main/java/se/lagetrunt/domain");
  private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

  @Test
  void theDomainImportsOnlyTheJdkAndItself() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(DOMAIN)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertTrue(sources.size() >= 5, "domain sources found: " + sources);
    StringBuilder offending = new StringBuilder();
    for (Path source : sources) {
      String text = Files.readString(source);
      Matcher imports = IMPORT.matcher(text);
      while (imports.find()) {
        String name = imports.group(2);
        boolean allowed = name.startsWith("java.") || name.startsWith("se.lagetrunt.domain.");
        if (!allowed) {
          offending.append(source.getFileName()).append(": ").append(name).append('\n');
        }
      }
      if (text.contains("io.vertx")) {
        offending.append(source.getFileName()).append(": mentions io.vertx\n");
      }
    }
    assertEquals("", offending.toString(), "the domain must stay free of frameworks");
  }
}

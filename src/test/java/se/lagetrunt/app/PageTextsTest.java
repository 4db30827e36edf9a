package se.lagetrunt.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.lagetrunt.api.ProblemCode;
import se.lagetrunt.domain.Refusal;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.networks.MeetingMode;
import se.lagetrunt.protocol.ErrorCode;

/**
 * The page's texts (webroot/js/i18n.js): every one in Swedish and English, every one the pages ask
 * for exists, and every stable code the server can refuse with has a text for people – nobody
 * reads a raw key or the server's English developer message in a Swedish page.
 */
class PageTextsTest {
  private static final Pattern TEXT_KEY = Pattern.compile("'error\\.([a-z_]+)':");
  private static final Pattern ANY_KEY = Pattern.compile("(?m)^    (?:'([^']+)'|(\\w+)):");
  private static final Pattern USED_IN_SCRIPT = Pattern.compile("\\bt\\('([^'`$]+)'");
  private static final Pattern USED_IN_PAGE = Pattern.compile("data-i18n(?:-label)?=\"([^\"]+)\"");

  @Test
  void everyTextIsInBothLanguagesAndEveryTextAskedForExists() throws IOException {
    String i18n = Files.readString(Path.of("webroot/js/i18n.js"));
    int english = i18n.indexOf("\n  en: {");
    Set<String> swedish = allKeys(i18n.substring(0, english));
    Set<String> inEnglish = allKeys(i18n.substring(english));
    assertTrue(swedish.size() > 300, "the texts were found: " + swedish.size());
    assertEquals(Set.of(), difference(swedish, inEnglish), "texts without English");
    assertEquals(Set.of(), difference(inEnglish, swedish), "texts without Swedish");

    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("webroot/js"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
        collect(USED_IN_SCRIPT, Files.readString(file), used);
      }
    }
    try (Stream<Path> files = Files.list(Path.of("webroot"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        collect(USED_IN_PAGE, Files.readString(file), used);
      }
    }
    assertTrue(used.contains("signOut") && used.contains("welcomeTitle"), "the keys in use were found: " + used.size());
    assertEquals(Set.of(), difference(used, swedish), "texts asked for that do not exist");
  }

  /** The lists the pages get from the server (GET /api/settings) are shown by name in both languages. */
  @Test
  void everyGroupAndModeTheServerListsHasATextInBothLanguages() throws IOException {
    String i18n = Files.readString(Path.of("webroot/js/i18n.js"));
    int english = i18n.indexOf("\n  en: {");
    Set<String> wanted = new TreeSet<>();
    Arrays.stream(StakeholderGroup.values()).forEach(group -> wanted.add("group." + group.wireName()));
    MeetingMode.wireNames().forEach(mode -> wanted.add("mode." + mode));
    assertEquals(Set.of(), difference(wanted, allKeys(i18n.substring(0, english))), "without a Swedish text");
    assertEquals(Set.of(), difference(wanted, allKeys(i18n.substring(english))), "without an English text");
  }

  private static Set<String> allKeys(String part) {
    Set<String> keys = new TreeSet<>();
    Matcher matcher = ANY_KEY.matcher(part);
    while (matcher.find()) {
      keys.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
    return keys;
  }

  private static void collect(Pattern pattern, String text, Set<String> into) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      into.add(matcher.group(1));
    }
  }

  @Test
  void everyCodeHasATextInBothLanguages() throws IOException {
    String i18n = Files.readString(Path.of("webroot/js/i18n.js"));
    int english = i18n.indexOf("\n  en: {");
    assertTrue(english > 0, "i18n.js has an English part");
    Set<String> swedish = keys(i18n.substring(0, english));
    Set<String> inEnglish = keys(i18n.substring(english));

    Set<String> codes = new TreeSet<>();
    Arrays.stream(ErrorCode.values()).map(ErrorCode::wireName).forEach(codes::add);
    Arrays.stream(Refusal.Code.values()).map(Refusal.Code::wireName).forEach(codes::add);
    Arrays.stream(ProblemCode.values()).map(ProblemCode::wireName).forEach(codes::add);
    assertTrue(codes.contains("too_many_leaders") && codes.contains("invalid_field"), "REST codes were found: " + codes);

    assertEquals(Set.of(), difference(codes, swedish), "codes without a Swedish text");
    assertEquals(Set.of(), difference(codes, inEnglish), "codes without an English text");
    assertEquals(Set.of(), difference(swedish, codes), "texts for codes the server no longer sends");
  }

  private static Set<String> keys(String part) {
    Set<String> keys = new TreeSet<>();
    Matcher matcher = TEXT_KEY.matcher(part);
    while (matcher.find()) {
      keys.add(matcher.group(1));
    }
    return keys;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> rest = new TreeSet<>(a);
    rest.removeAll(b);
    return rest;
  }
}

package se.lagetrunt.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.lagetrunt.api.ProblemCode;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.Attendee;
import se.lagetrunt.domain.BoardQuestion;
import se.lagetrunt.domain.MeetingOpening;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.Minutes;
import se.lagetrunt.domain.NetworkRole;
import se.lagetrunt.domain.Proposal;
import se.lagetrunt.domain.Refusal;
import se.lagetrunt.domain.Round;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.TurnCommand;
import se.lagetrunt.networks.MeetingMode;
import se.lagetrunt.protocol.ErrorCode;
import se.lagetrunt.protocol.Farewell;

/**
 * The page's texts (webroot/js/i18n.js): every one in Swedish and English, every one the pages ask
 * for exists, and every stable code the server can refuse with has a text for people – nobody
 * reads a raw key or the server's English developer message in a Swedish page.
 */
class PageTextsTest {
  /** An entry of i18n.js: its key, at the start of a line; its texts follow up to the next entry. */
  private static final Pattern ENTRY = Pattern.compile("(?m)^  (?:'([^']+)'|(\\w+)): \\{");
  private static final Pattern USED_IN_SCRIPT = Pattern.compile("\\bt\\('([^'`$]+)'");
  private static final Pattern USED_IN_PAGE = Pattern.compile("data-i18n(?:-label)?=\"([^\"]+)\"");

  @Test
  void everyTextIsInBothLanguagesAndEveryTextAskedForExists() throws IOException {
    Map<String, String> entries = entries();
    assertTrue(entries.size() > 300, "the texts were found: " + entries.size());
    assertEquals(Set.of(), difference(entries.keySet(), in("sv", entries)), "texts without Swedish");
    assertEquals(Set.of(), difference(entries.keySet(), in("en", entries)), "texts without English");
    Set<String> pluralsWithoutOther = new TreeSet<>();
    entries.forEach((key, text) -> {
      if (text.contains("one:") && text.split("other:", -1).length - 1 != text.split("one:", -1).length - 1) {
        pluralsWithoutOther.add(key);
      }
    });
    assertEquals(Set.of(), pluralsWithoutOther, "a text with a form for one must have one for other");

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
    assertEquals(Set.of(), difference(used, entries.keySet()), "texts asked for that do not exist");
  }

  /**
   * Keys the pages build at run time from a value the server sends (t(`group.${…}`)) escape the
   * check above: every value of the server's own lists has its text, in both languages.
   */
  @Test
  void everyValueTheServerSendsIsNamedInBothLanguages() throws IOException {
    Map<String, String> entries = entries();
    Set<String> wanted = new TreeSet<>();
    Arrays.stream(StakeholderGroup.values()).forEach(value -> wanted.add("group." + value.wireName()));
    MeetingMode.wireNames().forEach(mode -> wanted.add("mode." + mode));
    Arrays.stream(MeetingRole.values()).forEach(value -> wanted.add("role." + value.wireName()));
    Arrays.stream(NetworkRole.values()).forEach(value -> wanted.add("role." + value.wireName()));
    Arrays.stream(AccountRole.values()).forEach(value -> wanted.add("role." + value.wireName()));
    Arrays.stream(Attendee.Via.values()).filter(via -> via != Attendee.Via.ONLINE).forEach(value -> wanted.add("via." + value.wireName()));
    Arrays.stream(Round.Status.values()).forEach(value -> wanted.add("status." + value.wireName()));
    Arrays.stream(Round.Kind.values()).forEach(value -> {
      wanted.add("kind." + value.wireName());
      wanted.add("kindPrompt." + value.wireName());
    });
    Arrays.stream(MeetingOpening.values()).forEach(value -> {
      wanted.add("minutesOpening." + value.wireName());
      wanted.add("minutesTemplate." + value.wireName());
    });
    Arrays.stream(TurnCommand.OrderMode.values()).forEach(value -> wanted.add("order." + value.wireName()));
    Arrays.stream(Minutes.Status.values()).forEach(value -> {
      wanted.add("minutesStatus." + value.wireName());
      wanted.add("minutesStatusShort." + value.wireName());
    });
    Arrays.stream(BoardQuestion.Status.values()).forEach(value -> wanted.add("questionStatus." + value.wireName()));
    Arrays.stream(BoardQuestion.Origin.values()).forEach(value -> wanted.add("origin." + value.wireName()));
    // An open proposal shows no status; a merged one names the proposal it joined (mergedInto).
    Arrays.stream(Proposal.Status.values()).filter(status -> status == Proposal.Status.ACCEPTED || status == Proposal.Status.DECLINED)
        .forEach(value -> wanted.add("proposalStatus." + value.wireName()));
    // Why a connection ended for good is told in the reader's language (never the server's English).
    Arrays.stream(Farewell.values()).filter(Farewell::endsForGood).forEach(value -> wanted.add("farewell." + value.why()));
    assertEquals(Set.of(), difference(wanted, in("sv", entries)), "without a Swedish text");
    assertEquals(Set.of(), difference(wanted, in("en", entries)), "without an English text");
  }

  /** The page stops reconnecting on exactly the close codes the server means as final. */
  @Test
  void thePageStopsOnTheServersFinalCloseCodes() throws IOException {
    Matcher finals = Pattern.compile("FINAL_CLOSE_CODES = new Set\\(\\[([^\\]]*)\\]\\)")
        .matcher(Files.readString(Path.of("webroot/js/connection.js")));
    assertTrue(finals.find(), "connection.js names its final close codes");
    Set<Integer> page = new TreeSet<>();
    Arrays.stream(finals.group(1).split(",")).map(String::trim).map(Integer::valueOf).forEach(page::add);
    Set<Integer> server = new TreeSet<>();
    Arrays.stream(Farewell.values()).filter(Farewell::endsForGood).forEach(value -> server.add((int) value.code()));
    assertEquals(server, page);
  }

  /** Every entry of i18n.js, by key, with its texts. */
  private static Map<String, String> entries() throws IOException {
    String i18n = Files.readString(Path.of("webroot/js/i18n.js"));
    String texts = i18n.substring(i18n.indexOf("const texts = {"), i18n.indexOf("\n};\n"));
    Map<String, String> entries = new LinkedHashMap<>();
    Matcher matcher = ENTRY.matcher(texts);
    String key = null;
    int from = 0;
    while (matcher.find()) {
      if (key != null) {
        entries.put(key, texts.substring(from, matcher.start()));
      }
      key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
      from = matcher.end();
    }
    if (key != null) {
      entries.put(key, texts.substring(from));
    }
    return entries;
  }

  /** The keys with a text in the language. */
  private static Set<String> in(String language, Map<String, String> entries) {
    Pattern text = Pattern.compile("(?m)(?:^|[{,])\\s*" + language + ": ");
    Set<String> keys = new TreeSet<>();
    entries.forEach((key, texts) -> {
      if (text.matcher(texts).find()) {
        keys.add(key);
      }
    });
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
    Map<String, String> entries = entries();
    Set<String> codes = new TreeSet<>();
    Arrays.stream(ErrorCode.values()).map(ErrorCode::wireName).forEach(codes::add);
    Arrays.stream(Refusal.Code.values()).map(Refusal.Code::wireName).forEach(codes::add);
    Arrays.stream(ProblemCode.values()).map(ProblemCode::wireName).forEach(codes::add);
    assertTrue(codes.contains("too_many_leaders") && codes.contains("invalid_field"), "REST codes were found: " + codes);
    Set<String> errorTexts = new TreeSet<>();
    entries.keySet().stream().filter(key -> key.startsWith("error.")).forEach(key -> errorTexts.add(key.substring(6)));

    assertEquals(Set.of(), difference(codes, prefixed(in("sv", entries))), "codes without a Swedish text");
    assertEquals(Set.of(), difference(codes, prefixed(in("en", entries))), "codes without an English text");
    assertEquals(Set.of(), difference(errorTexts, codes), "texts for codes the server no longer sends");
  }

  /** The codes of the error texts among {@code keys}. */
  private static Set<String> prefixed(Set<String> keys) {
    Set<String> codes = new TreeSet<>();
    keys.stream().filter(key -> key.startsWith("error.")).forEach(key -> codes.add(key.substring(6)));
    return codes;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> rest = new TreeSet<>(a);
    rest.removeAll(b);
    return rest;
  }
}

package se.lagetrunt.documents;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A person's copy of their data as a readable document (XHTML, and PDF from it), in Swedish or
 * English: each part a heading and a table. What they did in meetings is counted per meeting and
 * kind – a meeting's typing is thousands of small changes; the JSON copy has each one.
 */
public final class PersonalDataDocument {
  private static final Map<String, String[]> HEADINGS = Map.ofEntries(
      Map.entry("person", new String[] {"Du", "You"}),
      Map.entry("themeNetworks", new String[] {"Temanätverk du är möjliggörare i", "Theme networks you enable"}),
      Map.entry("localNetworks", new String[] {"Lokala nätverk", "Local networks"}),
      Map.entry("meetings", new String[] {"Möten du bjudits in till", "Meetings you were invited to"}),
      Map.entry("attendance", new String[] {"När du var med", "When you took part"}),
      Map.entry("actions", new String[] {"Det du gjort i mötena", "What you did in the meetings"}),
      Map.entry("devices", new String[] {"Enheter du loggat in på", "Devices you signed in on"}),
      Map.entry("links", new String[] {"Dina personliga länkar", "Your personal links"}),
      Map.entry("soundCheck", new String[] {"Ditt senaste ljudtest", "Your latest sound check"}),
      Map.entry("compilations", new String[] {"Sammanställningar du skrivit", "Compilations you wrote"}),
      Map.entry("compilationComments", new String[] {"Dina synpunkter på sammanställningar", "Your comments on compilations"}),
      Map.entry("planComments", new String[] {"Dina synpunkter på lokala planer", "Your comments on local plans"}),
      Map.entry("remindersSent", new String[] {"Påminnelser du skickat", "Reminders you sent"}),
      Map.entry("mails", new String[] {"Brev vi skickat dig", "Mail we sent you"}),
      Map.entry("mailTurnedOff", new String[] {"Brev du har stängt av", "Mail you turned off"}),
      Map.entry("calendarFeeds", new String[] {"Dina kalenderlänkar", "Your calendar links"}));

  private static final Map<String, String[]> COLUMNS = Map.ofEntries(
      Map.entry("name", new String[] {"Namn", "Name"}), Map.entry("email", new String[] {"E-post", "E-mail"}),
      Map.entry("phone", new String[] {"Telefon", "Phone"}), Map.entry("accountRole", new String[] {"Konto", "Account"}),
      Map.entry("group", new String[] {"Grupp", "Group"}), Map.entry("created", new String[] {"Skapad", "Created"}),
      Map.entry("themeNetwork", new String[] {"Temanätverk", "Theme network"}),
      Map.entry("localNetwork", new String[] {"Lokalt nätverk", "Local network"}), Map.entry("role", new String[] {"Roll", "Role"}),
      Map.entry("added", new String[] {"Tillagd", "Added"}), Map.entry("removed", new String[] {"Borttagen", "Removed"}),
      Map.entry("title", new String[] {"Möte", "Meeting"}), Map.entry("startsAt", new String[] {"Tid", "Time"}),
      Map.entry("meeting", new String[] {"Möte", "Meeting"}), Map.entry("arrived", new String[] {"Kom", "Arrived"}),
      Map.entry("type", new String[] {"Vad", "What"}), Map.entry("count", new String[] {"Antal", "Count"}),
      Map.entry("device", new String[] {"Enhet", "Device"}), Map.entry("signedIn", new String[] {"Inloggad", "Signed in"}),
      Map.entry("lastSeen", new String[] {"Senast", "Last seen"}), Map.entry("ended", new String[] {"Avslutad", "Ended"}),
      Map.entry("endedWhy", new String[] {"Varför", "Why"}), Map.entry("expires", new String[] {"Går ut", "Expires"}),
      Map.entry("used", new String[] {"Använd", "Used"}), Map.entry("revoked", new String[] {"Återkallad", "Revoked"}),
      Map.entry("madeBy", new String[] {"Gjord av", "Made by"}), Map.entry("checked", new String[] {"Testat", "Checked"}),
      Map.entry("microphone", new String[] {"Mikrofon", "Microphone"}), Map.entry("speaker", new String[] {"Högtalare", "Speaker"}),
      Map.entry("connection", new String[] {"Anslutning", "Connection"}), Map.entry("round", new String[] {"Omgång", "Round"}),
      Map.entry("lastEdited", new String[] {"Senast ändrad", "Last edited"}),
      Map.entry("published", new String[] {"Publicerad", "Published"}),
      Map.entry("youEditedLast", new String[] {"Du ändrade sist", "You edited last"}),
      Map.entry("youPublished", new String[] {"Du publicerade", "You published"}),
      Map.entry("section", new String[] {"Avsnitt", "Section"}), Map.entry("plan", new String[] {"Plan", "Plan"}), Map.entry("text", new String[] {"Text", "Text"}),
      Map.entry("written", new String[] {"Skriven", "Written"}),
      Map.entry("sent", new String[] {"Skickad", "Sent"}), Map.entry("recipients", new String[] {"Mottagare", "Recipients"}),
      Map.entry("subject", new String[] {"Ämne", "Subject"}), Map.entry("to", new String[] {"Till", "To"}),
      Map.entry("kind", new String[] {"Sort", "Kind"}));

  private PersonalDataDocument() {}

  public static String html(JsonObject copy, List<String> parts, Instant exported, boolean english) {
    int lang = english ? 1 : 0;
    JsonObject person = copy.getJsonArray("person").getJsonObject(0);
    List<String> facts = List.of(
        (english ? "Everything Laget Runt stores about you, as of " : "Allt Laget Runt sparar om dig, den ") + exported,
        (english ? "The same as data (JSON): " : "Samma sak som data (JSON): ") + "/api/me/data");
    StringBuilder out = MinutesHtml.start((english ? "Your data: " : "Dina uppgifter: ") + person.getString("name"), facts);
    for (String part : parts) {
      out.append("<h2>").append(MarkdownHtml.escape(HEADINGS.get(part)[lang])).append("</h2>\n");
      JsonArray rows = part.equals("actions") ? counted(copy.getJsonArray(part)) : copy.getJsonArray(part);
      if (rows.isEmpty()) {
        out.append("<p class=\"empty\">").append(english ? "Nothing." : "Inget.").append("</p>\n");
      } else if (rows.size() == 1 && !part.equals("actions")) {
        facts(rows.getJsonObject(0), lang, out); // one row reads better as "Name: …" lines
      } else {
        table(rows, lang, out);
      }
    }
    return out.append("</body></html>\n").toString();
  }

  /** What someone did, as how many of each kind in each meeting. */
  private static JsonArray counted(JsonArray actions) {
    Map<String, Integer> counts = new TreeMap<>();
    for (int i = 0; i < actions.size(); i++) {
      JsonObject action = actions.getJsonObject(i);
      counts.merge(action.getString("meeting") + "\u0000" + action.getString("type"), 1, Integer::sum);
    }
    JsonArray rows = new JsonArray();
    counts.forEach((key, count) -> {
      String[] parts = key.split("\u0000");
      rows.add(new JsonObject().put("meeting", parts[0]).put("type", parts[1]).put("count", count));
    });
    return rows;
  }

  private static String label(String column, int lang) {
    return COLUMNS.containsKey(column) ? COLUMNS.get(column)[lang] : column;
  }

  private static void facts(JsonObject row, int lang, StringBuilder out) {
    out.append("<ul>");
    row.fieldNames().forEach(column -> {
      Object value = row.getValue(column);
      out.append("<li>").append(MarkdownHtml.escape(label(column, lang))).append(": ")
          .append(value == null ? "–" : MarkdownHtml.escape(String.valueOf(value))).append("</li>");
    });
    out.append("</ul>\n");
  }

  private static void table(JsonArray rows, int lang, StringBuilder out) {
    List<String> columns = new ArrayList<>(rows.getJsonObject(0).fieldNames());
    out.append("<table><tr>");
    columns.forEach(column -> out.append("<th>").append(MarkdownHtml.escape(label(column, lang))).append("</th>"));
    out.append("</tr>\n");
    for (int i = 0; i < rows.size(); i++) {
      JsonObject row = rows.getJsonObject(i);
      out.append("<tr>");
      columns.forEach(column -> {
        Object value = row.getValue(column);
        out.append("<td>").append(value == null ? "" : MarkdownHtml.escape(String.valueOf(value))).append("</td>");
      });
      out.append("</tr>\n");
    }
    out.append("</table>\n");
  }
}

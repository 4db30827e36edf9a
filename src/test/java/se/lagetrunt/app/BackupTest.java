package se.lagetrunt.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.RestTerm;
import se.lagetrunt.testing.SubmittedMinutes;
import se.lagetrunt.testing.TestPostgres;
import se.lagetrunt.testing.TestServer;

/**
 * The jar's backup and restore, as an operator runs them: a term backed up from a running server,
 * restored into a fresh one, and every row of every table is there again – people, networks,
 * meetings, the minutes' every keystroke – and the restored server serves the minutes.
 */
class BackupTest {
  /** Every table's content as one digest each: equal maps, equal databases. */
  private static Map<String, String> fingerprint(String jdbcUrl, String user, String password) throws Exception {
    Map<String, String> digests = new TreeMap<>();
    try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
      List<String> tables = new ArrayList<>();
      try (ResultSet names = db.createStatement().executeQuery(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' "
              // which node writes a live meeting is not data: a stopping server gives its leases up
              + "AND table_name <> 'meeting_owner'")) {
        while (names.next()) {
          tables.add(names.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet digest = db.createStatement().executeQuery("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' "
            + "ORDER BY t::text), '')) FROM \"" + table + "\" t")) {
          digest.next();
          digests.put(table, digest.getString(1));
        }
      }
    }
    return digests;
  }

  /** The embedded database of a data folder, while its server runs. */
  private static Map<String, String> fingerprint(Path dataDir) throws Exception {
    int port = Backup.runningPort(dataDir.resolve("postgres").toAbsolutePath()).orElseThrow();
    return fingerprint("jdbc:postgresql://localhost:" + port + "/postgres", EmbeddedDatabase.APP_ROLE,
        Files.readString(dataDir.resolve("postgres-password"), StandardCharsets.UTF_8).strip());
  }

  private static Map<String, String> fingerprint(String databaseUrl) throws Exception {
    var endpoint = se.lagetrunt.store.PostgresEndpoint.fromUrl(databaseUrl);
    return fingerprint("jdbc:postgresql://" + endpoint.host() + ":" + endpoint.port() + "/" + endpoint.database(),
        endpoint.user(), endpoint.password());
  }

  private static int command(Map<String, String> env, String... args) throws Exception {
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("LAGET_RUNT_CONFIG", "config/laget-runt.json");
    return Main.command(args, all);
  }

  /** A small term: a theme, a local network with a leader, a meeting whose minutes are written. */
  private static UUID aTerm(TestServer server, Person leader) {
    RestTerm.create(server, "Ängby anhörignätverk");
    MeetingInfo meeting = server.meeting(leader, MeetingRole.LEADER);
    SubmittedMinutes.writeOpening(server, leader, meeting.id(), "Åsa berättade om växelvård – Łukasz höll med.");
    return meeting.id();
  }

  @Test
  void theEmbeddedDefaultIsBackedUpWhileItRunsAndRestoredIntoAFreshServer() throws Exception {
    Path backup = Files.createTempDirectory("laget-backup").resolve("term.dump");
    Path fresh = Files.createTempDirectory("laget-restored");
    Map<String, String> original;
    Person leader;
    UUID meeting;
    try (TestServer server = TestServer.start(null, Map.of())) {
      leader = server.person("Lena Ledare", AccountRole.PARTICIPANT, StakeholderGroup.OFFICIAL);
      meeting = aTerm(server, leader);
      Map<String, String> running = Map.of("DATA_DIR", server.server().config().dataDir().toString());
      assertEquals(0, command(running, "backup", backup.toString()));
      assertEquals(1, command(running, "restore", backup.toString()), "never under a running server");
      original = fingerprint(server.server().config().dataDir());
    }
    assertTrue(Files.size(backup) > 1000);
    assertTrue(Long.parseLong(original.get("meeting_event").split(":")[0]) > 0, original.toString());

    Map<String, String> restored = Map.of("DATA_DIR", fresh.toString());
    assertEquals(0, command(restored, "restore", backup.toString()));
    assertEquals(1, command(restored, "restore", backup.toString()), "not over what is there, unless asked");
    assertEquals(0, command(restored, "restore", backup.toString(), "--replace"));

    AppConfig config = AppConfig.from(Json.object(), Map.of("PRINT_LOGIN_LINK", "false"))
        .onThisMachine(0, null, fresh).withJwtSecret(TestServer.SECRET);
    LagetRunt again = LagetRunt.start(config);
    try {
      assertEquals(original, fingerprint(fresh), "every row of every table");
      UUID session = LagetRunt.await(again.services().sessions().open(leader.id(), null, "test"));
      String token = again.services().tokens().issue(leader.id(), session);
      java.net.http.HttpResponse<String> minutes = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(again.url() + "/api/meetings/" + meeting + "/minutes.md"))
              .header("Authorization", "Bearer " + token).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(200, minutes.statusCode(), minutes.body());
      assertTrue(minutes.body().contains("Åsa berättade om växelvård – Łukasz höll med."), minutes.body());
    } finally {
      again.stop();
    }
  }

  @Test
  void anExternalDatabaseIsBackedUpAndRestoredTheSameWay() throws Exception {
    Path backup = Files.createTempDirectory("laget-backup").resolve("external.dump");
    String from = TestPostgres.newDatabase();
    String into = TestPostgres.newDatabase();
    try (TestServer server = TestServer.start(from, Map.of())) {
      aTerm(server, server.person("Lena Ledare", AccountRole.PARTICIPANT, StakeholderGroup.OFFICIAL));
      assertEquals(0, command(Map.of("DATABASE_URL", from), "backup", backup.toString()));
    }
    assertEquals(0, command(Map.of("DATABASE_URL", into), "restore", backup.toString()));
    assertEquals(fingerprint(from), fingerprint(into));
  }
}

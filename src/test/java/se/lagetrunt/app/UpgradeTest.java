package se.lagetrunt.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.lagetrunt.store.Person;
import se.lagetrunt.store.PostgresEndpoint;
import se.lagetrunt.testing.ReleaseFixture;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestClient;
import se.lagetrunt.testing.TestPostgres;
import se.lagetrunt.testing.TestServer;

/**
 * An upgrade as an operator makes it: the previous release's database, with a term in it (written
 * by that release's own server, see {@link ReleaseFixture}), is started by this release, which
 * migrates it and serves everything – the people, the meeting with its attendance and seat, the
 * minutes as they were submitted.
 */
class UpgradeTest {
  /** The newest release fixture: the database as the previous release left it. */
  private static Path previousRelease() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/upgrade"))) {
      return files.filter(file -> file.getFileName().toString().matches("release-v\\d+\\.sql"))
          .max(Comparator.comparingInt(file -> Integer.parseInt(file.getFileName().toString().replaceAll("\\D", ""))))
          .orElseThrow();
    }
  }

  private static Connection connect(String url) throws Exception {
    PostgresEndpoint endpoint = PostgresEndpoint.fromUrl(url);
    return DriverManager.getConnection("jdbc:postgresql://" + endpoint.host() + ":" + endpoint.port() + "/"
        + endpoint.database(), endpoint.user(), endpoint.password());
  }

  private static String one(String url, String sql) throws Exception {
    try (Connection db = connect(url); ResultSet row = db.createStatement().executeQuery(sql)) {
      assertTrue(row.next(), sql);
      return row.getString(1);
    }
  }

  @Test
  void thePreviousReleasesTermIsMigratedAndServed() throws Exception {
    String url = TestPostgres.newDatabase();
    String script = Files.readAllLines(previousRelease(), StandardCharsets.UTF_8).stream()
        .filter(line -> !line.startsWith("\\")) // pg_dump's psql commands (\restrict); the rest is SQL
        .collect(Collectors.joining("\n"));
    try (Connection db = connect(url)) {
      db.createStatement().execute(script);
    }
    String releasedVersion = one(url, "SELECT max(version::int) FROM flyway_schema_history WHERE success");
    long people = Long.parseLong(one(url, "SELECT count(*) FROM person"));
    UUID leaderId = UUID.fromString(one(url, "SELECT id FROM person WHERE display_name = 'Ledare Umeå'"));
    UUID meeting = UUID.fromString(one(url, "SELECT meeting_id FROM meeting_event WHERE type = 'seatAdded'"));

    try (TestServer server = TestServer.start(url, Map.of())) {
      int current = Integer.parseInt(one(url, "SELECT max(version::int) FROM flyway_schema_history WHERE success"));
      assertTrue(current >= Integer.parseInt(releasedVersion), "migrated from v" + releasedVersion + " to v" + current);
      assertEquals(people, Long.parseLong(one(url, "SELECT count(*) FROM person")), "every person is still there");

      Person leader = TestServer.await(server.server().services().people().find(leaderId)).orElseThrow();
      String token = server.token(leader);
      RestClient rest = new RestClient(server);
      String minutes = new String(rest.bytes("/api/meetings/" + meeting + "/minutes.md", token), StandardCharsets.UTF_8);
      assertTrue(minutes.contains(ReleaseFixture.OPENING) && minutes.contains(ReleaseFixture.ANSWER), minutes);
      JsonNode attendance = rest.ok("GET", "/api/meetings/" + meeting + "/attendance", token, null);
      assertTrue(attendance.toString().contains(ReleaseFixture.SEAT), "the seat in the room: " + attendance);
      assertTrue(attendance.toString().contains("Anhörig Umeå"), "who attended: " + attendance);

      try (TestClient client = server.join(leader, meeting, 0)) {
        client.setTopic("after-upgrade", "Efter uppgraderingen");
        client.until(message -> "after-upgrade".equals(message.path("re").asText()) && "ok".equals(message.path("type").asText()));
      }
    }
  }
}

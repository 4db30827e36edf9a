package se.lagetrunt.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import se.lagetrunt.store.Migrations;
import se.lagetrunt.store.PostgresEndpoint;

/**
 * The embedded default's Postgres lets nobody in on trust: not the superuser without its password,
 * not over the Unix socket; the server itself is no superuser; the passwords are its owner's only;
 * and all of it holds across a restart on the same data.
 */
class EmbeddedDatabaseTest {
  private static Connection connect(int port, String user, String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    if (password != null) {
      properties.setProperty("password", password);
    }
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties);
  }

  @Test
  void nobodyGetsInWithoutAPasswordAndTheServerIsNoSuperuser() throws Exception {
    Path data = Files.createTempDirectory("laget-embedded");
    int port;
    try (EmbeddedDatabase db = EmbeddedDatabase.start(data)) {
      PostgresEndpoint app = db.endpoint();
      port = app.port();
      Migrations.run(app);
      try (Connection own = connect(port, app.user(), app.password());
          ResultSet me = own.createStatement().executeQuery(
              "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
        me.next();
        assertFalse(me.getBoolean(1), "the server runs as an owner role, not as the superuser");
      }
      try (Connection own = connect(port, app.user(), app.password());
          ResultSet durability = own.createStatement().executeQuery(
              "SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
        durability.next();
        assertEquals("on", durability.getString(1), "a commit is written to the disk, not only to the OS's cache");
        assertEquals("on", durability.getString(2));
      }
      assertThrows(SQLException.class, () -> connect(port, "postgres", null), "the superuser without its password");
      assertThrows(SQLException.class, () -> connect(port, "postgres", "guess"));
      assertThrows(SQLException.class, () -> connect(port, EmbeddedDatabase.APP_ROLE, null));
      assertEquals("rw-------", PosixFilePermissions.toString(
          Files.getPosixFilePermissions(data.resolve("postgres-superuser-password"))));
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("postgres-password"))));
    }
    try (EmbeddedDatabase again = EmbeddedDatabase.start(data)) {
      PostgresEndpoint app = again.endpoint();
      Migrations.run(app);
      try (Connection own = connect(app.port(), app.user(), app.password());
          ResultSet tables = own.createStatement().executeQuery("SELECT count(*) FROM meeting_event")) {
        tables.next();
        assertEquals(0, tables.getInt(1), "the data is still there, and still the server's own");
      }
      assertThrows(SQLException.class, () -> connect(app.port(), "postgres", null), "still locked after a restart");
    }
  }

  /**
   * kill -9 of the server leaves its Postgres running on the data folder; the next start used to
   * wait for a Postgres that could not start beside it and fail ("Gave up waiting …"). It now stops
   * the leftover one first, and finds everything the killed server had.
   */
  @Test
  void aServerKilledOutrightDoesNotStopTheNextStart() throws Exception {
    Path data = Files.createTempDirectory("laget-killed");
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()).redirectErrorStream(true);
    builder.environment().putAll(java.util.Map.of("DATA_DIR", data.toString(), "PORT", "0", "PRINT_LOGIN_LINK", "false",
        "LAGET_RUNT_CONFIG", "config/laget-runt.json", "WEBROOT", "webroot"));
    builder.environment().remove("DATABASE_URL");
    Process server = builder.start();
    try (java.io.BufferedReader out = new java.io.BufferedReader(
        new java.io.InputStreamReader(server.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.contains("Laget Runt is running.")) {
        // the server's log while it starts
      }
      assertTrue(line != null, "the server started");
      server.destroyForcibly(); // SIGKILL: no shutdown hook stops its Postgres
      assertTrue(server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
    }
    ProcessHandle leftover = LeftoverPostgres.running(data.resolve("postgres").toAbsolutePath()).orElseThrow(
        () -> new AssertionError("the killed server's Postgres is still running, as it would be after kill -9"));

    try (EmbeddedDatabase again = EmbeddedDatabase.start(data)) {
      PostgresEndpoint app = again.endpoint();
      try (Connection own = connect(app.port(), app.user(), app.password());
          ResultSet migrated = own.createStatement().executeQuery("SELECT count(*) FROM flyway_schema_history")) {
        migrated.next();
        assertTrue(migrated.getInt(1) > 0, "what the killed server made is there");
      }
      assertFalse(leftover.isAlive(), "the leftover Postgres was stopped");
    }
  }
}

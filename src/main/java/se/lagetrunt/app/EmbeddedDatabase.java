package se.lagetrunt.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.slf4j.LoggerFactory;
import se.lagetrunt.store.PostgresEndpoint;

/**
 * A real Postgres run from a folder of ours, for a first start without any setup. The data folder
 * is kept between runs, so stopping and starting loses nothing.
 *
 * <p>It is locked down like a real one: the library starts Postgres with {@code trust}, which on a
 * shared machine would let any local user in as its superuser. So at the first start the
 * superuser gets a generated password, the server an owner role of its own that is no superuser,
 * and every connection – over loopback or the Unix socket, which lives in the data folder only its
 * owner can enter – must prove its password (scram-sha-256). The passwords are kept in the data
 * folder, readable by its owner only.
 */
final class EmbeddedDatabase implements AutoCloseable {
  static final String APP_ROLE = "lagetrunt";
  private static final String SUPERUSER = "postgres";
  private static final String HBA = """
      # Laget Runt: every connection proves its password; nothing is trusted.
      local all all scram-sha-256
      host all all 127.0.0.1/32 scram-sha-256
      host all all ::1/128 scram-sha-256
      """;

  private final Path pgData;
  private final String superuserPassword;
  private final String appPassword;
  private volatile EmbeddedPostgres postgres;

  private EmbeddedDatabase(Path pgData, String superuserPassword, String appPassword, EmbeddedPostgres postgres) {
    this.pgData = pgData;
    this.superuserPassword = superuserPassword;
    this.appPassword = appPassword;
    this.postgres = postgres;
  }

  static EmbeddedDatabase start(Path dataDir) throws IOException {
    Path pgData = dataDir.resolve("postgres").toAbsolutePath();
    Files.createDirectories(pgData);
    String superuserPassword = KeptSecret.readOrCreate(dataDir.resolve("postgres-superuser-password"));
    String appPassword = KeptSecret.readOrCreate(dataDir.resolve("postgres-password"));
    LeftoverPostgres.stop(pgData);
    EmbeddedPostgres postgres = launch(pgData, superuserPassword, 0);
    try {
      lockDown(postgres, pgData, superuserPassword, appPassword);
    } catch (IOException | SQLException e) {
      postgres.close();
      throw new IOException("could not secure the embedded database", e);
    }
    return new EmbeddedDatabase(pgData, superuserPassword, appPassword, postgres);
  }

  /** Starts Postgres on the folder; port 0 lets the library choose a free one. */
  private static EmbeddedPostgres launch(Path pgData, String superuserPassword, int port) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setDataDirectory(pgData)
        .setCleanDataDirectory(false)
        // Its own shutdown hook would stop Postgres at SIGTERM, under a server still draining;
        // the server stops it last, itself.
        .setRegisterShutdownHook(false)
        // zonky starts Postgres with -F (no fsync); an acknowledged command must survive a power
        // cut, not only a crashed process. A later -c wins over -F.
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("listen_addresses", "localhost")
        .setServerConfig("unix_socket_directories", pgData.toString())
        .setServerConfig("password_encryption", "scram-sha-256")
        // The library checks that the server is up as the superuser: with its password once locked down.
        .setConnectConfig("password", superuserPassword);
    if (port > 0) {
      builder.setPort(port);
    }
    return builder.start();
  }

  /** Whether this folder's Postgres still runs (it may have been killed, or crashed on a full disk). */
  boolean running() {
    try {
      return LeftoverPostgres.running(pgData).isPresent();
    } catch (IOException unreadable) {
      return false;
    }
  }

  /**
   * Starts Postgres again after it died, on the same port with the same passwords, so the server's
   * pool reconnects by itself. Its WAL brings back everything it had committed.
   */
  synchronized void restart() throws IOException {
    int port = postgres.getPort();
    // Closing the dead instance releases the library's lock on the folder. Its "pg_ctl stop"
    // fails, as it must with nothing to stop, and the library would log that as an ERROR: the
    // watchdog has already said what happened, once.
    Logger library = (Logger) LoggerFactory.getLogger(EmbeddedPostgres.class);
    Level level = library.getLevel();
    library.setLevel(Level.OFF);
    try {
      postgres.close();
    } catch (IOException | RuntimeException alreadyGone) {
      // nothing left to stop
    } finally {
      library.setLevel(level);
    }
    LeftoverPostgres.stop(pgData);
    postgres = launch(pgData, superuserPassword, port);
  }

  /** Once, at the first start (or the first since this was added): passwords, an owner role, no trust. */
  private static void lockDown(EmbeddedPostgres postgres, Path pgData, String superuserPassword, String appPassword)
      throws IOException, SQLException {
    Path hba = pgData.resolve("pg_hba.conf");
    if (Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
      return;
    }
    try (Connection db = postgres.getDatabase(SUPERUSER, "postgres", Map.of()).getConnection();
        Statement sql = db.createStatement()) {
      sql.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(superuserPassword));
      sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + APP_ROLE + "') THEN "
          + "CREATE ROLE " + APP_ROLE + " LOGIN; END IF; END $$");
      sql.execute("ALTER ROLE " + APP_ROLE + " NOSUPERUSER NOCREATEROLE NOCREATEDB PASSWORD " + literal(appPassword));
      sql.execute("ALTER SCHEMA public OWNER TO " + APP_ROLE);
      // What an earlier start made as the superuser becomes the server's own.
      sql.execute("DO $$ DECLARE r record; BEGIN FOR r IN SELECT c.relname, c.relkind FROM pg_class c "
          + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'p') "
          + "LOOP EXECUTE format('ALTER %s public.%I OWNER TO " + APP_ROLE + "', CASE r.relkind WHEN 'v' THEN 'VIEW' "
          + "WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, r.relname); END LOOP; END $$");
      Files.writeString(hba, HBA, StandardCharsets.UTF_8);
      sql.execute("SELECT pg_reload_conf()");
    }
  }

  /** A password as an SQL string literal (it is ours, base64url, but quoting costs nothing). */
  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  PostgresEndpoint endpoint() {
    return new PostgresEndpoint("localhost", postgres.getPort(), "postgres", APP_ROLE, appPassword);
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}

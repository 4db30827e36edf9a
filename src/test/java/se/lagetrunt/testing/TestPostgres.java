package se.lagetrunt.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real Postgres for the whole test run, and a fresh, empty database for each caller, so test
 * classes never see each other's rows.
 */
public final class TestPostgres {
  /** The system property that turns fsync on in the test Postgres (the benchmark sets it). */
  public static final String FSYNC = "lagetrunt.testPostgresFsync";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestPostgres() {}

  /** A new database, as a postgresql:// URL. */
  public static synchronized String newDatabase() {
    try {
      if (postgres == null) {
        // The tests prove what survives a killed process, which fsync off keeps; the benchmark
        // measures what production pays for a power cut too, and asks for fsync (this property).
        postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on")
            .setServerConfig("fsync", System.getProperty(FSYNC, "off")).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            postgres.close();
          } catch (Exception ignored) {
            // the JVM is going anyway
          }
        }));
      }
      String name = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
      try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      return "postgresql://postgres:postgres@localhost:" + postgres.getPort() + "/" + name;
    } catch (Exception e) {
      throw new IllegalStateException("could not start the test Postgres", e);
    }
  }

  /** Runs SQL directly against a test database, as an operator would with psql. */
  public static void execute(String databaseUrl, String sql) {
    try (Connection c = connect(databaseUrl); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (Exception e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public static long count(String databaseUrl, String sql) {
    try (Connection c = connect(databaseUrl);
        Statement s = c.createStatement();
        var rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (Exception e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** JDBC to a database named by one of our postgresql:// URLs. */
  private static Connection connect(String databaseUrl) throws java.sql.SQLException {
    String jdbc = "jdbc:" + databaseUrl.replace("postgres:postgres@", "");
    return java.sql.DriverManager.getConnection(jdbc, "postgres", "postgres");
  }
}

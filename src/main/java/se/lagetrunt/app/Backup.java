package se.lagetrunt.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import se.lagetrunt.store.Migrations;
import se.lagetrunt.store.PostgresEndpoint;

/**
 * {@code java -jar laget-runt.jar backup FILE} and {@code restore FILE}: the whole database in
 * PostgreSQL's own custom format ({@code pg_dump -Fc}), so an operator can also read it with the
 * standard tools. It works on the configured database: an external one, or the embedded default –
 * while the server runs (its Postgres is found by the folder's {@code postmaster.pid}) or while it
 * is stopped (then started for the moment). Restoring goes into an empty database only (or, with
 * {@code --replace}, over one), with the server stopped, and ends by migrating an older backup to
 * this release's schema.
 */
final class Backup {
  private final AppConfig config;
  private final Path pgBin;

  Backup(AppConfig config, Path pgBin) {
    this.config = config;
    this.pgBin = pgBin;
  }

  /** The client tools: PG_BIN if set, else whatever the PATH finds. */
  static Path pgBin(java.util.Map<String, String> env) {
    return env.containsKey("PG_BIN") ? Path.of(env.get("PG_BIN")) : null;
  }

  /** A database to work on, and what to do when done with it. */
  private record Database(PostgresEndpoint endpoint, AutoCloseable release) {}

  void backup(Path file) throws Exception {
    Database database = open(false);
    try {
      Path partial = file.resolveSibling(file.getFileName() + ".partial");
      run(List.of(tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", "--file=" + partial), database.endpoint());
      Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      System.out.println("Backed up " + describe(database.endpoint()) + " to " + file.toAbsolutePath()
          + " (" + Files.size(file) + " bytes).");
    } finally {
      database.release().close();
    }
  }

  void restore(Path file, boolean replace) throws Exception {
    if (!Files.isReadable(file)) {
      throw new IOException("no backup at " + file.toAbsolutePath());
    }
    Database database = open(true);
    try {
      int tables = tableCount(database.endpoint());
      if (tables > 0 && !replace) {
        throw new IOException("the database already has " + tables + " tables; restore into an empty one, or add --replace"
            + " to put the backup in their place (everything in it now is lost)");
      }
      List<String> command = new ArrayList<>(List.of(tool("pg_restore"), "--no-owner", "--no-privileges",
          "--exit-on-error", "--single-transaction"));
      if (replace) {
        command.addAll(List.of("--clean", "--if-exists"));
      }
      command.add(file.toAbsolutePath().toString());
      run(command, database.endpoint());
      Migrations.run(database.endpoint()); // an older release's backup comes up to this one's schema
      System.out.println("Restored " + file.toAbsolutePath() + " into " + describe(database.endpoint()) + ": "
          + count(database.endpoint(), "person") + " people, " + count(database.endpoint(), "meeting") + " meetings.");
    } finally {
      database.release().close();
    }
  }

  /**
   * The configured database. The embedded one is used where it runs; restoring refuses a running
   * server, which would go on with what it holds in memory.
   */
  private Database open(boolean restoring) throws Exception {
    if (config.databaseUrl() != null) {
      return new Database(PostgresEndpoint.fromUrl(config.databaseUrl()), () -> {});
    }
    Path pgData = config.dataDir().resolve("postgres").toAbsolutePath();
    Optional<Integer> running = runningPort(pgData);
    if (running.isPresent()) {
      if (restoring) {
        throw new IOException("the server is running on " + config.dataDir() + ": stop it before restoring");
      }
      String password = Files.readString(config.dataDir().resolve("postgres-password"), StandardCharsets.UTF_8).strip();
      return new Database(new PostgresEndpoint("localhost", running.get(), "postgres", EmbeddedDatabase.APP_ROLE, password),
          () -> {});
    }
    EmbeddedDatabase embedded = EmbeddedDatabase.start(config.dataDir());
    return new Database(embedded.endpoint(), embedded);
  }

  /** The port of this folder's running Postgres (the fourth line of its postmaster.pid). */
  static Optional<Integer> runningPort(Path pgData) throws IOException {
    if (LeftoverPostgres.running(pgData).isEmpty()) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pgData.resolve("postmaster.pid"), StandardCharsets.UTF_8);
    return lines.size() > 3 ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
  }

  private String tool(String name) throws IOException {
    if (pgBin != null) {
      Path tool = pgBin.resolve(name);
      if (!Files.isExecutable(tool)) {
        throw new IOException(name + " is not in PG_BIN (" + pgBin + ")");
      }
      return tool.toString();
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
        return Path.of(dir, name).toString();
      }
    }
    throw new IOException(name + " was not found: install PostgreSQL's client tools (Debian and Ubuntu: "
        + "apt install postgresql-client), at least the version of the database, or set PG_BIN to their folder");
  }

  /** Runs a client tool against the database; its password goes by the environment, never the command line. */
  private static void run(List<String> command, PostgresEndpoint endpoint) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>(command);
    full.addAll(1, List.of("--host=" + endpoint.host(), "--port=" + endpoint.port(), "--username=" + endpoint.user(),
        "--dbname=" + endpoint.database(), "--no-password"));
    ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", endpoint.password() == null ? "" : endpoint.password());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException(Path.of(command.get(0)).getFileName() + " failed: " + output.strip());
    }
  }

  private static Connection connect(PostgresEndpoint endpoint) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", endpoint.user());
    if (endpoint.password() != null) {
      properties.setProperty("password", endpoint.password());
    }
    return DriverManager.getConnection(
        "jdbc:postgresql://" + endpoint.host() + ":" + endpoint.port() + "/" + endpoint.database(), properties);
  }

  private static int tableCount(PostgresEndpoint endpoint) throws SQLException {
    try (Connection db = connect(endpoint); ResultSet tables = db.createStatement().executeQuery(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
      tables.next();
      return tables.getInt(1);
    }
  }

  private static long count(PostgresEndpoint endpoint, String table) throws SQLException {
    try (Connection db = connect(endpoint); ResultSet rows = db.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String describe(PostgresEndpoint endpoint) {
    return "database " + endpoint.database() + " on " + endpoint.host() + ":" + endpoint.port();
  }
}

package se.lagetrunt.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import se.lagetrunt.store.PostgresEndpoint;

/**
 * A real Postgres run from a folder of ours, for a first start without any setup. The data folder
 * is kept between runs, so stopping and starting loses nothing.
 */
final class EmbeddedDatabase implements AutoCloseable {
  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedDatabase start(Path dataDir) throws IOException {
    Path pgData = dataDir.resolve("postgres").toAbsolutePath();
    Files.createDirectories(pgData);
    EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setDataDirectory(pgData)
        .setCleanDataDirectory(false)
        .setServerConfig("synchronous_commit", "on")
        .start();
    return new EmbeddedDatabase(postgres);
  }

  PostgresEndpoint endpoint() {
    return new PostgresEndpoint("localhost", postgres.getPort(), "postgres", "postgres", "postgres");
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}

package se.lagetrunt.store;

import org.flywaydb.core.Flyway;

/** Brings the schema up to date before anything else touches the database. */
public final class Migrations {
  private Migrations() {}

  public static void run(PostgresEndpoint endpoint) {
    Flyway.configure()
        .dataSource(endpoint.jdbcUrl(), endpoint.user(), endpoint.password())
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }
}

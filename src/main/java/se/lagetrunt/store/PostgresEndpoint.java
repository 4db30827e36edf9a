package se.lagetrunt.store;

import io.vertx.pgclient.PgConnectOptions;

/** Where the database is, in the two forms we need: reactive for live traffic, JDBC for Flyway. */
public record PostgresEndpoint(String host, int port, String database, String user, String password) {

  /** Parses postgresql://user:password@host:port/database (also postgres://). */
  public static PostgresEndpoint fromUrl(String url) {
    PgConnectOptions options = PgConnectOptions.fromUri(url);
    return new PostgresEndpoint(
        options.getHost(), options.getPort(), options.getDatabase(), options.getUser(), options.getPassword());
  }

  public PgConnectOptions connectOptions() {
    return new PgConnectOptions()
        .setHost(host)
        .setPort(port)
        .setDatabase(database)
        .setUser(user)
        .setPassword(password)
        .setCachePreparedStatements(true)
        .setPipeliningLimit(256);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }
}

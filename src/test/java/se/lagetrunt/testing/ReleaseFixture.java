package se.lagetrunt.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import se.lagetrunt.store.PostgresEndpoint;

/**
 * Makes {@code src/test/resources/upgrade/release-vN.sql}: a term as this release's server writes
 * it – two networks, a series, a meeting people attended with a seat, a raised hand and minutes
 * written, signed off and submitted – dumped with its schema by {@code pg_dump --inserts}.
 * {@code UpgradeTest} loads the newest such file into an empty database and lets this release
 * migrate and serve it. Make a new one just before a release that adds a migration:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) se.lagetrunt.testing.ReleaseFixture FILE}.
 */
public final class ReleaseFixture {
  /** The people and texts UpgradeTest looks for after the upgrade. */
  public static final String OPENING = "Alla hade läst inbjudan – Łukasz och Åsa berättade om växelvården.";
  public static final String ANSWER = "Anhöriga vill bli tillfrågade tidigare.";
  public static final String SEAT = "Gunnar i rummet";

  private ReleaseFixture() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String database = TestPostgres.newDatabase();
    try (TestServer server = TestServer.start(database, java.util.Map.of())) {
      TwoNetworks nets = new TwoNetworks(server);
      UUID meeting = nets.own.localMeeting();
      try (TestClient participant = server.join(nets.own.participant(), meeting, 0);
          TestClient leader = server.join(nets.own.leader(), meeting, 0)) {
        participant.send("{\"type\":\"raiseHand\",\"id\":\"h1\",\"kind\":\"new-topic\"}");
        participant.until(message -> "h1".equals(message.path("re").asText()));
        leader.send("{\"type\":\"addSeat\",\"id\":\"s1\",\"name\":\"" + SEAT + "\",\"group\":\"other\",\"via\":\"room\"}");
        leader.until(message -> "s1".equals(message.path("re").asText()));
      }
      SubmittedMinutes.writeOpening(server, nets.own.leader(), meeting, OPENING);
      SubmittedMinutes.submitFirstQuestion(server, nets.own.leader(), meeting, ANSWER);
    }
    PostgresEndpoint endpoint = PostgresEndpoint.fromUrl(database);
    Process dump = new ProcessBuilder(List.of("pg_dump", "--inserts", "--no-owner", "--no-privileges", "--no-comments",
        "--host=" + endpoint.host(), "--port=" + endpoint.port(), "--username=" + endpoint.user(), "--dbname=" + endpoint.database()))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] sql = dump.getInputStream().readAllBytes();
    if (dump.waitFor() != 0) {
      throw new IllegalStateException("pg_dump failed");
    }
    Files.createDirectories(file.getParent());
    Files.write(file, sql);
    System.out.println("Wrote " + file + " (" + sql.length + " bytes)");
    System.exit(0);
  }
}

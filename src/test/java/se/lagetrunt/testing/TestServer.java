package se.lagetrunt.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.lagetrunt.app.AppConfig;
import se.lagetrunt.app.LagetRunt;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;

/**
 * The real server on a free port and its own test database, with helpers to set the scene. It
 * runs on its own {@link TestClock}, which starts at {@code -Dlagetrunt.testNow} and moves only
 * when a test advances it. Either started explicitly ({@link #start}) or, as a JUnit extension,
 * once per test class: {@code @RegisterExtension static final TestServer server = TestServer.perClass();}
 */
public final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
  public static final String SECRET = "test-signing-key-0123456789-abcdefghijklmnop";

  private String databaseUrl;
  private LagetRunt server;
  private TestClock clock;
  private final java.util.function.Consumer<ObjectNode> settings;

  private TestServer(String databaseUrl, LagetRunt server, TestClock clock, java.util.function.Consumer<ObjectNode> settings) {
    this.databaseUrl = databaseUrl;
    this.server = server;
    this.clock = clock;
    this.settings = settings;
  }

  public static TestServer perClass() {
    return perClass(Map.of());
  }

  /** One server for a test class, with some limits of the config file set otherwise. */
  public static TestServer perClass(Map<String, Object> limits) {
    return perClassWith(root -> limits(root, limits));
  }

  /** One server for a test class, with settings of the config file's shape filled in by the test. */
  public static TestServer perClassWith(java.util.function.Consumer<ObjectNode> settings) {
    return new TestServer(null, null, null, settings);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    TestServer started = start(TestPostgres.newDatabase(), settings);
    databaseUrl = started.databaseUrl;
    server = started.server;
    clock = started.clock;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  public static TestServer start() {
    return start(TestPostgres.newDatabase(), Map.of());
  }

  /** Starts on an existing database, as a restarted server would; settings may override limits. */
  public static TestServer start(String databaseUrl, Map<String, Object> limits) {
    return start(databaseUrl, root -> limits(root, limits));
  }

  private static void limits(ObjectNode root, Map<String, Object> limits) {
    ObjectNode limitsNode = root.putObject("limits");
    limits.forEach(limitsNode::putPOJO);
  }

  /** Starts with settings of the config file's shape (e.g. a "mail" section) filled in by the test. */
  public static TestServer start(String databaseUrl, java.util.function.Consumer<ObjectNode> settings) {
    try {
      ObjectNode root = Json.object();
      settings.accept(root);
      // No retention purge behind a test's back (its clock may jump by years): RetentionTest asks for one.
      ObjectNode operations = root.has("operations") ? (ObjectNode) root.get("operations") : root.putObject("operations");
      if (!operations.has("linkRetentionDays")) {
        operations.put("linkRetentionDays", 0).put("meetingRetentionYears", 0).put("typedMinutesMonths", 0);
      }
      // No reminder mails behind a test's back either: NoticesTest asks for them.
      if (!operations.has("meetingReminders")) {
        operations.put("meetingReminders", false);
      }
      root.put("webroot", System.getProperty("webroot", "webroot"));
      // Port 0: the server listens wherever the system has room and says where.
      AppConfig config = AppConfig.from(root, Map.of("PRINT_LOGIN_LINK", "false"))
          .onThisMachine(0, databaseUrl, Files.createTempDirectory("laget-data"))
          .withJwtSecret(SECRET);
      TestClock clock = new TestClock();
      return new TestServer(databaseUrl, LagetRunt.start(config, clock), clock, settings);
    } catch (Exception e) {
      throw new IllegalStateException("test server did not start", e);
    }
  }

  public LagetRunt server() {
    return server;
  }

  /** The server's time: read it to know what to expect, advance it to let time pass. */
  public TestClock clock() {
    return clock;
  }

  public String databaseUrl() {
    return databaseUrl;
  }

  public int port() {
    return server.port();
  }

  public String url() {
    return "http://localhost:" + port();
  }

  public Person person(String name, AccountRole role, StakeholderGroup group) {
    return await(server.services().people().create(name, null, null, role, group));
  }

  public MeetingInfo meeting(Person creator, MeetingRole role) {
    return await(server.services().meetings().create("Träff 1: Introduktion", creator.id(), role));
  }

  public void addMember(MeetingInfo meeting, Person person, MeetingRole role) {
    await(server.services().meetings().addMember(meeting.id(), person.id(), role));
  }

  /** A real client of the named transport ("websocket" or "sockjs"), from the server's own origin. */
  public TestClient connect(String transport) {
    return switch (transport) {
      case "websocket" -> WebSocketTestClient.connect(port(), url());
      case "sockjs" -> SockJsTestClient.connect(port(), url());
      default -> throw new IllegalArgumentException(transport);
    };
  }

  /** A real WebSocket client joined to the meeting: hello sent, welcome received. */
  public TestClient join(String token, Object meetingId, long lastSeq) {
    TestClient client = WebSocketTestClient.connect(port(), url());
    client.hello(token, meetingId, lastSeq);
    client.next("welcome");
    return client;
  }

  public TestClient join(Person person, Object meetingId, long lastSeq) {
    return join(token(person), meetingId, lastSeq);
  }

  /** A session token for the person on a new device, as signing in with their link would give. */
  public String token(Person person) {
    UUID session = await(server.services().sessions().open(person.id(), null, "test"));
    return server.services().tokens().issue(person.id(), session);
  }

  /** The server's time as a SQL literal, for scenes set straight in the database. */
  public String sqlNow() {
    return "timestamptz '" + clock.instant() + "'";
  }

  /** SQL straight against this server's database, as an operator would run it. */
  public void execute(String sql) {
    TestPostgres.execute(databaseUrl, sql);
  }

  /** A count straight from this server's database. */
  public long count(String sql) {
    return TestPostgres.count(databaseUrl, sql);
  }

  /** Events caused by commands (arrivals, which the room records by itself, are not counted). */
  public long eventCount(UUID meetingId) {
    return count(
        "SELECT count(*) FROM meeting_event WHERE command_id IS NOT NULL AND meeting_id = '" + meetingId + "'");
  }

  public static <T> T await(io.vertx.core.Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

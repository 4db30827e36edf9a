package se.lagetrunt.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.lagetrunt.auth.TurnServers;
import se.lagetrunt.mail.SmtpMailer;
import se.lagetrunt.protocol.Json;

/**
 * The server's settings: {@code config/laget-runt.json}, then environment variables on top.
 *
 * <p>Environment: {@code PORT}, {@code HOST}, {@code PUBLIC_URL}, {@code ALLOWED_ORIGINS}
 * (comma-separated), {@code DATABASE_URL} (postgresql://user:pass@host:port/db; without it an
 * embedded Postgres is started), {@code DB_POOL_SIZE}, {@code DATA_DIR}, {@code WEBROOT},
 * {@code JWT_SECRET}, {@code PRINT_LOGIN_LINK}, {@code SMTP_HOST}, {@code SMTP_PORT}, {@code SMTP_USER},
 * {@code SMTP_PASSWORD}, {@code MAIL_FROM}, {@code SMTP_STARTTLS}, {@code SMTP_SSL}, {@code DRAIN_SECONDS},
 * {@code MANAGEMENT_HOST}, {@code MANAGEMENT_PORT}, {@code NODE_NAME}, {@code MEETING_LEASE_SECONDS},
 * {@code CLUSTER_NAME}, {@code CLUSTER_MEMBERS}, {@code CLUSTER_HOST}, {@code CLUSTER_PORT}, {@code CLUSTER_BUS_PORT}, and
 * {@code LAGET_RUNT_CONFIG} for another file.
 */
public record AppConfig(
    String host,
    int port,
    String configuredPublicUrl,
    Set<String> configuredOrigins,
    String databaseUrl,
    int poolSize,
    Path dataDir,
    Path webroot,
    String jwtSecret,
    long sessionSeconds,
    long sessionMaxSeconds,
    long loginLinkSeconds,
    boolean printFirstEnablerLink,
    int maxMessageBytes,
    long helloTimeoutMillis,
    long idleTimeoutMillis,
    long requestTimeoutMillis,
    long maxBacklogBytes,
    long roomIdleMillis,
    int catchUpEvents,
    SmtpMailer.Settings smtp,
    TurnServers turn,
    Operations operations,
    Cluster cluster) {

  /**
   * Several nodes on one database: this node's name (null: this machine's host name and port),
   * how long its claim on a live meeting lasts unless renewed – how long a meeting waits for
   * another node after this one dies – and the cluster the nodes form: its name, the members'
   * Hazelcast addresses (none: one node, and nothing of Hazelcast starts), and this node's address
   * and ports for Hazelcast and for the event bus (0: any free one).
   */
  public record Cluster(String node, long leaseMillis, String name, List<String> members, String host, int port,
      int busPort) {
    /** Whether this node is one of several: members are configured. */
    public boolean enabled() {
      return !members.isEmpty();
    }

    /** This node's name as it claims meetings: the configured one, or host and port, which a restart keeps. */
    public String nodeName(int httpPort) {
      if (node != null) {
        return node;
      }
      try {
        return java.net.InetAddress.getLocalHost().getHostName() + ":" + httpPort;
      } catch (java.net.UnknownHostException e) {
        return "localhost:" + httpPort;
      }
    }
  }

  /**
   * What only those who run the server see: how long readiness says "draining" before a stop, and
   * the management port for metrics: none when not configured ({@link #NO_PORT}), 0 for any free one;
   * how long ended sign-ins and dead links, whole meetings, and how submitted minutes were typed,
   * are kept (0: for ever); whether people are reminded by e-mail the day before a meeting.
   */
  public record Operations(long drainMillis, String managementHost, int managementPort, int linkRetentionDays,
      int meetingRetentionYears, int typedMinutesMonths, boolean meetingReminders) {
    public static final int NO_PORT = -1;

    public boolean metricsEnabled() {
      return managementPort != NO_PORT;
    }
  }

  public static AppConfig load(Map<String, String> env) throws IOException {
    Path file = file(env);
    JsonNode root = Files.exists(file) ? Json.MAPPER.readTree(file.toFile()) : Json.object();
    return from(root, env);
  }

  private static Path file(Map<String, String> env) {
    return Path.of(env.getOrDefault("LAGET_RUNT_CONFIG", "config/laget-runt.json"));
  }

  /** Where the settings come from, for the log at start: the file, and the names (only) of the variables set. */
  public static String source(Map<String, String> env) {
    Path file = file(env);
    return "Configuration: " + file.toAbsolutePath() + (Files.exists(file) ? "" : " (not found: defaults)")
        + ", then the environment: " + SETTINGS_FROM_ENVIRONMENT.stream().filter(env::containsKey).sorted().toList();
  }

  /** Every environment variable the server reads (the names only are ever logged). */
  static final List<String> SETTINGS_FROM_ENVIRONMENT = List.of("PORT", "HOST", "PUBLIC_URL", "ALLOWED_ORIGINS",
      "DATABASE_URL", "DB_POOL_SIZE", "DATA_DIR", "WEBROOT", "JWT_SECRET", "PRINT_LOGIN_LINK", "SMTP_HOST", "SMTP_PORT",
      "SMTP_USER", "SMTP_PASSWORD", "MAIL_FROM", "SMTP_STARTTLS", "SMTP_SSL", "TURN_URLS", "TURN_SECRET", "DRAIN_SECONDS",
      "MANAGEMENT_HOST", "MANAGEMENT_PORT", "LAGET_RUNT_CONFIG", "LOG_FORMAT", "LOG_LEVEL", "ACCESS_LOG", "PG_BIN",
      "RETENTION_LINK_DAYS", "RETENTION_MEETING_YEARS", "RETENTION_TYPED_MINUTES_MONTHS", "NODE_NAME",
      "MEETING_LEASE_SECONDS", "CLUSTER_NAME", "CLUSTER_MEMBERS", "CLUSTER_HOST", "CLUSTER_PORT", "CLUSTER_BUS_PORT");


  public static AppConfig from(JsonNode root, Map<String, String> env) {
    JsonNode http = root.path("http");
    JsonNode db = root.path("database");
    JsonNode auth = root.path("auth");
    JsonNode limits = root.path("limits");
    int port = Integer.parseInt(env.getOrDefault("PORT", http.path("port").asText("8080")));
    String publicUrl = nonBlank(env.getOrDefault("PUBLIC_URL", http.path("publicUrl").asText(null)));
    Set<String> origins = new LinkedHashSet<>();
    http.path("allowedOrigins").forEach(node -> origins.add(stripSlash(node.asText())));
    if (env.containsKey("ALLOWED_ORIGINS")) {
      Arrays.stream(env.get("ALLOWED_ORIGINS").split(",")).map(String::strip).filter(s -> !s.isEmpty())
          .map(AppConfig::stripSlash).forEach(origins::add);
    }
    return new AppConfig(
        env.getOrDefault("HOST", http.path("host").asText("0.0.0.0")),
        port,
        publicUrl == null ? null : stripSlash(publicUrl),
        origins,
        nonBlank(env.getOrDefault("DATABASE_URL", db.path("url").asText(null))),
        Integer.parseInt(env.getOrDefault("DB_POOL_SIZE", db.path("poolSize").asText("8"))),
        Path.of(env.getOrDefault("DATA_DIR", root.path("dataDir").asText("data"))),
        Path.of(env.getOrDefault("WEBROOT", root.path("webroot").asText("webroot"))),
        nonBlank(env.getOrDefault("JWT_SECRET", auth.path("jwtSecret").asText(null))),
        auth.path("sessionDays").asLong(30) * 86_400,
        auth.path("sessionMaxDays").asLong(365) * 86_400,
        auth.path("loginLinkDays").asLong(0) * 86_400,
        Boolean.parseBoolean(env.getOrDefault("PRINT_LOGIN_LINK", auth.path("printFirstEnablerLink").asText("true"))),
        messageLimit(limits.path("maxMessageBytes").asInt(MIN_MESSAGE_BYTES)),
        limits.path("helloTimeoutSeconds").asLong(10) * 1000,
        limits.path("idleTimeoutSeconds").asLong(60) * 1000,
        limits.path("requestSeconds").asLong(20) * 1000,
        limits.path("maxBacklogBytes").asLong(2 * 1024 * 1024),
        limits.path("roomIdleSeconds").asLong(60) * 1000,
        limits.path("maxCatchUpEvents").asInt(20_000),
        smtp(root.path("mail"), env),
        turn(root.path("voice"), env),
        operations(root.path("operations"), env),
        cluster(root.path("cluster"), env));
  }

  private static Cluster cluster(JsonNode cluster, Map<String, String> env) {
    List<String> members = new ArrayList<>();
    cluster.path("members").forEach(node -> members.add(node.asText()));
    if (env.containsKey("CLUSTER_MEMBERS")) {
      members.clear();
      Arrays.stream(env.get("CLUSTER_MEMBERS").split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(members::add);
    }
    return new Cluster(
        nonBlank(env.getOrDefault("NODE_NAME", cluster.path("node").asText(null))),
        Long.parseLong(env.getOrDefault("MEETING_LEASE_SECONDS", cluster.path("leaseSeconds").asText("10"))) * 1000,
        env.getOrDefault("CLUSTER_NAME", cluster.path("name").asText("laget-runt")),
        List.copyOf(members),
        env.getOrDefault("CLUSTER_HOST", cluster.path("host").asText("127.0.0.1")),
        Integer.parseInt(env.getOrDefault("CLUSTER_PORT", cluster.path("port").asText("5701"))),
        Integer.parseInt(env.getOrDefault("CLUSTER_BUS_PORT", cluster.path("busPort").asText("0"))));
  }

  /**
   * Refuses settings a cluster cannot run on: every node must reach the same database and sign
   * sessions with the same key, which an embedded database and a key kept in one node's data
   * folder are not.
   */
  public AppConfig checkedForCluster() {
    if (cluster.enabled() && databaseUrl == null) {
      throw new IllegalArgumentException("a cluster (CLUSTER_MEMBERS) needs DATABASE_URL: the embedded database is one node's own");
    }
    if (cluster.enabled() && jwtSecret == null) {
      throw new IllegalArgumentException("a cluster (CLUSTER_MEMBERS) needs JWT_SECRET, the same on every node");
    }
    return this;
  }

  private static Operations operations(JsonNode operations, Map<String, String> env) {
    return new Operations(
        Long.parseLong(env.getOrDefault("DRAIN_SECONDS", operations.path("drainSeconds").asText("5"))) * 1000,
        env.getOrDefault("MANAGEMENT_HOST", operations.path("managementHost").asText("127.0.0.1")),
        Optional.ofNullable(nonBlank(env.getOrDefault("MANAGEMENT_PORT", operations.path("managementPort").asText(null))))
            .map(Integer::parseInt).orElse(Operations.NO_PORT),
        Integer.parseInt(env.getOrDefault("RETENTION_LINK_DAYS", operations.path("linkRetentionDays").asText("90"))),
        Integer.parseInt(env.getOrDefault("RETENTION_MEETING_YEARS", operations.path("meetingRetentionYears").asText("5"))),
        Integer.parseInt(env.getOrDefault("RETENTION_TYPED_MINUTES_MONTHS", operations.path("typedMinutesMonths").asText("6"))),
        Boolean.parseBoolean(env.getOrDefault("MEETING_REMINDERS", operations.path("meetingReminders").asText("true"))));
  }

  /** The TURN relays for calls, from the config's "voice" section or TURN_URLS / TURN_SECRET; none by default. */
  private static TurnServers turn(JsonNode voice, Map<String, String> env) {
    List<String> urls = new ArrayList<>();
    voice.path("turnUrls").forEach(node -> urls.add(node.asText()));
    if (env.containsKey("TURN_URLS")) {
      urls.clear();
      Arrays.stream(env.get("TURN_URLS").split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(urls::add);
    }
    return new TurnServers(urls, nonBlank(env.getOrDefault("TURN_SECRET", voice.path("turnSecret").asText(null))),
        voice.path("relayOnly").asBoolean(false), Duration.ofHours(voice.path("credentialHours").asLong(12)));
  }

  /** The web page's largest message (a push of 16,000 characters) is just under 50 KB. */
  static final int MIN_MESSAGE_BYTES = 65_536;

  private static int messageLimit(int bytes) {
    if (bytes < MIN_MESSAGE_BYTES) {
      throw new IllegalArgumentException("limits.maxMessageBytes must be at least " + MIN_MESSAGE_BYTES
          + ": the web page sends messages of up to 50 KB");
    }
    return bytes;
  }

  /** SMTP settings, or null when no SMTP host is configured (then no e-mail is sent). */
  private static SmtpMailer.Settings smtp(JsonNode mail, Map<String, String> env) {
    String host = nonBlank(env.getOrDefault("SMTP_HOST", mail.path("smtpHost").asText(null)));
    if (host == null) {
      return null;
    }
    return new SmtpMailer.Settings(
        host,
        Integer.parseInt(env.getOrDefault("SMTP_PORT", mail.path("smtpPort").asText("587"))),
        nonBlank(env.getOrDefault("SMTP_USER", mail.path("username").asText(null))),
        nonBlank(env.getOrDefault("SMTP_PASSWORD", mail.path("password").asText(null))),
        env.getOrDefault("MAIL_FROM", mail.path("from").asText("Laget Runt <noreply@localhost>")),
        env.getOrDefault("SMTP_STARTTLS", mail.path("startTls").asText("optional")),
        Boolean.parseBoolean(env.getOrDefault("SMTP_SSL", mail.path("ssl").asText("false"))));
  }

  /**
   * Where people reach the server: the configured public URL, or else this machine on the port it
   * listens on (which is known only once it listens, when the port is 0).
   */
  public String publicUrl() {
    return configuredPublicUrl != null ? configuredPublicUrl : "http://localhost:" + port;
  }

  /** The public URL's origin and any others configured: the only pages that may open a socket. */
  public Set<String> allowedOrigins() {
    Set<String> origins = new LinkedHashSet<>();
    origins.add(originOf(publicUrl()));
    origins.addAll(configuredOrigins);
    return origins;
  }

  /** The same settings on the port the server got (port 0 asks the system for a free one). */
  public AppConfig listeningOn(int actualPort) {
    return new AppConfig(host, actualPort, configuredPublicUrl, configuredOrigins, databaseUrl, poolSize, dataDir,
        webroot, jwtSecret, sessionSeconds, sessionMaxSeconds, loginLinkSeconds, printFirstEnablerLink, maxMessageBytes,
        helloTimeoutMillis, idleTimeoutMillis, requestTimeoutMillis, maxBacklogBytes, roomIdleMillis, catchUpEvents, smtp, turn, operations, cluster);
  }

  /**
   * The same settings on a port of this machine (0: any free one), another database and data
   * directory, reached at localhost: what tests start.
   */
  public AppConfig onThisMachine(int newPort, String newDatabaseUrl, Path newDataDir) {
    return new AppConfig(host, newPort, null, configuredOrigins, newDatabaseUrl, poolSize, newDataDir, webroot,
        jwtSecret, sessionSeconds, sessionMaxSeconds, loginLinkSeconds, printFirstEnablerLink, maxMessageBytes, helloTimeoutMillis,
        idleTimeoutMillis, requestTimeoutMillis, maxBacklogBytes, roomIdleMillis, catchUpEvents, smtp, turn, operations, cluster);
  }

  public AppConfig withJwtSecret(String secret) {
    return new AppConfig(host, port, configuredPublicUrl, configuredOrigins, databaseUrl, poolSize, dataDir, webroot,
        secret, sessionSeconds, sessionMaxSeconds, loginLinkSeconds, printFirstEnablerLink, maxMessageBytes, helloTimeoutMillis,
        idleTimeoutMillis, requestTimeoutMillis, maxBacklogBytes, roomIdleMillis, catchUpEvents, smtp, turn, operations, cluster);
  }

  /**
   * The settings in effect, for the log at start: every one an operator may need to check, and
   * no secret – passwords and keys say only whether they are set.
   */
  public String describe() {
    return String.join("\n  ", List.of("Settings in effect:",
        "listening on " + host + ":" + port + ", public URL " + publicUrl() + ", socket origins " + allowedOrigins(),
        "database " + (databaseUrl == null ? "embedded in " + dataDir.resolve("postgres") : withoutPassword(databaseUrl))
            + ", pool " + poolSize,
        "data " + dataDir + ", pages " + webroot,
        "session signing key " + (jwtSecret == null ? "from " + dataDir.resolve("jwt-secret") : "set (not shown)")
            + ", sessions " + sessionSeconds / 86_400 + " days unused, " + sessionMaxSeconds / 86_400 + " at most",
        "mail " + (smtp == null ? "off" : smtp.host() + ":" + smtp.port() + (smtp.username() == null ? "" : " as " + smtp.username())
            + (smtp.password() == null ? "" : " (password set)") + ", from " + smtp.from()),
        "voice relays " + (turn.urls().isEmpty() ? "none" : turn.urls() + (turn.secret() == null ? "" : " (secret set)")),
        "limits: messages " + maxMessageBytes + " B, hello " + helloTimeoutMillis / 1000 + " s, idle " + idleTimeoutMillis / 1000
            + " s, requests " + requestTimeoutMillis / 1000 + " s",
        "metrics " + (operations.metricsEnabled() ? "on " + operations.managementHost() + ":" + operations.managementPort() : "off")
            + ", drain " + operations.drainMillis() / 1000 + " s",
        "kept: ended sign-ins and dead links " + kept(operations.linkRetentionDays(), "days")
            + ", meetings " + kept(operations.meetingRetentionYears(), "years")
            + ", how submitted minutes were typed " + kept(operations.typedMinutesMonths(), "months"),
        "node " + cluster.nodeName(port) + ", meeting leases " + cluster.leaseMillis() / 1000 + " s, "
            + (cluster.enabled() ? "cluster " + cluster.name() + " of " + cluster.members() + " as " + cluster.host() + ":"
                + cluster.port() : "no cluster")));
  }

  private static String kept(int count, String unit) {
    return count <= 0 ? "for ever" : count + " " + unit;
  }

  /** A database URL with its password, if any, replaced. */
  static String withoutPassword(String url) {
    return url.replaceFirst("^([a-z]+://[^:/@]+):[^@]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  static String originOf(String url) {
    URI uri = URI.create(url);
    String origin = uri.getScheme() + "://" + uri.getHost();
    return uri.getPort() == -1 ? origin : origin + ":" + uri.getPort();
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static String nonBlank(String value) {
    return value == null || value.isBlank() || "null".equals(value) ? null : value;
  }
}

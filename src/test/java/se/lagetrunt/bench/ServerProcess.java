package se.lagetrunt.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server under test in a process of its own (the fat jar), pinned to one core with taskset
 * where there is one, so its CPU time and heap can be read apart from the load generator's.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
  private final Process process;
  final int port;
  final String pinnedTo;

  private ServerProcess(Process process, int port, String pinnedTo) {
    this.process = process;
    this.port = port;
    this.pinnedTo = pinnedTo;
  }

  static ServerProcess start(String databaseUrl, String jwtSecret, int port, String core) throws Exception {
    return start(databaseUrl, jwtSecret, port, core, java.util.Map.of());
  }

  /** The same with more settings (a node of a cluster); its log goes to target/bench-server-PORT.log then. */
  static ServerProcess start(String databaseUrl, String jwtSecret, int port, String core, java.util.Map<String, String> more)
      throws Exception {
    Path jar = Path.of("target/laget-runt.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException("Build the server first: mvn -B -q -DskipTests package");
    }
    List<String> command = new ArrayList<>();
    boolean pinned = core != null && Files.exists(Path.of("/usr/bin/taskset"));
    if (pinned) {
      command.addAll(List.of("taskset", "-c", core));
    }
    command.addAll(List.of("java", "-XX:+UseG1GC"));
    if (Boolean.getBoolean("bench.jfr")) {
      // A flight recording of the server for the whole run: `jfr print --events jdk.ExecutionSample`.
      command.add("-XX:StartFlightRecording=filename=target/bench-server.jfr,settings=profile,dumponexit=true");
    }
    command.addAll(List.of("-jar", jar.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(Path.of(more.isEmpty() ? "target/bench-server.log" : "target/bench-server-" + port + ".log").toFile());
    builder.environment().put("DATABASE_URL", databaseUrl);
    builder.environment().put("JWT_SECRET", jwtSecret);
    builder.environment().put("PORT", String.valueOf(port));
    builder.environment().put("PUBLIC_URL", "http://localhost:" + port);
    builder.environment().put("PRINT_LOGIN_LINK", "false");
    builder.environment().put("DB_POOL_SIZE", "8");
    builder.environment().putAll(more);
    ServerProcess server = new ServerProcess(builder.start(), port, pinned ? "core " + core : "not pinned");
    server.awaitHealthy();
    return server;
  }

  private void awaitHealthy() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < 600; i++) {
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("the server stopped; see target/bench-server.log");
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the server did not become healthy; see target/bench-server.log");
  }

  /** CPU seconds the server process has used (user + system). */
  double cpuSeconds() throws IOException {
    return CpuTime.of(process.pid());
  }

  /** Heap in use after a full collection, in KiB (jcmd). */
  long heapAfterGcKiB() throws Exception {
    jcmd("GC.run");
    Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
    if (!used.find()) {
      throw new IllegalStateException("no heap figure from jcmd");
    }
    return Long.parseLong(used.group(1));
  }

  /** The heap's largest classes by bytes (jcmd GC.class_histogram), for finding what a socket costs. */
  String histogram(int lines) throws Exception {
    return String.join("\n", jcmd("GC.class_histogram").lines().limit(lines + 3).toList());
  }

  private String jcmd(String command) throws Exception {
    Process jcmd = new ProcessBuilder("jcmd", String.valueOf(process.pid()), command).redirectErrorStream(true).start();
    String out = new String(jcmd.getInputStream().readAllBytes());
    jcmd.waitFor();
    return out;
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    process.waitFor();
  }
}

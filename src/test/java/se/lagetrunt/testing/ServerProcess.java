package se.lagetrunt.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server as an operator runs it: {@code Main} in a process of its own, on this build's
 * classes, with the environment the test gives. What it prints is kept for the test to read;
 * {@link #port} is the one it listens on.
 */
public final class ServerProcess implements AutoCloseable {
  /** Where it listens (the public URL may be a proxy's), and then the banner that says it is ready. */
  private static final Pattern LISTENING = Pattern.compile("listening on [^ ]+:(\\d+),");
  private static final Pattern OPEN = Pattern.compile("Open: https?://");
  private volatile int listening = -1;
  private final Process process;
  private final List<String> output = new CopyOnWriteArrayList<>();
  private final CompletableFuture<Integer> port = new CompletableFuture<>();

  private ServerProcess(Process process) {
    this.process = process;
    Thread reader = new Thread(this::read, "server-process-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code Main} with the project's config and webroot and what {@code env} adds; waits until it listens. */
  public static ServerProcess start(Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "se.lagetrunt.app.Main").redirectErrorStream(true);
    builder.environment().remove("DATABASE_URL");
    builder.environment().putAll(Map.of("PORT", "0", "PRINT_LOGIN_LINK", "false",
        "LAGET_RUNT_CONFIG", "config/laget-runt.json", "WEBROOT", "webroot"));
    builder.environment().putAll(env);
    ServerProcess server = new ServerProcess(builder.start());
    try {
      server.port.get(120, TimeUnit.SECONDS);
    } catch (Exception e) {
      server.close();
      throw new IllegalStateException("the server did not start:\n" + String.join("\n", server.output), e);
    }
    return server;
  }

  private void read() {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        output.add(line);
        synchronized (output) {
          output.notifyAll();
        }
        String text = line.startsWith("{") ? message(line) : line;
        Matcher at = LISTENING.matcher(text);
        if (at.find()) {
          listening = Integer.parseInt(at.group(1));
        }
        if (OPEN.matcher(text).find() && listening > 0) {
          port.complete(listening);
        }
      }
    } catch (java.io.IOException ended) {
      // the process is gone
    }
    port.completeExceptionally(new IllegalStateException("the server ended"));
  }

  /** A JSON log line's message (with LOG_FORMAT=json). */
  private static String message(String jsonLine) {
    try {
      return se.lagetrunt.protocol.Json.MAPPER.readTree(jsonLine).path("message").asText();
    } catch (java.io.IOException notJson) {
      return jsonLine;
    }
  }

  public int port() {
    return port.join();
  }

  public Process process() {
    return process;
  }

  /** Waits until it has printed a line that matches (each line wakes this up); false if none did in {@code wait}. */
  public boolean awaitOutput(java.util.function.Predicate<String> wanted, java.time.Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    synchronized (output) {
      while (output.stream().noneMatch(wanted)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        output.wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }

  /** Everything it printed so far. */
  public List<String> output() {
    return List.copyOf(output);
  }

  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package se.lagetrunt.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A server killed outright (kill -9, a crashed JVM) leaves its embedded Postgres running on the
 * data folder, and the next start would wait for a server that cannot start beside it, and fail.
 * Before starting, the postmaster named in the folder's {@code postmaster.pid} is stopped if it
 * still runs and is a Postgres of this very folder: first as Postgres asks (SIGTERM, a smart
 * shutdown – its clients died with the old server), by force only if it does not go. What it had
 * committed is in its WAL either way, so nothing acknowledged is lost.
 */
final class LeftoverPostgres {
  private static final Logger LOG = Logger.getLogger(LeftoverPostgres.class.getName());
  private static final Duration POLITE = Duration.ofSeconds(30);

  private LeftoverPostgres() {}

  static void stop(Path pgData) throws IOException {
    Optional<ProcessHandle> left = running(pgData);
    if (left.isEmpty()) {
      return;
    }
    ProcessHandle postmaster = left.get();
    LOG.warning("A Postgres from an earlier run still serves " + pgData + " (pid " + postmaster.pid()
        + "): stopping it before starting anew.");
    postmaster.destroy();
    try {
      postmaster.onExit().get(POLITE.toSeconds(), TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException stuck) {
      LOG.warning("It did not stop in " + POLITE.toSeconds() + " s; ending it by force (its WAL keeps what it committed).");
      postmaster.destroyForcibly();
      postmaster.onExit().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping a leftover Postgres", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("could not stop a leftover Postgres", e);
    }
  }

  /** The live postmaster of this folder, by its pid file – only if it is a Postgres started on this folder. */
  static Optional<ProcessHandle> running(Path pgData) throws IOException {
    Path pidFile = pgData.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    if (lines.size() < 2) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).strip());
    } catch (NumberFormatException notAPid) {
      return Optional.empty();
    }
    String folder = lines.get(1).strip();
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false))
        .filter(process -> samePlace(Path.of(folder), pgData));
  }

  private static boolean samePlace(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException gone) {
      return false;
    }
  }
}

package se.lagetrunt.app;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts Laget Runt with config/laget-runt.json and the environment, and says where to go. */
public final class Main {
  private static final Logger LOG = Logger.getLogger(Main.class.getName());
  private static final org.slf4j.Logger SHUTDOWN_LOG = org.slf4j.LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) throws java.io.IOException {
    Logging.inOneStream();
    if (args.length > 0) {
      System.exit(command(args, System.getenv()));
    }
    LagetRunt server;
    try {
      LOG.info(AppConfig.source(System.getenv()));
      server = LagetRunt.start(AppConfig.load(System.getenv()));
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "Laget Runt could not start: " + e.getMessage(), e);
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        long drain = server.config().operations().drainMillis();
        if (drain > 0) {
          server.drain();
          // Through SLF4J: java.util.logging shuts itself down at the same moment, Logback does not.
          SHUTDOWN_LOG.info("Stopping: not ready for new people; serving " + drain / 1000 + " s more, then closing.");
          Thread.sleep(drain);
        }
        server.stop();
      } catch (Exception e) {
        SHUTDOWN_LOG.warn("unclean shutdown", e);
      }
    }, "laget-runt-shutdown"));

    StringBuilder banner = new StringBuilder()
        .append("\n  Laget Runt is running.\n")
        .append("  Open: ").append(server.url()).append("/\n");
    // One node of a cluster prints it: each start replaces the link the last one printed.
    if (server.config().printFirstEnablerLink() && server.speaksForCluster()) {
      try {
        LagetRunt.await(FirstEnabler.loginLink(server.services().people(), server.services().links(),
                server.services().outbox().enabled()))
            .ifPresentOrElse(link -> banner
                    .append("  Sign in as the first enabler with this personal link (keep it to yourself;\n")
                    .append("  it replaces the one printed at the last start):\n")
                    .append("  ").append(link).append("\n"),
                () -> banner.append("  Enablers sign in with a link sent to their e-mail address, from the start page.\n"));
      } catch (Exception e) {
        LOG.log(Level.WARNING, "could not make a login link", e);
      }
    }
    if (Logging.json()) {
      LOG.info(banner.toString().strip()); // a log collector reads only JSON lines
    } else {
      System.out.println(banner);
    }
  }

  /** The jar's commands besides running the server; the exit code to end with. */
  static int command(String[] args, java.util.Map<String, String> env) throws java.io.IOException {
    AppConfig config = AppConfig.load(env);
    Backup backup = new Backup(config, Backup.pgBin(env));
    try {
      switch (args[0]) {
        case "health" -> {
          return HealthCheck.run(config, java.time.Duration.ofSeconds(4));
        }
        case "backup" -> backup.backup(java.nio.file.Path.of(argument(args)));
        case "restore" -> backup.restore(java.nio.file.Path.of(argument(args)), java.util.List.of(args).contains("--replace"));
        default -> throw new IllegalArgumentException("unknown command " + args[0]);
      }
      return 0;
    } catch (Exception e) {
      System.err.println(args[0] + ": " + e.getMessage());
      System.err.println("Usage: java -jar laget-runt.jar [health | backup FILE | restore FILE [--replace]]");
      return 1;
    }
  }

  private static String argument(String[] args) {
    return java.util.Arrays.stream(args).skip(1).filter(arg -> !arg.startsWith("--")).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("which file?"));
  }
}

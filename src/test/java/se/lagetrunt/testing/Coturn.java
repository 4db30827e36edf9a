package se.lagetrunt.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real TURN relay for tests: Debian's coturn on loopback, with the shared-secret scheme the
 * server's credentials follow (.ci/run installs it). TCP only, as a relay through a municipal
 * firewall would be reached.
 */
public final class Coturn implements AutoCloseable {
  /** The shared secret the tests' relay and servers agree on. */
  public static final String SECRET = "relay-secret-for-tests-0123456789";
  private final Process process;
  private final int port;

  private Coturn(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** One relay per test class: {@code @RegisterExtension static final Coturn.PerClass relay = Coturn.perClass();} */
  public static PerClass perClass() {
    return new PerClass();
  }

  /** A relay with {@link #SECRET}, started before the class's tests and stopped after them. */
  public static final class PerClass implements BeforeAllCallback, AfterAllCallback {
    private Coturn coturn;

    @Override
    public void beforeAll(ExtensionContext context) {
      coturn = start(SECRET);
    }

    @Override
    public void afterAll(ExtensionContext context) {
      coturn.close();
    }

    public String url() {
      return coturn.url();
    }
  }

  public static Coturn start(String secret) {
    int port = freePort();
    try {
      Process process = new ProcessBuilder(List.of("turnserver", "-n", "--listening-ip=127.0.0.1", "--relay-ip=127.0.0.1",
          "--listening-port=" + port, "--use-auth-secret", "--static-auth-secret=" + secret, "--realm=lagetrunt.test",
          "--no-tls", "--no-dtls", "--no-udp", "--allow-loopback-peers", "--no-cli", "--log-file=stdout", "--simple-log",
          "--min-port=49152", "--max-port=65535"))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      Coturn coturn = new Coturn(process, port);
      coturn.awaitListening();
      return coturn;
    } catch (IOException e) {
      throw new IllegalStateException("coturn did not start (apt-get install coturn)", e);
    }
  }

  /** The relay's address as a browser is given it. */
  public String url() {
    return "turn:127.0.0.1:" + port + "?transport=tcp";
  }

  private void awaitListening() {
    for (int attempt = 0; attempt < 100; attempt++) {
      if (!process.isAlive()) {
        throw new IllegalStateException("coturn exited with " + process.exitValue());
      }
      try (Socket probe = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        try {
          process.waitFor(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
    throw new IllegalStateException("coturn did not listen on " + port);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
  }
}

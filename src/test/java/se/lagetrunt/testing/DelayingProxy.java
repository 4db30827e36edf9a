package se.lagetrunt.testing;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import java.util.ArrayDeque;
import java.util.Random;

/**
 * A slow link for tests: a TCP proxy on localhost that holds every chunk, each way, for a random
 * 150–400 ms (or what the test asks), in order, as a municipal VPN or a weak mobile connection
 * does. Pages, WebSockets and SockJS's HTTP requests all go through it unchanged, only late; a
 * fast loopback hides the races our users meet.
 */
public final class DelayingProxy implements AutoCloseable {
  private final Vertx vertx = Vertx.vertx();
  private final NetClient client = vertx.createNetClient();
  private final NetServer netServer;
  private final int minMillis;
  private final int maxMillis;
  private final Random random;
  private final int port;
  private volatile int targetPort;

  public DelayingProxy(int minMillis, int maxMillis, long seed) {
    this.minMillis = minMillis;
    this.maxMillis = maxMillis;
    this.random = new Random(seed);
    this.netServer = vertx.createNetServer().connectHandler(this::accept);
    this.port = TestServer.await(netServer.listen(0, "localhost")).actualPort();
  }

  /** The proxy's own address, to give the browser (and to allow as an origin). */
  public String url() {
    return "http://localhost:" + port;
  }

  public void forwardTo(int serverPort) {
    targetPort = serverPort;
  }

  private void accept(NetSocket in) {
    in.pause();
    client.connect(targetPort, "localhost").onComplete(connected -> {
      if (connected.failed()) {
        in.close();
        return;
      }
      NetSocket out = connected.result();
      Pipe up = new Pipe(out);
      Pipe down = new Pipe(in);
      in.handler(up::add);
      out.handler(down::add);
      in.closeHandler(v -> up.end());
      out.closeHandler(v -> down.end());
      in.resume();
    });
  }

  private synchronized long delay() {
    return minMillis + random.nextInt(maxMillis - minMillis + 1);
  }

  private static long nowMillis() {
    return System.nanoTime() / 1_000_000;
  }

  /** One direction of one connection: chunks leave in the order they came, each once its time is up. */
  private final class Pipe {
    private record Held(long due, Buffer data) {}

    private final NetSocket to;
    private final ArrayDeque<Held> held = new ArrayDeque<>();
    private long lastDue;
    private boolean timerSet;

    Pipe(NetSocket to) {
      this.to = to;
    }

    void add(Buffer data) {
      hold(data);
    }

    /** The other side closed: close this one once everything before has gone out. */
    void end() {
      hold(null);
    }

    private synchronized void hold(Buffer data) {
      long due = Math.max(lastDue, nowMillis() + delay());
      lastDue = due;
      held.add(new Held(due, data == null ? null : data.copy()));
      schedule();
    }

    private synchronized void schedule() {
      if (timerSet || held.isEmpty()) {
        return;
      }
      timerSet = true;
      vertx.setTimer(Math.max(1, held.peek().due() - nowMillis()), t -> release());
    }

    private synchronized void release() {
      timerSet = false;
      long now = nowMillis();
      while (!held.isEmpty() && held.peek().due() <= now) {
        Held next = held.poll();
        if (next.data() == null) {
          to.close();
        } else {
          to.write(next.data());
        }
      }
      schedule();
    }
  }

  @Override
  public void close() {
    TestServer.await(vertx.close());
  }
}

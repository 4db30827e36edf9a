package se.lagetrunt.transport;

import se.lagetrunt.protocol.Farewell;
import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.streams.WriteStream;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import io.vertx.ext.web.handler.sockjs.SockJSHandler;
import io.vertx.ext.web.handler.sockjs.SockJSHandlerOptions;
import io.vertx.ext.web.handler.sockjs.SockJSSocket;
import io.vertx.ext.web.handler.sockjs.Transport;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;
import se.lagetrunt.auth.MeetingGate;
import se.lagetrunt.auth.SessionRevoker;
import se.lagetrunt.protocol.Json;
import se.lagetrunt.room.RoomDirectory;

/**
 * The two ways in: a native WebSocket at {@code /ws} and SockJS at {@code /sockjs} for networks
 * that block the upgrade. Both end in the same {@link ClientSession}. SockJS is limited to its
 * WebSocket and XHR transports: JSONP and htmlfile would run our replies as script in the page.
 */
public final class SocketEndpoints implements SessionRevoker {
  private static final Logger LOG = Logger.getLogger(SocketEndpoints.class.getName());
  public static final String WEBSOCKET_PATH = "/ws";
  public static final String SOCKJS_PATH = "/sockjs";
  public static final String WEBSOCKET = "websocket";
  public static final String SOCKJS = "sockjs";
  private static final long SWEEP_MILLIS = 5_000;
  private static final long CLOSE_GRACE_MILLIS = 3_000;

  private final Vertx vertx;
  private final MeetingGate gate;
  private final RoomDirectory rooms;
  private final TransportSettings settings;
  private final Clock clock;
  private final Set<ClientSession> sessions = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> openByTransport = Map.of(WEBSOCKET, new AtomicInteger(), SOCKJS, new AtomicInteger());
  private long sweepTimer = -1;

  public SocketEndpoints(Vertx vertx, MeetingGate gate, RoomDirectory rooms, TransportSettings settings, Clock clock) {
    this.vertx = vertx;
    this.gate = gate;
    this.rooms = rooms;
    this.settings = settings;
    this.clock = clock;
  }

  public void mount(Router router) {
    OriginGuard originGuard = new OriginGuard(settings.allowedOrigins());
    router.route(WEBSOCKET_PATH).handler(originGuard).handler(ctx ->
        ctx.request().toWebSocket().onSuccess(this::acceptWebSocket).onFailure(error -> ctx.fail(400, error)))
        .failureHandler(SocketEndpoints::refusedAtTheDoor);

    SockJSHandlerOptions options = new SockJSHandlerOptions()
        .setInsertJSESSIONID(false)
        .setHeartbeatInterval(25_000)
        .addDisabledTransport(Transport.JSON_P.name())
        .addDisabledTransport(Transport.HTML_FILE.name())
        .addDisabledTransport(Transport.EVENT_SOURCE.name());
    CorsHandler strictCors = CorsHandler.create().addOrigins(settings.allowedOrigins().stream().toList());
    router.route(SOCKJS_PATH + "/*")
        .handler(strictCors)
        // The limit of a message applies to each message, once decoded, as on /ws; a POST may carry
        // several, and sockjs-client writes every non-ASCII character as a six-byte escape.
        .handler(BodyHandler.create(false).setBodyLimit(16L * settings.maxMessageBytes()))
        .handler(originGuard)
        .handler(SocketEndpoints::wellFramed);
    router.route(SOCKJS_PATH + "/*").subRouter(SockJSHandler.create(vertx, options).socketHandler(this::acceptSockJs));
    router.route(SOCKJS_PATH + "/*").failureHandler(SocketEndpoints::refusedAtTheDoor);
    sweepTimer = vertx.setPeriodic(SWEEP_MILLIS, t -> {
      long now = ClientSession.monotonicMillis();
      sessions.forEach(session -> session.closeIfIdle(now));
    });
  }

  /**
   * A request refused before it became a connection – a foreign origin (CORS, 403), not a
   * WebSocket handshake (400), a body over the limit (413) – is answered with its status, and one
   * whose connection went while it was read is let go; neither is logged as a server error: a
   * blocked probe from another site or a vanished browser is no fault of ours.
   */
  private static void refusedAtTheDoor(RoutingContext ctx) {
    if (ctx.failure() instanceof IOException || ctx.failure() instanceof HttpClosedException) {
      // The browser went mid-request (a closed lid, a lost network): an ordinary end, not a fault.
      LOG.log(Level.FINE, "a socket request ended with its connection", ctx.failure());
      return;
    }
    if (ctx.statusCode() < 400 || ctx.statusCode() >= 500) {
      ctx.next(); // a real failure: the default handler logs it and answers 500
      return;
    }
    if (!ctx.response().ended()) {
      ctx.response().setStatusCode(ctx.statusCode()).putHeader("Content-Type", "text/plain").end("refused");
    }
  }

  /**
   * A SockJS send must be a JSON array of strings (the messages). Anything else is answered as
   * the SockJS protocol says, "Broken JSON encoding.", before it reaches Vert.x's SockJS code –
   * which would take a {@code null} in the array for a message and fail on it – and the session
   * goes on.
   */
  private static void wellFramed(RoutingContext ctx) {
    if (!ctx.request().path().endsWith("/xhr_send")) {
      ctx.next();
      return;
    }
    boolean ok;
    try {
      JsonNode body = Json.read(ctx.body().asString());
      ok = body.isArray() && StreamSupport.stream(body.spliterator(), false).allMatch(JsonNode::isTextual);
    } catch (RuntimeException | IOException notJson) {
      ok = false;
    }
    if (ok) {
      ctx.next();
    } else {
      ctx.response().setStatusCode(500).putHeader("Content-Type", "text/plain; charset=UTF-8").end("Broken JSON encoding.");
    }
  }

  /** Open connections, for health and the benchmark. */
  public int openSessions() {
    return sessions.size();
  }

  /** Open connections of one transport ({@link #WEBSOCKET} or {@link #SOCKJS}), for the metrics. */
  public int openSessions(String transport) {
    return openByTransport.get(transport).get();
  }

  /** Tells every connection that is not in a room (rooms close their own) that the server is going. */
  public void closeAll() {
    if (sweepTimer >= 0) {
      vertx.cancelTimer(sweepTimer);
    }
    sessions.forEach(session -> session.close(Farewell.SERVER_SHUTTING_DOWN));
  }

  /** Closes the person's sockets with 4003; if they may still be somewhere, hello finds out. */
  @Override
  public void endSessionsOf(UUID personId, Farewell farewell) {
    sessions.stream()
        .filter(session -> personId.equals(session.personId()))
        .forEach(session -> session.close(farewell));
  }

  @Override
  public void signedOut(java.util.Collection<UUID> sessionIds, Farewell farewell) {
    sessions.stream()
        .filter(session -> session.sessionId() != null && sessionIds.contains(session.sessionId()))
        .forEach(session -> session.close(farewell));
  }

  @Override
  public void rejoin(UUID personId, UUID meetingId, Farewell farewell) {
    sessions.stream()
        .filter(session -> personId.equals(session.personId()) && meetingId.equals(session.meetingId()))
        .forEach(session -> session.close(farewell));
  }

  private void acceptWebSocket(ServerWebSocket socket) {
    ClientSession session = register(WEBSOCKET, new StreamWire(socket) {
      @Override
      public void sendText(String text) {
        socket.writeTextMessage(text);
      }

      @Override
      public void close(short code, String reason) {
        socket.close(code, reason);
      }
    });
    TextMessages messages = new TextMessages(settings.maxMessageBytes(), session);
    socket.frameHandler(messages::frame);
    // A frame past the codec's hard cap is too big; anything else (a reset connection) is an
    // ordinary end, and the close handler follows.
    socket.exceptionHandler(error -> {
      if (error instanceof CorruptedWebSocketFrameException || error instanceof TooLongFrameException) {
        session.close(Farewell.MESSAGE_TOO_LARGE);
      }
    });
    socket.closeHandler(v -> unregister(WEBSOCKET, session));
  }

  private void acceptSockJs(SockJSSocket socket) {
    ClientSession session = register(SOCKJS, new StreamWire(socket) {
      private Future<Void> lastWrite = Future.succeededFuture();

      @Override
      public void sendText(String text) {
        lastWrite = socket.write(text);
      }

      /** SockJS drops unsent messages on close, so close once the last one (the bye) is out. */
      @Override
      public void close(short code, String reason) {
        long fallback = vertx.setTimer(CLOSE_GRACE_MILLIS, t -> socket.close(code, reason));
        lastWrite.onComplete(done -> {
          vertx.cancelTimer(fallback);
          socket.close(code, reason);
        });
      }
    });
    socket.handler(buffer -> session.onText(buffer.toString()));
    // A browser gone without a goodbye (a closed lid, a lost network) resets the request under
    // the session: an ordinary end of a connection, which the close handler takes care of.
    socket.exceptionHandler(error -> LOG.log(Level.FINE, "SockJS connection ended abruptly", error));
    socket.closeHandler(v -> unregister(SOCKJS, session));
  }

  /** The write-queue half of a wire, the same for both transports. */
  private abstract static class StreamWire implements WireSocket {
    private final WriteStream<?> stream;

    StreamWire(WriteStream<?> stream) {
      this.stream = stream;
    }

    @Override
    public boolean writeQueueFull() {
      try {
        return stream.writeQueueFull();
      } catch (IllegalStateException closed) {
        // The peer has gone and the close handler is on its way; nothing is queued for it any more.
        return false;
      }
    }

    @Override
    public void onDrain(Runnable handler) {
      stream.drainHandler(v -> handler.run());
    }
  }

  private ClientSession register(String transport, WireSocket wire) {
    ClientSession session = new ClientSession(wire, vertx, gate, rooms, settings, clock);
    sessions.add(session);
    openByTransport.get(transport).incrementAndGet();
    // To the millisecond, not at the next sweep: the hello timeout is what the protocol promises.
    vertx.setTimer(settings.helloTimeoutMillis(), t -> session.closeIfNoHello());
    return session;
  }

  private void unregister(String transport, ClientSession session) {
    sessions.remove(session);
    openByTransport.get(transport).decrementAndGet();
    session.onClosed();
  }
}

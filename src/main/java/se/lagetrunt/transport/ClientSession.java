package se.lagetrunt.transport;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import se.lagetrunt.auth.AccessDenied;
import se.lagetrunt.auth.Admission;
import se.lagetrunt.auth.MeetingGate;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.domain.Capabilities;
import se.lagetrunt.domain.AttendanceWindow;
import se.lagetrunt.protocol.ClientMessage;
import se.lagetrunt.protocol.ClientMessageParser;
import se.lagetrunt.protocol.Farewell;
import se.lagetrunt.protocol.ErrorCode;
import se.lagetrunt.protocol.ProtocolException;
import se.lagetrunt.protocol.ServerMessages;
import se.lagetrunt.room.ClientChannel;
import se.lagetrunt.room.Member;
import se.lagetrunt.room.MeetingRoom;
import se.lagetrunt.room.RoomDirectory;
import se.lagetrunt.room.RoomRetiredException;
import se.lagetrunt.store.MeetingInfo;

/**
 * One client connection through its life: waiting for hello, joining, joined, closed. It decodes
 * and validates every message, lets only a verified person into the one meeting they asked for at
 * hello, and from then on forwards commands to that meeting's room. The meeting is bound here,
 * on the server; a command can never choose it.
 *
 * <p>All message handling runs on the connection's own context; replies from the room may come
 * from another thread and are handed back to that context, so frames leave in the order sent.
 */
final class ClientSession implements ClientChannel {
  private enum Phase { AWAITING_HELLO, JOINING, JOINED, CLOSED }

  private static final int MAX_QUEUED_WHILE_JOINING = 32;
  private static final int MAX_STRIKES = 20;
  /**
   * Commands one connection may have waiting for their answer. Our page has a handful at most
   * (one minutes push per section, a click or two); a client past this is flooding the room's
   * queue, and is told to wait ({@code busy}) instead.
   */
  private static final int MAX_UNANSWERED = 128;

  private final WireSocket wire;
  private final Context context;
  private final MeetingGate gate;
  private final RoomDirectory rooms;
  private final TransportSettings settings;
  /** The server's clock, for whether joining now counts as attending. */
  private final Clock clock;
  private final ArrayDeque<String> queuedWhileJoining = new ArrayDeque<>();
  private final Outbox outbox = new Outbox();
  private volatile long lastHeard;
  private Phase phase = Phase.AWAITING_HELLO;
  private volatile UUID meetingId;
  private volatile UUID personId;
  private volatile boolean builtInVoice = true; // as the meeting was at join: a group may use its own call tool
  /** The device session the connection was opened with; ending it ends the connection. */
  private volatile UUID sessionId;
  private volatile MeetingRoom room;
  private int strikes;
  private final AtomicInteger unanswered = new AtomicInteger();
  /** Bytes written since the transport's write queue filled up, or -1 while it has room. */
  private long backlog = -1;

  ClientSession(WireSocket wire, Vertx vertx, MeetingGate gate, RoomDirectory rooms, TransportSettings settings,
      Clock clock) {
    this.wire = wire;
    this.context = vertx.getOrCreateContext();
    this.gate = gate;
    this.rooms = rooms;
    this.settings = settings;
    this.clock = clock;
    this.lastHeard = monotonicMillis();
  }

  /**
   * From this connection's own context a message is written at once (after anything queued);
   * from a room it joins the outbox, so a burst of events leaves as one frame.
   */
  @Override
  public void send(String message) {
    if (Vertx.currentContext() == context) {
      flushOutbox();
      if (phase != Phase.CLOSED) {
        write(message);
      }
    } else if (outbox.add(message)) {
      context.runOnContext(v -> flushOutbox());
    }
  }

  private void flushOutbox() {
    List<String> batch = outbox.drain();
    if (phase != Phase.CLOSED) {
      Outbox.frames(batch).forEach(this::write);
    }
  }

  /**
   * Writes a frame, minding a peer that stopped reading: once the transport's queue is full,
   * everything more is counted, and past the limit the connection is closed rather than letting
   * the meeting pile up in memory for it. A slow phone catching up on a big snapshot still drains
   * (the queue empties, the count resets); a client that reconnects resumes from its last seq.
   */
  private void write(String frame) {
    if (phase == Phase.CLOSED) {
      return;
    }
    if (backlog >= 0) {
      backlog += TextMessages.utf8Length(frame);
      if (backlog > settings.maxBacklogBytes()) {
        backlog = -1;
        close(Farewell.NOT_READING);
        return;
      }
    }
    wire.sendText(frame);
    if (backlog < 0 && wire.writeQueueFull()) {
      backlog = 0;
      wire.onDrain(() -> backlog = -1);
    }
  }

  @Override
  public void close(Farewell farewell) {
    if (Vertx.currentContext() != context) {
      context.runOnContext(v -> close(farewell));
      return;
    }
    if (phase == Phase.CLOSED) {
      return;
    }
    flushOutbox();
    if (phase != Phase.CLOSED) { // else the flush found the peer not reading, and closed already
      // SockJS's HTTP transports cannot carry a close code, so every transport says why first.
      wire.sendText(ServerMessages.bye(farewell));
      wire.close(farewell.code(), farewell.reason());
      onClosed();
    }
  }

  /** Who is behind this connection, once hello has been accepted (null before). */
  UUID personId() {
    return personId;
  }

  /** The device session behind this connection, once its token has been checked (null before). */
  UUID sessionId() {
    return sessionId;
  }

  /** The meeting this connection is joined (or joining) to, once hello has been accepted (null before). */
  UUID meetingId() {
    return meetingId;
  }

  /** The transport saw the connection end, whoever ended it. */
  void onClosed() {
    if (phase == Phase.CLOSED) {
      return;
    }
    phase = Phase.CLOSED;
    if (room != null) {
      room.leave(this);
    }
  }

  void onText(String text) {
    lastHeard = monotonicMillis();
    if (phase == Phase.CLOSED) {
      return;
    }
    if (TextMessages.utf8Length(text) > settings.maxMessageBytes()) {
      close(Farewell.MESSAGE_TOO_LARGE);
      return;
    }
    if (phase == Phase.JOINING) {
      if (queuedWhileJoining.size() >= MAX_QUEUED_WHILE_JOINING) {
        close(Farewell.TOO_EARLY);
      } else {
        queuedWhileJoining.add(text);
      }
      return;
    }
    ClientMessage message;
    try {
      message = ClientMessageParser.parse(text);
    } catch (ProtocolException e) {
      refuse(e.commandId(), e.code(), e.getMessage());
      return;
    }
    if (message instanceof ClientMessage.Ping) {
      send(ServerMessages.pong());
    } else if (message instanceof ClientMessage.Leave) {
      close(Farewell.BYE);
    } else if (message instanceof ClientMessage.Hello hello) {
      onHello(hello);
    } else if (phase != Phase.JOINED) {
      String id = message instanceof ClientMessage.Command command ? command.id() : ((ClientMessage.Voice) message).id();
      refuse(id, ErrorCode.NOT_AUTHENTICATED, ErrorCode.NOT_AUTHENTICATED.message());
    } else if (message instanceof ClientMessage.Command command) {
      onCommand(command, text);
    } else if (message instanceof ClientMessage.Voice voice && !builtInVoice) {
      refuse(voice.id(), ErrorCode.VOICE_OFF, ErrorCode.VOICE_OFF.message());
    } else if (message instanceof ClientMessage.Voice voice) {
      room.voice(this, voice, text);
    }
  }

  /**
   * Milliseconds on the monotonic clock: how long a connection has been waited for is a matter of
   * elapsed time, which neither the server's clock nor a change of the machine's date may bend.
   */
  static long monotonicMillis() {
    return System.nanoTime() / 1_000_000;
  }

  /** Closes a connection that went silent; called by the registry's sweep. */
  void closeIfIdle(long now) {
    if (now - lastHeard > settings.idleTimeoutMillis()) {
      close(Farewell.IDLE);
    }
  }

  /** Closes the connection if it has not said hello by now; a timer of its own calls this when its time is up. */
  void closeIfNoHello() {
    if (phase == Phase.AWAITING_HELLO) {
      close(Farewell.NO_HELLO);
    }
  }

  private void onHello(ClientMessage.Hello hello) {
    if (phase != Phase.AWAITING_HELLO) {
      refuse(null, ErrorCode.ALREADY_AUTHENTICATED, ErrorCode.ALREADY_AUTHENTICATED.message());
      return;
    }
    phase = Phase.JOINING;
    gate.signedIn(hello.token())
        .compose(signedIn -> {
          sessionId = signedIn.sessionId();
          return gate.admit(signedIn.person(), hello.meetingId());
        })
        .compose(admission -> join(admission, hello.lastSeq(), hello.display(), true))
        .onComplete(result -> context.runOnContext(v -> {
          if (result.failed()) {
            if (phase != Phase.CLOSED) {
              closeRefused(result.cause());
            }
          } else if (phase == Phase.CLOSED) {
            room.leave(this);
          }
        }));
  }

  /**
   * Joined: the welcome goes out and commands that came while joining are handled, in one step on
   * this context, so a client that answers the welcome at once is never taken for one that did not
   * wait for it.
   */
  @Override
  public void welcome(String message) {
    if (Vertx.currentContext() != context) {
      context.runOnContext(v -> welcome(message));
      return;
    }
    if (phase != Phase.JOINING) {
      return;
    }
    phase = Phase.JOINED;
    write(message);
    flushOutbox(); // the room's messages after the welcome (catch-up, presence) may be waiting already
    while (!queuedWhileJoining.isEmpty() && phase == Phase.JOINED) {
      onText(queuedWhileJoining.poll());
    }
  }

  private Future<Void> join(Admission admission, long lastSeq, boolean display, boolean mayRetry) {
    MeetingInfo meeting = admission.meeting();
    Capabilities may = display ? admission.capabilities().onScreen() : admission.capabilities();
    boolean attends = may.attends() && AttendanceWindow.contains(
        meeting.startsAt() == null ? null : meeting.startsAt().toInstant(), meeting.durationMinutes(), clock.instant());
    Member member = new Member(
        this,
        new Actor(admission.person().id(), admission.role()),
        admission.person().displayName(),
        admission.person().group(),
        attends,
        may);
    personId = admission.person().id();
    builtInVoice = meeting.builtInVoice();
    return rooms.open(admission.meeting().id()).compose(opened -> {
      meetingId = admission.meeting().id();
      room = opened;
      return opened.join(member, lastSeq);
    }).recover(error -> mayRetry && error instanceof RoomRetiredException
        ? join(admission, lastSeq, display, false)
        : Future.failedFuture(error));
  }

  private void onCommand(ClientMessage.Command command, String text) {
    if (command.meetingId() != null && !command.meetingId().equals(meetingId)) {
      refuse(command.id(), ErrorCode.WRONG_MEETING, ErrorCode.WRONG_MEETING.message());
      return;
    }
    if (unanswered.get() >= MAX_UNANSWERED) {
      send(ServerMessages.error(command.id(), ErrorCode.BUSY.wireName(), ErrorCode.BUSY.message()));
      return;
    }
    unanswered.incrementAndGet();
    room.submit(this, command.id(), command.command(), text);
  }

  @Override
  public void answer(String message) {
    unanswered.decrementAndGet();
    send(message);
  }

  private void refuse(String commandId, ErrorCode code, String message) {
    send(ServerMessages.error(commandId, code.wireName(), message));
    if (phase == Phase.AWAITING_HELLO) {
      // Not a question of who the client is (4001 would send the person to sign in again).
      close(code == ErrorCode.UNSUPPORTED_VERSION ? Farewell.OTHER_VERSION : Farewell.HELLO_FIRST);
    } else if (++strikes > MAX_STRIKES) {
      close(Farewell.TOO_MANY_BAD_MESSAGES);
    }
  }

  private void closeRefused(Throwable cause) {
    if (cause instanceof AccessDenied denied) {
      close(switch (denied.reason()) {
        case UNAUTHENTICATED -> Farewell.SIGN_IN_ENDED;
        case FORBIDDEN -> Farewell.NOT_A_MEMBER;
        case NOT_FOUND -> Farewell.NO_SUCH_MEETING;
      });
    } else {
      close(Farewell.MEETING_UNAVAILABLE);
    }
  }
}

package se.lagetrunt.room;

import se.lagetrunt.protocol.Farewell;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;
import se.lagetrunt.store.RepeatedFaults;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.domain.Decision;
import se.lagetrunt.domain.Meeting;
import se.lagetrunt.domain.MeetingCommand;
import se.lagetrunt.domain.MeetingEvent;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.protocol.ClientMessage;
import se.lagetrunt.protocol.ErrorCode;
import se.lagetrunt.protocol.ServerMessages;
import se.lagetrunt.protocol.WireCommand;
import se.lagetrunt.store.Fenced;
import se.lagetrunt.store.MeetingLog;
import se.lagetrunt.store.MeetingHistory;
import se.lagetrunt.store.StoredEvent;

/**
 * The one owner of a live meeting. Everything here runs on the room's own context, so commands
 * are decided strictly one after another without locks.
 *
 * <p>A command is decided against the state including events still being committed (so a room
 * can pipeline many commands into one group commit), but it is acknowledged, and its events are
 * broadcast, only once the meeting log says they are stored for good. Two states are kept for that:
 * {@code state}, which runs ahead, and {@code committed}, which is what clients are shown.
 */
public final class Room extends VerticleBase implements MeetingRoom {
  private static final Logger LOG = Logger.getLogger(Room.class.getName());
  private static final RepeatedFaults FAULTS = RepeatedFaults.of(LOG);

  private final UUID meetingId;
  private final MeetingLog log;
  private final RoomSettings settings;
  private final Consumer<Room> onRetire;
  /** The server's clock: the time stamped on every event and handed to the rules. */
  private final Clock clock;

  private MeetingState state = MeetingState.EMPTY;
  private MeetingState committed = MeetingState.EMPTY;
  private long lastSeq;
  private long committedSeq;
  private final RecentEvents recent;
  private final SnapshotWriter snapshots;
  private final Members members = new Members();
  private final VoiceCall call = new VoiceCall();
  private final CatchingUp catchingUp;
  private final CommandMemory memory;
  private final SecureRandom shuffle = new SecureRandom();
  private final InFlight inFlight = new InFlight();
  private boolean reloading;
  /** What clients are told when the room stops: the server stops, unless the log was rewritten. */
  private volatile Farewell goodbye = Farewell.SERVER_SHUTTING_DOWN;
  private boolean retired;
  private IdleTimer idle;
  /** The epoch of this node's claim on the meeting: every append carries it. */
  private volatile long epoch;
  private final Promise<Void> stopped = Promise.promise();

  Room(UUID meetingId, MeetingLog log, RoomSettings settings, Clock clock, Consumer<Room> onRetire) {
    this.meetingId = meetingId;
    this.clock = clock;
    this.log = log;
    this.settings = settings;
    this.onRetire = onRetire;
    this.memory = new CommandMemory(settings.rememberedCommands());
    this.recent = new RecentEvents(settings.recentEvents());
    this.snapshots = new SnapshotWriter(meetingId, log, settings.snapshotEvery());
    this.catchingUp = new CatchingUp(meetingId, log);
  }

  @Override
  public UUID meetingId() {
    return meetingId;
  }

  /** The epoch this room writes under (0 until it has claimed the meeting). */
  long epoch() {
    return epoch;
  }

  /** Claims the meeting for this node, then loads it: nothing is read before no other node can write. */
  @Override
  public Future<?> start() {
    idle = new IdleTimer(vertx, settings.idleMillis());
    return log.claim(meetingId).compose(claimed -> {
      epoch = claimed;
      return log.load(meetingId, settings.recentEvents());
    }).onSuccess(this::restore);
  }

  /**
   * Drains: answers every command being committed, gives the meeting up, tells clients to come
   * back later, and lets a snapshot being written finish.
   */
  @Override
  public Future<?> stop() {
    retired = true;
    idle.cancel();
    // Given up before its clients are sent on, so another node can take the meeting as they come.
    return inFlight.drained()
        .compose(done -> log.resign(meetingId, epoch).recover(error -> Future.succeededFuture()))
        .onComplete(done -> {
          members.closeAll(goodbye);
          catchingUp.closeAll(goodbye);
        })
        .compose(done -> snapshots.settled())
        .onComplete(done -> stopped.tryComplete());
  }

  /** Completes once the room has stopped, whyever it did. */
  Future<Void> stopped() {
    return stopped.future();
  }

  /**
   * Another node has taken the meeting over (this node's lease ran out under it): the room stops
   * without writing again, and its clients are told to join again, which brings them to the new owner.
   */
  void moved() {
    context.runOnContext(v -> moveOut());
  }

  private void moveOut() {
    if (retired) {
      return;
    }
    LOG.info("meeting " + meetingId + " is now written by another node; its clients join again");
    goodbye = Farewell.MEETING_MOVED;
    retired = true;
    onRetire.accept(this);
    vertx.undeploy(deploymentID());
  }

  /**
   * Stops the room because its log was rewritten under it (a person erased): its clients are told
   * to join again, and find the room read anew from the log.
   */
  Future<Void> stopForReload() {
    goodbye = Farewell.MEETING_RELOADED;
    return vertx.undeploy(deploymentID());
  }

  /**
   * Joins a connection, catching it up from the last sequence number it saw: from the events the
   * room keeps at hand, or – further behind – from the log first, so that a client back from a
   * long sleep still gets exactly what it missed (and can rebase what it typed meanwhile). Only
   * past {@link RoomSettings#catchUpEvents()} does it get a snapshot instead.
   */
  @Override
  public Future<Void> join(Member member, long lastSeenSeq) {
    Promise<Void> joined = Promise.promise();
    context.runOnContext(v -> {
      if (retired) {
        joined.fail(new RoomRetiredException());
        return;
      }
      idle.cancel();
      // What it missed comes from the log when it is not at hand, but not too much of it.
      boolean fromLog = lastSeenSeq >= 0 && lastSeenSeq < committedSeq && recent.after(lastSeenSeq, committedSeq) == null
          && committedSeq - lastSeenSeq <= settings.catchUpEvents();
      if (!fromLog) {
        admit(member, lastSeenSeq, List.of());
        joined.complete();
        return;
      }
      catchingUp.read(context, member.channel(), lastSeenSeq, committedSeq, missed -> {
        if (missed == null || retired) {
          // It left meanwhile (nothing to retry), or the room is stopping and has closed it.
          joined.fail(retired ? new RoomRetiredException() : new IllegalStateException("left while catching up"));
          idleIfEmpty();
        } else {
          admit(member, lastSeenSeq, missed);
          joined.complete();
        }
      });
    });
    return joined.future();
  }

  /** The member is in: welcome, what it missed (read from the log, then the rest), presence. */
  private void admit(Member member, long lastSeenSeq, List<StoredEvent> fromLog) {
    members.add(member);
    ClientChannel channel = member.channel();
    channel.welcome(ServerMessages.welcome(meetingId, member.personId(), member.actor().role().wireName(), member.may(), committedSeq,
        clock.instant()));
    members.sendMissed(channel, fromLog);
    members.catchUp(channel, recent, fromLog.isEmpty() ? lastSeenSeq : fromLog.get(fromLog.size() - 1).seq(), committedSeq, committed);
    members.sendPresence();
    recordArrival(member);
  }

  @Override
  public void leave(ClientChannel channel) {
    context.runOnContext(v -> {
      catchingUp.forget(channel);
      call.leave(channel);
      if (members.remove(channel)) {
        members.sendPresence();
        idleIfEmpty();
      }
    });
  }

  private void idleIfEmpty() {
    if (members.isEmpty() && catchingUp.isEmpty() && !retired) {
      idle.restart(this::retireIfIdle);
    }
  }

  @Override
  public void submit(ClientChannel channel, String commandId, WireCommand command, String text) {
    context.runOnContext(v -> {
      Member member = members.get(channel);
      Reply reply = Reply.to(channel, commandId);
      if (member == null) {
        reply.refused(ErrorCode.NOT_AUTHENTICATED.wireName(), "Join the meeting first.");
        return;
      }
      MeetingCommand made = made(member.actor(), command);
      if (member.maySend(made, call.has(channel), reply)) {
        decide(member.actor(), commandId, made, reply);
      }
    });
  }

  /** Passes a voice call message on, live, under the floor the meeting's committed state gives; nothing of it is stored. */
  @Override
  public void voice(ClientChannel channel, ClientMessage.Voice message, String text) {
    context.runOnContext(v -> call.handle(members.get(channel), channel, message, committed));
  }

  /**
   * Decides a command the server issues on someone's behalf (a REST call, a leader meeting
   * sharing its questions), under the same rules: the future completes with the sequence number
   * once the events are committed, or fails with {@link CommandRefused}.
   */
  @Override
  public Future<Long> execute(Actor actor, String commandId, OnBehalf command) {
    return execute(actor, commandId, command.wire());
  }

  public Future<Long> execute(Actor actor, String commandId, WireCommand command) {
    Promise<Long> answer = Promise.promise();
    context.runOnContext(v -> decide(actor, commandId, made(actor, command), Reply.to(answer)));
    return answer.future();
  }

  /** The rules' command, made once, with what only the server knows now. */
  private MeetingCommand made(Actor sender, WireCommand command) {
    return command.with(new ServerFacts(sender, members.all(), state, shuffle));
  }

  private void decide(Actor actor, String commandId, MeetingCommand command, Reply reply) {
    if (retired || reloading) {
      reply.refused(retired ? ErrorCode.SHUTTING_DOWN : ErrorCode.UNAVAILABLE);
      return;
    }
    String key = CommandMemory.key(actor.personId(), commandId);
    Long answeredSeq = memory.seqOf(key);
    if (answeredSeq != null) {
      reply.ok(answeredSeq); // a retry of a command already answered: the same answer
      return;
    }
    if (inFlight.join(key, reply)) {
      return; // a retry of one still on its way: the answer it gets
    }
    Instant now = clock.instant();
    Decision decision = Meeting.decide(state, actor, command, now);
    if (decision instanceof Decision.Refused refused) {
      reply.refused(refused.refusal().code().wireName(), refused.refusal().message());
      return;
    }
    commit(actor.personId(), key, commandId, ((Decision.Accepted) decision).events(), reply, now);
  }

  /** Joining from a device the first time is attendance, and attendance is in the log. */
  private void recordArrival(Member member) {
    if (reloading || !member.attends()) {
      return; // counted at their next join in the meeting's time, once the room has its state back
    }
    List<MeetingEvent> events = Meeting.arrive(state, member.personId(), member.name(), member.group());
    if (!events.isEmpty()) {
      commit(member.personId(), "arrival/" + member.personId(), null, events, null, clock.instant());
    }
  }

  /**
   * Numbers the events, runs the state ahead, and hands them to the meeting log; once committed
   * they are broadcast and everyone waiting on {@code key} gets the ok.
   */
  private void commit(UUID actor, String key, String commandId, List<MeetingEvent> events, Reply answerTo,
      Instant now) {
    List<StoredEvent> stored = new ArrayList<>(events.size());
    for (MeetingEvent event : events) {
      stored.add(new StoredEvent(meetingId, ++lastSeq, event, actor, commandId, now));
      state = Meeting.apply(state, event);
    }
    inFlight.start(key, answerTo);
    log.append(meetingId, epoch, stored).onComplete(result -> context.runOnContext(x -> {
      if (result.succeeded()) {
        onCommitted(key, commandId, stored);
      } else {
        onAppendFailed(key, result.cause());
      }
    }));
  }

  private void onCommitted(String key, String commandId, List<StoredEvent> events) {
    MeetingState before = committed;
    for (StoredEvent event : events) {
      publish(event);
    }
    call.meetingChanged(before, committed);
    long seq = events.get(events.size() - 1).seq();
    if (commandId != null) {
      memory.remember(key, seq);
    }
    snapshots.committed(committedSeq, committed, context); // before the answers: a drain waits for it
    inFlight.committed(key, seq);
  }

  /** Makes a committed event visible: state, catch-up buffer, and every joined client. */
  private void publish(StoredEvent event) {
    committed = Meeting.apply(committed, event.event());
    committedSeq = event.seq();
    recent.add(event);
    members.broadcast(event);
  }

  /**
   * A commit failed, so the state that ran ahead is void. The commit may still have reached the
   * log (a lost connection after COMMIT), so once every pending append has failed too, the room
   * reloads from the log instead of guessing; clients retrying with the same id then get the
   * first answer if it did commit.
   */
  private void onAppendFailed(String key, Throwable cause) {
    if (cause instanceof Fenced) {
      inFlight.failed(key);
      moveOut(); // nothing it ran ahead with was stored, and it may not write again
      return;
    }
    FAULTS.report("append failed in meeting " + meetingId, cause);
    reloading = true;
    inFlight.failed(key);
    if (!retired && inFlight.isEmpty()) {
      reload();
    }
  }

  private void reload() {
    log.load(meetingId, settings.recentEvents()).onComplete(result -> context.runOnContext(v -> {
      if (result.failed()) {
        FAULTS.report("reload failed for meeting " + meetingId + "; trying again", result.cause());
        vertx.setTimer(1000, t -> reload());
        return;
      }
      long shownSeq = committedSeq;
      restore(result.result());
      // Events that did commit although their append reported failure were never broadcast.
      members.all().forEach(member -> members.catchUp(member.channel(), recent, shownSeq, committedSeq, committed));
      log.release(meetingId);
      reloading = false;
    }));
  }

  private void restore(MeetingHistory history) {
    recent.replaceWith(history.recentEvents());
    memory.rememberOnly(history.recentEvents());
    committed = history.currentState();
    state = committed;
    committedSeq = history.currentSeq();
    lastSeq = committedSeq;
    snapshots.loadedFrom(history.snapshotSeq());
  }

  /** Unloads the room once nobody has been in it for a while and nothing is left to commit. */
  private void retireIfIdle() {
    if (members.isEmpty() && catchingUp.isEmpty() && inFlight.isEmpty() && !reloading && !retired) {
      retired = true;
      onRetire.accept(this);
      vertx.undeploy(deploymentID());
    }
  }
}

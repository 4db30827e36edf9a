package se.lagetrunt.room;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.domain.Decision;
import se.lagetrunt.domain.Meeting;
import se.lagetrunt.domain.MeetingCommand;
import se.lagetrunt.domain.MeetingEvent;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.domain.MinutesCommand;
import se.lagetrunt.domain.Refusal;
import se.lagetrunt.domain.VoiceCommand;
import se.lagetrunt.protocol.ClientMessage;
import se.lagetrunt.protocol.CloseCodes;
import se.lagetrunt.protocol.ErrorCode;
import se.lagetrunt.protocol.ServerMessages;
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
public final class Room extends VerticleBase {
  private static final Logger LOG = Logger.getLogger(Room.class.getName());

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
  /** Connections whose missed events are being read from the log; they join once those are in. */
  private final Set<ClientChannel> catchingUp = new HashSet<>();
  private final CommandMemory memory;
  private final SecureRandom shuffle = new SecureRandom();
  /** Commands being committed, by person/command id, with everyone waiting for the answer. */
  private final Map<String, List<Reply>> inFlight = new HashMap<>();
  /** Completed when the last command in flight is answered, once the room is stopping. */
  private Promise<Void> drained;
  private boolean reloading;
  private boolean retired;
  private IdleTimer idle;

  Room(UUID meetingId, MeetingLog log, RoomSettings settings, Clock clock, Consumer<Room> onRetire) {
    this.meetingId = meetingId;
    this.clock = clock;
    this.log = log;
    this.settings = settings;
    this.onRetire = onRetire;
    this.memory = new CommandMemory(settings.rememberedCommands());
    this.recent = new RecentEvents(settings.recentEvents());
    this.snapshots = new SnapshotWriter(meetingId, log, settings.snapshotEvery());
  }

  public UUID meetingId() {
    return meetingId;
  }

  @Override
  public Future<?> start() {
    idle = new IdleTimer(vertx, settings.idleMillis());
    return log.load(meetingId, settings.recentEvents()).onSuccess(this::restore);
  }

  /**
   * Drains: answers every command being committed, tells clients to come back later, and lets a
   * snapshot being written finish.
   */
  @Override
  public Future<?> stop() {
    retired = true;
    idle.cancel();
    drained = Promise.promise();
    if (inFlight.isEmpty()) {
      drained.complete();
    }
    return drained.future()
        .onComplete(done -> {
          members.closeAll(CloseCodes.GOING_AWAY, "server shutting down");
          catchingUp.forEach(channel -> channel.close(CloseCodes.GOING_AWAY, "server shutting down"));
        })
        .compose(done -> snapshots.settled());
  }

  /**
   * Joins a connection, catching it up from the last sequence number it saw: from the events the
   * room keeps at hand, or – further behind – from the log first, so that a client back from a
   * long sleep still gets exactly what it missed (and can rebase what it typed meanwhile). Only
   * past {@link RoomSettings#catchUpEvents()} does it get a snapshot instead.
   */
  public Future<Void> join(Member member, long lastSeenSeq) {
    Promise<Void> joined = Promise.promise();
    context.runOnContext(v -> {
      if (retired) {
        joined.fail(new RoomRetiredException());
        return;
      }
      idle.cancel();
      if (!fromLog(lastSeenSeq)) {
        admit(member, lastSeenSeq, List.of());
        joined.complete();
        return;
      }
      ClientChannel channel = member.channel();
      long upTo = committedSeq;
      catchingUp.add(channel);
      log.range(meetingId, lastSeenSeq, upTo).onComplete(loaded -> context.runOnContext(w -> {
        if (!catchingUp.remove(channel) || retired) {
          // It left meanwhile (nothing to retry), or the room is stopping and has closed it.
          joined.fail(retired ? new RoomRetiredException() : new IllegalStateException("left while catching up"));
          idleIfEmpty();
          return;
        }
        boolean whole = loaded.succeeded() && loaded.result().size() == upTo - lastSeenSeq;
        if (!whole) {
          LOG.log(Level.WARNING, "could not read missed events of meeting " + meetingId + "; sending a snapshot",
              loaded.cause());
        }
        // Without the whole stretch, catching up from lastSeenSeq finds it not at hand: a snapshot.
        admit(member, lastSeenSeq, whole ? loaded.result() : List.of());
        joined.complete();
      }));
    });
    return joined.future();
  }

  /** Whether the events a client missed must come from the log: not at hand, but not too many. */
  private boolean fromLog(long lastSeenSeq) {
    return lastSeenSeq >= 0 && lastSeenSeq < committedSeq && recent.after(lastSeenSeq, committedSeq) == null
        && committedSeq - lastSeenSeq <= settings.catchUpEvents();
  }

  /** The member is in: welcome, what it missed (read from the log, then the rest), presence. */
  private void admit(Member member, long lastSeenSeq, List<StoredEvent> fromLog) {
    members.add(member);
    ClientChannel channel = member.channel();
    channel.welcome(ServerMessages.welcome(meetingId, member.personId(), member.actor().role().wireName(), member.may(), committedSeq,
        clock.instant()));
    fromLog.forEach(event -> channel.send(member.message(event, eventMessage(event))));
    catchUp(channel, fromLog.isEmpty() ? lastSeenSeq : fromLog.get(fromLog.size() - 1).seq());
    members.sendPresence();
    recordArrival(member);
  }

  public void leave(ClientChannel channel) {
    context.runOnContext(v -> {
      catchingUp.remove(channel);
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

  /** Decides a command from a joined connection; the answer goes back on that channel. */
  public void submit(ClientChannel channel, String commandId, MeetingCommand command) {
    context.runOnContext(v -> {
      Member member = members.get(channel);
      Reply reply = Reply.to(channel, commandId);
      if (member == null) {
        reply.refused(ErrorCode.NOT_AUTHENTICATED.wireName(), "Join the meeting first.");
      } else if (member.display()) {
        reply.refused(ErrorCode.READ_ONLY.wireName(), ErrorCode.READ_ONLY.message());
      } else if (command instanceof VoiceCommand.ReportVoice && !call.has(channel)) {
        reply.refused(ErrorCode.NOT_IN_CALL.wireName(), "Speaking time is measured only in the meeting's voice call.");
      } else if (command instanceof MinutesCommand && !member.may().readsMinutes()) {
        reply.refused(Refusal.Code.NOT_ALLOWED.wireName(),
            "A local network's minutes are its own until they are submitted to the enablers.");
      } else {
        decide(member.actor(), commandId, command, reply);
      }
    });
  }

  /** Passes a voice call message on, live, under the floor the meeting's committed state gives; nothing of it is stored. */
  public void voice(ClientChannel channel, ClientMessage.Voice message) {
    context.runOnContext(v -> call.handle(members.get(channel), channel, message, committed));
  }

  /**
   * Decides a command the server issues on someone's behalf (a REST call, a leader meeting
   * sharing its questions), under the same rules: the future completes with the sequence number
   * once the events are committed, or fails with {@link CommandRefused}.
   */
  public Future<Long> execute(Actor actor, String commandId, MeetingCommand command) {
    Promise<Long> answer = Promise.promise();
    context.runOnContext(v -> decide(actor, commandId, command, Reply.to(answer)));
    return answer.future();
  }

  private void decide(Actor actor, String commandId, MeetingCommand command, Reply reply) {
    if (retired) {
      reply.refused(ErrorCode.SHUTTING_DOWN.wireName(), ErrorCode.SHUTTING_DOWN.message());
      return;
    }
    if (reloading) {
      reply.refused(ErrorCode.UNAVAILABLE.wireName(), ErrorCode.UNAVAILABLE.message());
      return;
    }
    String key = CommandMemory.key(actor.personId(), commandId);
    Long answeredSeq = memory.seqOf(key);
    if (answeredSeq != null) {
      reply.ok(answeredSeq);
      return;
    }
    List<Reply> waiting = inFlight.get(key);
    if (waiting != null) {
      waiting.add(reply);
      return;
    }
    Instant now = clock.instant();
    MeetingCommand complete = ServerFacts.complete(command, actor, members.all(), state, shuffle);
    Decision decision = Meeting.decide(state, actor, complete, now);
    if (decision instanceof Decision.Refused refused) {
      reply.refused(refused.refusal().code().wireName(), refused.refusal().message());
      return;
    }
    List<Reply> answerTo = new ArrayList<>(1);
    answerTo.add(reply);
    commit(actor.personId(), key, commandId, ((Decision.Accepted) decision).events(), answerTo, now);
  }

  /** Joining from a device the first time is attendance, and attendance is in the log. */
  private void recordArrival(Member member) {
    if (reloading || !member.attends()) {
      return; // counted at their next join in the meeting's time, once the room has its state back
    }
    List<MeetingEvent> events = Meeting.arrive(state, member.personId(), member.name(), member.group());
    if (!events.isEmpty()) {
      commit(member.personId(), "arrival/" + member.personId(), null, events, new ArrayList<>(), clock.instant());
    }
  }

  /**
   * Numbers the events, runs the state ahead, and hands them to the meeting log; once committed
   * they are broadcast and everyone waiting on {@code key} gets the ok.
   */
  private void commit(UUID actor, String key, String commandId, List<MeetingEvent> events, List<Reply> answerTo,
      Instant now) {
    List<StoredEvent> stored = new ArrayList<>(events.size());
    for (MeetingEvent event : events) {
      stored.add(new StoredEvent(meetingId, ++lastSeq, event, actor, commandId, now));
      state = Meeting.apply(state, event);
    }
    inFlight.put(key, answerTo);
    log.append(meetingId, stored).onComplete(result -> context.runOnContext(x -> {
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
    inFlight.remove(key).forEach(reply -> reply.ok(seq));
    snapshots.committed(committedSeq, committed, context);
    completeDrainIfIdle();
  }

  private void completeDrainIfIdle() {
    if (drained != null && inFlight.isEmpty()) {
      drained.tryComplete();
    }
  }

  /** Makes a committed event visible: state, catch-up buffer, and every joined client. */
  private void publish(StoredEvent event) {
    committed = Meeting.apply(committed, event.event());
    committedSeq = event.seq();
    recent.add(event);
    broadcast(event);
  }

  private void broadcast(StoredEvent event) {
    String message = eventMessage(event);
    members.all().forEach(member -> member.channel().send(member.message(event, message)));
  }

  private static String eventMessage(StoredEvent event) {
    return ServerMessages.event(event.seq(), event.event(), event.actor(), event.occurredAt());
  }

  /**
   * A commit failed, so the state that ran ahead is void. The commit may still have reached the
   * log (a lost connection after COMMIT), so once every pending append has failed too, the room
   * reloads from the log instead of guessing; clients retrying with the same id then get the
   * first answer if it did commit.
   */
  private void onAppendFailed(String key, Throwable cause) {
    LOG.log(Level.WARNING, "append failed in meeting " + meetingId, cause);
    inFlight.remove(key).forEach(reply -> reply.refused(ErrorCode.UNAVAILABLE.wireName(), ErrorCode.UNAVAILABLE.message()));
    reloading = true;
    if (retired) {
      completeDrainIfIdle();
    } else if (inFlight.isEmpty()) {
      reload();
    }
  }

  private void reload() {
    log.load(meetingId, settings.recentEvents()).onComplete(result -> context.runOnContext(v -> {
      if (result.failed()) {
        LOG.log(Level.WARNING, "reload failed for meeting " + meetingId + "; trying again", result.cause());
        vertx.setTimer(1000, t -> reload());
        return;
      }
      long shownSeq = committedSeq;
      restore(result.result());
      // Events that did commit although their append reported failure were never broadcast.
      List<StoredEvent> missed = recent.after(shownSeq, committedSeq);
      if (missed != null) {
        missed.forEach(this::broadcast);
      } else {
        members.all().forEach(member -> member.channel().send(snapshotFor(member.channel())));
      }
      log.release(meetingId);
      reloading = false;
    }));
  }

  private void restore(MeetingHistory history) {
    recent.replaceWith(history.recentEvents());
    memory.clear();
    for (StoredEvent event : history.recentEvents()) {
      if (event.commandId() != null) {
        memory.remember(CommandMemory.key(event.actor(), event.commandId()), event.seq());
      }
    }
    committed = history.currentState();
    state = committed;
    committedSeq = history.currentSeq();
    lastSeq = committedSeq;
    snapshots.loadedFrom(history.snapshotSeq());
  }

  /** Sends exactly the events after {@code lastSeenSeq}, or a snapshot when they are no longer at hand. */
  private void catchUp(ClientChannel channel, long lastSeenSeq) {
    if (lastSeenSeq == committedSeq) {
      return;
    }
    List<StoredEvent> missed = recent.after(lastSeenSeq, committedSeq);
    if (missed == null) {
      channel.send(snapshotFor(channel));
    } else {
      Member member = members.get(channel);
      missed.forEach(event -> channel.send(member.message(event, eventMessage(event))));
    }
  }

  private String snapshotFor(ClientChannel channel) {
    return members.get(channel).snapshot(committedSeq, committed);
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

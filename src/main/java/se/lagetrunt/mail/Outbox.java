package se.lagetrunt.mail;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Every e-mail the server sends goes through here. A mail is written to the outbox table first
 * (that is what "on its way" means to the person asking), then sent in the background; a mail the
 * SMTP server did not take is tried again after a pause that doubles up to an hour, for two days,
 * by the server's clock. The table outlives the process, so a restart loses nothing: the sender
 * looks at the table when it starts, after each post, and every half minute.
 *
 * <p>A mail is marked sent once the SMTP server has taken it, so it goes once; only a process
 * dying between those two moments, or an attempt given up after two minutes that the SMTP server
 * did take after all, sends it again when its lease ends (see docs/operations.md).
 *
 * <p>Work that ends in a mail but runs after its request was answered (a sign-in link: the answer
 * must not wait, or its timing would tell who has an account) is {@link #track tracked}, so a
 * stopping server lets it finish and a test can ask, without waiting an arbitrary while, once
 * nothing is on its way.
 */
public final class Outbox {
  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
  private static final int BATCH = 20;
  private static final Duration LEASE = Duration.ofMinutes(10);
  private static final Duration ATTEMPT = Duration.ofMinutes(2);
  private static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
  private static final Duration LONGEST_PAUSE = Duration.ofHours(1);
  private static final Duration GIVE_UP_AFTER = Duration.ofDays(2);
  private static final long LOOK_EVERY_MILLIS = 30_000;

  private final Vertx vertx;
  private final OutboxStore store;
  private final Mailer mailer;
  private final Clock clock;
  private int pending;
  private long sent;
  private long failed;
  private long timer = -1;
  private final List<Promise<Void>> waiting = new ArrayList<>();

  public Outbox(Vertx vertx, OutboxStore store, Mailer mailer, Clock clock) {
    this.vertx = vertx;
    this.store = store;
    this.mailer = mailer;
    this.clock = clock;
  }

  /** Whether the server can send e-mail at all (an SMTP server is configured). */
  public boolean enabled() {
    return mailer.enabled();
  }

  /** Sends what was left from before and then looks for due mail every half minute. */
  public void start() {
    if (enabled()) {
      sendDue();
      timer = vertx.setPeriodic(LOOK_EVERY_MILLIS, tick -> sendDue());
    }
  }

  public void stop() {
    vertx.cancelTimer(timer);
  }

  /** Writes one letter to the outbox; whether it was written (not turned off, not sent once already). */
  public Future<Boolean> post(Letter letter) {
    return post(List.of(letter)).map(written -> written > 0);
  }

  /**
   * Writes the letters to the outbox in one transaction and starts sending them; how many were
   * written. Without an SMTP server nothing is written: there is nobody to send it.
   */
  public Future<Integer> post(List<Letter> letters) {
    if (!enabled() || letters.isEmpty()) {
      return Future.succeededFuture(0);
    }
    return track(store.add(letters, clock.instant()).onSuccess(written -> {
      if (written > 0) {
        sendDue();
      }
    }));
  }

  /**
   * Sends every mail that is due now by the server's clock, batch by batch; how many the SMTP
   * server took. Safe to run on several nodes or twice at once: each mail is leased to one run.
   */
  public Future<Integer> sendDue() {
    if (!enabled()) {
      return Future.succeededFuture(0);
    }
    return track(sendBatches(0)).onFailure(error -> LOG.warning("The outbox could not be read (tried again soon): " + error));
  }

  private Future<Integer> sendBatches(int sentSoFar) {
    Instant now = clock.instant();
    return store.claimDue(now, now.plus(LEASE), BATCH).compose(claimed -> {
      Future<Integer> done = Future.succeededFuture(sentSoFar);
      for (OutboxStore.Claimed mail : claimed) {
        done = done.compose(count -> send(mail).map(ok -> ok ? count + 1 : count));
      }
      return claimed.size() < BATCH ? done : done.compose(this::sendBatches);
    });
  }

  /** One mail, one attempt, its outcome written down; whether the SMTP server took it. */
  private Future<Boolean> send(OutboxStore.Claimed mail) {
    // An attempt ends well inside its lease, so no other sender takes the mail while it may still go.
    return mailer.send(mail.to(), mail.text()).timeout(ATTEMPT.toMillis(), TimeUnit.MILLISECONDS).transform(attempt -> {
      Instant now = clock.instant();
      counted(attempt.succeeded());
      if (attempt.succeeded()) {
        return store.sent(mail.id(), now).map(true);
      }
      int attempts = mail.attempts() + 1;
      Instant retry = now.plus(pauseAfter(attempts));
      boolean giveUp = retry.isAfter(mail.createdAt().plus(GIVE_UP_AFTER));
      LOG.warning("A " + mail.kind().wireName() + " mail (outbox " + mail.id() + ") was not taken by the SMTP server, attempt "
          + attempts + (giveUp ? "; given up after two days" : "; tried again from " + retry) + ": " + attempt.cause());
      return store.failed(mail.id(), String.valueOf(attempt.cause()), now, giveUp ? null : retry).map(false);
    });
  }

  /** One minute after the first failure, doubling to at most an hour. */
  static Duration pauseAfter(int attempts) {
    Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts - 1, 10));
    return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
  }

  /** Work started now that may send mail later; it counts as on its way until it completes. */
  public synchronized <T> Future<T> track(Future<T> work) {
    pending++;
    work.onComplete(done -> finished());
    return work;
  }

  /** Completes once nothing is on its way in this process (at once, if nothing is). */
  public synchronized Future<Void> settled() {
    if (pending == 0) {
      return Future.succeededFuture();
    }
    Promise<Void> promise = Promise.promise();
    waiting.add(promise);
    return promise.future();
  }

  /** How many mails the SMTP server has taken from this process since it started. */
  public synchronized long sent() {
    return sent;
  }

  /** How many attempts the SMTP server refused or could not be reached for, since the start. */
  public synchronized long failed() {
    return failed;
  }

  /** Posts and sending runs still on their way in this process. */
  public synchronized int pending() {
    return pending;
  }

  /** The kinds the person has turned off. */
  public Future<Set<MailKind>> turnedOff(UUID personId) {
    return store.turnedOff(personId);
  }

  /** Sets which kinds the person has turned off (kinds that always go are ignored). */
  public Future<Void> setTurnedOff(UUID personId, Set<MailKind> off) {
    return store.setTurnedOff(personId, off);
  }

  private synchronized void counted(boolean accepted) {
    if (accepted) {
      sent++;
    } else {
      failed++;
    }
  }

  private void finished() {
    List<Promise<Void>> ready;
    synchronized (this) {
      if (--pending > 0) {
        return;
      }
      ready = new ArrayList<>(waiting);
      waiting.clear();
    }
    ready.forEach(Promise::tryComplete);
  }
}

package se.lagetrunt.mail;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;

/**
 * Every e-mail the server sends goes through here, and so does work that ends in an e-mail but
 * runs after its request was answered (a sign-in link: the answer must not wait, or its timing
 * would tell who has an account). So a stopping server can let mail on its way finish, and
 * anyone can ask how many mails went out once nothing is on its way – which is how a test knows,
 * without waiting an arbitrary while, that a mail was not sent.
 */
public final class Outbox implements Mailer {
  private final Mailer mailer;
  private int pending;
  private long sent;
  private long failed;
  private final List<Promise<Void>> waiting = new ArrayList<>();

  public Outbox(Mailer mailer) {
    this.mailer = mailer;
  }

  @Override
  public boolean enabled() {
    return mailer.enabled();
  }

  @Override
  public Future<Void> send(String to, MailText text) {
    return track(mailer.send(to, text).onComplete(done -> counted(done.succeeded())));
  }

  /** Work started now that may send mail later; it counts as on its way until it completes. */
  public synchronized <T> Future<T> track(Future<T> work) {
    pending++;
    work.onComplete(done -> finished());
    return work;
  }

  /** Completes once nothing is on its way (at once, if nothing is). */
  public synchronized Future<Void> settled() {
    if (pending == 0) {
      return Future.succeededFuture();
    }
    Promise<Void> promise = Promise.promise();
    waiting.add(promise);
    return promise.future();
  }

  /** How many mails the SMTP server has accepted since the start. */
  public synchronized long sent() {
    return sent;
  }

  /** How many mails the SMTP server refused or could not be reached for, since the start. */
  public synchronized long failed() {
    return failed;
  }

  /** Mails, and work that may send one, still on their way. */
  public synchronized int pending() {
    return pending;
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

package se.lagetrunt.mail;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The outbox table and the kinds of mail people turned off, in Postgres. */
public final class OutboxStore {
  /** A mail taken to be sent: the lease on it runs until it is marked sent or failed. */
  public record Claimed(long id, UUID personId, MailKind kind, String to, MailText text, int attempts, Instant createdAt) {}

  private final Pool pool;

  public OutboxStore(Pool pool) {
    this.pool = pool;
  }

  /**
   * Writes the letters whose kind their person has not turned off, in one transaction; a letter
   * whose once-key was written before is left out. How many were written.
   */
  public Future<Integer> add(List<Letter> letters, Instant now) {
    if (letters.isEmpty()) {
      return Future.succeededFuture(0);
    }
    List<Tuple> rows = letters.stream().map(letter -> Tuple.of(letter.personId(), letter.kind().wireName(), letter.to(),
        letter.text().subject(), letter.text().body(), letter.onceKey(), utc(now))).toList();
    // One statement per letter (not executeBatch), so each counts what it wrote.
    return pool.withTransaction(db -> {
      Future<Integer> written = Future.succeededFuture(0);
      for (Tuple row : rows) {
        written = written.compose(sum -> db.preparedQuery(
                "INSERT INTO mail_outbox (person_id, kind, to_address, subject, body, once_key, created_at, next_attempt_at) "
                    + "SELECT $1, $2, $3, $4, $5, $6, $7, $7 WHERE $1::uuid IS NULL OR NOT EXISTS ("
                    + "SELECT 1 FROM mail_opt_out WHERE person_id = $1 AND kind = $2) "
                    + "ON CONFLICT (once_key) DO NOTHING")
            .execute(row).map(result -> sum + result.rowCount()));
      }
      return written;
    });
  }

  /**
   * Takes up to {@code limit} mails that are due and not taken by another sender, leasing them
   * until {@code leaseUntil}: a sender that dies mid-way lets them go when the lease ends.
   */
  public Future<List<Claimed>> claimDue(Instant now, Instant leaseUntil, int limit) {
    return pool.preparedQuery("UPDATE mail_outbox SET claimed_until = $2 WHERE id IN ("
            + "SELECT id FROM mail_outbox WHERE sent_at IS NULL AND given_up_at IS NULL AND next_attempt_at <= $1 "
            + "AND (claimed_until IS NULL OR claimed_until <= $1) ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED) "
            + "RETURNING id, person_id, kind, to_address, subject, body, attempts, created_at")
        .execute(Tuple.of(utc(now), utc(leaseUntil), limit))
        .map(rows -> {
          List<Claimed> claimed = new ArrayList<>();
          for (Row row : rows) {
            claimed.add(new Claimed(row.getLong("id"), row.getUUID("person_id"),
                MailKind.fromWire(row.getString("kind")).orElseThrow(), row.getString("to_address"),
                new MailText(row.getString("subject"), row.getString("body")), row.getInteger("attempts"),
                row.getOffsetDateTime("created_at").toInstant()));
          }
          claimed.sort(java.util.Comparator.comparingLong(Claimed::id));
          return claimed;
        });
  }

  public Future<Void> sent(long id, Instant at) {
    return pool.preparedQuery("UPDATE mail_outbox SET sent_at = $2, attempts = attempts + 1, claimed_until = NULL, "
            + "last_error = NULL WHERE id = $1")
        .execute(Tuple.of(id, utc(at))).mapEmpty();
  }

  /** A failed attempt: tried again from {@code retryAt}, or given up on when that is null. */
  public Future<Void> failed(long id, String error, Instant now, Instant retryAt) {
    return pool.preparedQuery("UPDATE mail_outbox SET attempts = attempts + 1, claimed_until = NULL, last_error = $2, "
            + "next_attempt_at = coalesce($3, next_attempt_at), given_up_at = CASE WHEN $3::timestamptz IS NULL THEN $4 END "
            + "WHERE id = $1")
        .execute(Tuple.of(id, error, retryAt == null ? null : utc(retryAt), utc(now))).mapEmpty();
  }

  /** The kinds the person has turned off. */
  public Future<Set<MailKind>> turnedOff(UUID personId) {
    return pool.preparedQuery("SELECT kind FROM mail_opt_out WHERE person_id = $1").execute(Tuple.of(personId))
        .map(rows -> {
          Set<MailKind> off = EnumSet.noneOf(MailKind.class);
          rows.forEach(row -> MailKind.fromWire(row.getString("kind")).ifPresent(off::add));
          return off;
        });
  }

  /** Sets which optional kinds the person has turned off; the rest are on. */
  public Future<Void> setTurnedOff(UUID personId, Set<MailKind> off) {
    String[] kinds = off.stream().filter(MailKind::optional).map(MailKind::wireName).toArray(String[]::new);
    return pool.withTransaction(db -> db.preparedQuery("DELETE FROM mail_opt_out WHERE person_id = $1")
        .execute(Tuple.of(personId))
        .compose(v -> db.preparedQuery("INSERT INTO mail_opt_out (person_id, kind) SELECT $1, unnest($2::text[])")
            .execute(Tuple.of(personId).addArrayOfString(kinds)))
        .mapEmpty());
  }

  /** Mails waiting to be sent (not given up on), for the operator's figures. */
  public Future<Long> waiting() {
    return pool.query("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND given_up_at IS NULL").execute()
        .map(rows -> rows.iterator().next().getLong(0));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}

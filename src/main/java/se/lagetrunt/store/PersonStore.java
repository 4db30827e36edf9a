package se.lagetrunt.store;

import se.lagetrunt.domain.AccountRole;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import java.util.UUID;
import se.lagetrunt.domain.StakeholderGroup;

/** People in Postgres. */
public final class PersonStore {
  private static final String COLUMNS =
      "SELECT id, display_name, email, phone, account_role, stakeholder_group, removed_at IS NOT NULL AS removed, shares_contact ";
  /**
   * SQL: the person {@code p} belongs somewhere – an enabler, or a member of a local network not
   * removed. What a link by e-mail or a calendar feed is for.
   */
  static final String BELONGS = "(p.account_role = 'enabler' OR EXISTS (SELECT 1 FROM network_member nm "
      + "WHERE nm.person_id = p.id AND nm.removed_at IS NULL))";
  private final Pool pool;

  public PersonStore(Pool pool) {
    this.pool = pool;
  }

  public Future<Person> create(String displayName, String email, String phone, AccountRole role,
      StakeholderGroup group) {
    Person person = new Person(UUID.randomUUID(), displayName, email, phone, role, group, false, false);
    return pool.preparedQuery(
            "INSERT INTO person (id, display_name, email, phone, account_role, stakeholder_group) "
                + "VALUES ($1, $2, $3, $4, $5, $6)")
        .execute(Tuple.of(person.id(), displayName, email, phone, role.wireName(), group.wireName()))
        .map(rows -> person);
  }

  /**
   * New name, contact details and stakeholder group (null leaves a field as it is; "" clears an
   * e-mail address or phone number). Names already in a meeting's log stay as they were then.
   */
  public Future<Optional<Person>> update(UUID id, String displayName, String email, String phone, StakeholderGroup group,
      Boolean sharesContact) {
    return pool.preparedQuery("UPDATE person SET display_name = coalesce($2, display_name), "
            + "email = CASE WHEN $3::text IS NULL THEN email ELSE nullif($3, '') END, "
            + "phone = CASE WHEN $4::text IS NULL THEN phone ELSE nullif($4, '') END, "
            + "stakeholder_group = coalesce($5, stakeholder_group), shares_contact = coalesce($6, shares_contact) "
            + "WHERE id = $1 AND removed_at IS NULL")
        .execute(Tuple.of(id, displayName, email, phone, group == null ? null : group.wireName(), sharesContact))
        .compose(done -> find(id));
  }

  public Future<Optional<Person>> find(UUID id) {
    return pool.preparedQuery(
            COLUMNS + "FROM person WHERE id = $1")
        .execute(Tuple.of(id))
        .map(PersonStore::first);
  }

  /**
   * The one person with this e-mail address (any case) who belongs somewhere: an enabler, or a
   * member of a local network not removed. Two people sharing an address get nothing: a link is
   * for its person only, and which of them asked cannot be told.
   */
  public Future<Optional<Person>> belongingByEmail(String email) {
    return pool.preparedQuery(COLUMNS + "FROM person p WHERE removed_at IS NULL AND lower(email) = lower($1) AND "
            + BELONGS + " LIMIT 2")
        .execute(Tuple.of(email))
        .map(rows -> rows.size() == 1 ? first(rows) : Optional.empty());
  }

  /** Whether some enabler has an e-mail address to send a sign-in link to. */
  public Future<Boolean> anEnablerCanBeMailed() {
    return pool.query("SELECT EXISTS (SELECT 1 FROM person WHERE account_role = 'enabler' AND removed_at IS NULL "
            + "AND email IS NOT NULL) AS mailed")
        .execute()
        .map(rows -> rows.iterator().next().getBoolean("mailed"));
  }

  /** The first enabler ever created: the one a fresh installation prints a login link for. */
  /**
   * The first enabler, made now if there is none. Nodes of a cluster starting at once take turns
   * (a lock held for the transaction), so there is one first enabler however many start.
   */
  public Future<Person> firstEnablerOrNew() {
    return pool.withTransaction(db -> db.query("SELECT pg_advisory_xact_lock(hashtext('laget-runt first enabler'))").execute()
        .compose(locked -> db.query(FIRST_ENABLER).execute())
        .compose(rows -> {
          Optional<Person> found = first(rows);
          if (found.isPresent()) {
            return Future.succeededFuture(found.get());
          }
          Person person = new Person(UUID.randomUUID(), Person.FIRST_ENABLER, null, null, AccountRole.ENABLER,
              StakeholderGroup.OTHER, false, false);
          return db.preparedQuery("INSERT INTO person (id, display_name, account_role, stakeholder_group) VALUES ($1, $2, $3, $4)")
              .execute(Tuple.of(person.id(), person.displayName(), AccountRole.ENABLER.wireName(), StakeholderGroup.OTHER.wireName()))
              .map(inserted -> person);
        }));
  }

  private static final String FIRST_ENABLER =
      COLUMNS + "FROM person WHERE account_role = 'enabler' AND removed_at IS NULL ORDER BY created_at, id LIMIT 1";

  public Future<Optional<Person>> firstEnabler() {
    return pool.query(FIRST_ENABLER)
        .execute()
        .map(PersonStore::first);
  }

  private static Optional<Person> first(RowSet<Row> rows) {
    if (rows.size() == 0) {
      return Optional.empty();
    }
    Row row = rows.iterator().next();
    return Optional.of(new Person(
        row.getUUID("id"),
        row.getString("display_name"),
        row.getString("email"),
        row.getString("phone"),
        AccountRole.fromWire(row.getString("account_role")),
        StakeholderGroup.fromWire(row.getString("stakeholder_group")),
        row.getBoolean("removed"),
        row.getBoolean("shares_contact")));
  }
}

package se.lagetrunt.networks;

import se.lagetrunt.domain.NetworkRole;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.Person;

/** Theme networks, local networks and who is in them, in Postgres. */
public final class NetworkStore {
  private static final String LOCAL =
      "SELECT ln.id, ln.theme_network_id, tn.name AS theme_name, ln.name FROM local_network ln "
          + "JOIN theme_network tn ON tn.id = ln.theme_network_id ";
  private final Pool pool;
  private final Clock clock;

  public NetworkStore(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /** Creates a theme network with its creator as its first enabler. */
  public Future<ThemeNetwork> createTheme(String name, UUID enablerId) {
    ThemeNetwork theme = new ThemeNetwork(UUID.randomUUID(), name);
    return pool.withTransaction(tx -> tx.preparedQuery("INSERT INTO theme_network (id, name) VALUES ($1, $2)")
        .execute(Tuple.of(theme.id(), name))
        .compose(v -> tx.preparedQuery(
                "INSERT INTO theme_network_enabler (theme_network_id, person_id) VALUES ($1, $2)")
            .execute(Tuple.of(theme.id(), enablerId)))
        .map(v -> theme));
  }

  /** The theme network's enablers (typically a researcher and a practitioner), in the order they joined. */
  public Future<List<Person>> enablersOf(UUID themeId) {
    return pool.preparedQuery("SELECT p.id, p.display_name, p.email, p.phone, p.account_role, p.stakeholder_group, p.shares_contact "
            + "FROM theme_network_enabler e JOIN person p ON p.id = e.person_id "
            + "WHERE e.theme_network_id = $1 ORDER BY p.created_at, p.id")
        .execute(Tuple.of(themeId))
        .map(rows -> all(rows, NetworkStore::person));
  }

  public Future<Void> addEnabler(UUID themeId, UUID personId) {
    return pool.preparedQuery("INSERT INTO theme_network_enabler (theme_network_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
        .execute(Tuple.of(themeId, personId)).mapEmpty();
  }

  /**
   * Takes an enabler off the theme network; false when they are its last (a theme network always
   * has someone to look after it). The theme's row is locked first, so two enablers removing each
   * other at the same moment cannot leave none.
   */
  public Future<Boolean> removeEnabler(UUID themeId, UUID personId) {
    return pool.withTransaction(tx -> tx.preparedQuery("SELECT id FROM theme_network WHERE id = $1 FOR UPDATE").execute(Tuple.of(themeId))
        .compose(locked -> tx.preparedQuery("SELECT count(*) FROM theme_network_enabler WHERE theme_network_id = $1").execute(Tuple.of(themeId)))
        .compose(count -> count.iterator().next().getLong(0) <= 1 ? Future.succeededFuture(false)
            : tx.preparedQuery("DELETE FROM theme_network_enabler WHERE theme_network_id = $1 AND person_id = $2")
                .execute(Tuple.of(themeId, personId)).map(rows -> true)));
  }

  public Future<Optional<ThemeNetwork>> theme(UUID id) {
    return pool.preparedQuery("SELECT id, name FROM theme_network WHERE id = $1")
        .execute(Tuple.of(id))
        .map(rows -> first(rows, NetworkStore::theme));
  }

  public Future<List<ThemeNetwork>> themesOf(UUID enablerId) {
    return pool.preparedQuery(
            "SELECT tn.id, tn.name FROM theme_network tn JOIN theme_network_enabler te ON te.theme_network_id = tn.id "
                + "WHERE te.person_id = $1 ORDER BY tn.name")
        .execute(Tuple.of(enablerId))
        .map(rows -> all(rows, NetworkStore::theme));
  }

  public Future<Boolean> isEnabler(UUID themeId, UUID personId) {
    return pool.preparedQuery("SELECT 1 FROM theme_network_enabler WHERE theme_network_id = $1 AND person_id = $2")
        .execute(Tuple.of(themeId, personId))
        .map(rows -> rows.size() > 0);
  }

  public Future<Void> renameTheme(UUID themeId, String name) {
    return pool.preparedQuery("UPDATE theme_network SET name = $2 WHERE id = $1").execute(Tuple.of(themeId, name)).mapEmpty();
  }

  public Future<Void> renameLocal(UUID localId, String name) {
    return pool.preparedQuery("UPDATE local_network SET name = $2 WHERE id = $1").execute(Tuple.of(localId, name)).mapEmpty();
  }

  public Future<LocalNetwork> createLocal(UUID themeId, String name) {
    UUID id = UUID.randomUUID();
    return pool.preparedQuery("INSERT INTO local_network (id, theme_network_id, name) VALUES ($1, $2, $3)")
        .execute(Tuple.of(id, themeId, name))
        .compose(v -> local(id))
        .map(Optional::orElseThrow);
  }

  public Future<Optional<LocalNetwork>> local(UUID id) {
    return pool.preparedQuery(LOCAL + "WHERE ln.id = $1")
        .execute(Tuple.of(id))
        .map(rows -> first(rows, NetworkStore::local));
  }

  public Future<List<LocalNetwork>> localsOfTheme(UUID themeId) {
    return pool.preparedQuery(LOCAL + "WHERE ln.theme_network_id = $1 ORDER BY ln.name")
        .execute(Tuple.of(themeId))
        .map(rows -> all(rows, NetworkStore::local));
  }

  /** Local networks the person is a current leader or participant of. */
  public Future<List<LocalNetwork>> localsOf(UUID personId) {
    return pool.preparedQuery(LOCAL + "JOIN network_member nm ON nm.local_network_id = ln.id "
            + "WHERE nm.person_id = $1 AND nm.removed_at IS NULL ORDER BY ln.name")
        .execute(Tuple.of(personId))
        .map(rows -> all(rows, NetworkStore::local));
  }

  /** The person's strongest role in the local network, if any (see the local_network_access view). */
  public Future<Optional<NetworkRole>> roleIn(UUID localId, UUID personId) {
    return pool.preparedQuery(
            "SELECT role FROM local_network_access WHERE local_network_id = $1 AND person_id = $2 "
                + "ORDER BY rank DESC LIMIT 1")
        .execute(Tuple.of(localId, personId))
        .map(rows -> first(rows, row -> NetworkRole.fromWire(row.getString("role"))));
  }

  public Future<Void> addMember(UUID localId, UUID personId, NetworkRole role) {
    return pool.preparedQuery(
            "INSERT INTO network_member (local_network_id, person_id, role) VALUES ($1, $2, $3) "
                + "ON CONFLICT (local_network_id, person_id) DO UPDATE SET role = EXCLUDED.role, removed_at = NULL")
        .execute(Tuple.of(localId, personId, role.wireName()))
        .mapEmpty();
  }

  /** How many leaders the local network has now. */
  public Future<Integer> leaderCount(UUID localId) {
    return pool.preparedQuery(
            "SELECT count(*)::int AS leaders FROM network_member "
                + "WHERE local_network_id = $1 AND role = 'leader' AND removed_at IS NULL")
        .execute(Tuple.of(localId))
        .map(rows -> rows.iterator().next().getInteger("leaders"));
  }

  /**
   * The member's role before removal, or empty if they were not a current member. A leader who
   * leads no network any more is a participant from then on: the account role follows the
   * memberships, so an old session cannot go on creating meetings or inviting people.
   */
  public Future<Optional<NetworkRole>> removeMember(UUID localId, UUID personId) {
    return pool.withTransaction(tx -> tx.preparedQuery(
            "UPDATE network_member SET removed_at = $3 "
                + "WHERE local_network_id = $1 AND person_id = $2 AND removed_at IS NULL RETURNING role")
        .execute(Tuple.of(localId, personId, clock.instant().atOffset(ZoneOffset.UTC)))
        .compose(rows -> tx.preparedQuery(
                "UPDATE person SET account_role = 'participant' WHERE id = $1 AND account_role = 'leader' "
                    + "AND NOT EXISTS (SELECT 1 FROM network_member WHERE person_id = $1 AND role = 'leader' "
                    + "AND removed_at IS NULL)")
            .execute(Tuple.of(personId))
            .map(v -> first(rows, row -> NetworkRole.fromWire(row.getString("role"))))));
  }

  /** The current member's role, if the person is one (enablers are not members). */
  public Future<Optional<NetworkRole>> memberRole(UUID localId, UUID personId) {
    return pool.preparedQuery(
            "SELECT role FROM network_member WHERE local_network_id = $1 AND person_id = $2 AND removed_at IS NULL")
        .execute(Tuple.of(localId, personId))
        .map(rows -> first(rows, row -> NetworkRole.fromWire(row.getString("role"))));
  }

  /** Whether the person still belongs anywhere: a network, a theme, or a hand-made meeting. */
  public Future<Boolean> belongsAnywhere(UUID personId) {
    return pool.preparedQuery(
            "SELECT EXISTS (SELECT 1 FROM network_member WHERE person_id = $1 AND removed_at IS NULL) "
                + "OR EXISTS (SELECT 1 FROM theme_network_enabler WHERE person_id = $1) AS belongs")
        .execute(Tuple.of(personId))
        .map(rows -> rows.iterator().next().getBoolean("belongs"));
  }

  public Future<Optional<UUID>> localNetworkOfSeries(UUID seriesId) {
    return pool.preparedQuery("SELECT local_network_id FROM meeting_series WHERE id = $1")
        .execute(Tuple.of(seriesId))
        .map(rows -> first(rows, row -> row.getUUID("local_network_id")));
  }

  /**
   * Sets the stakeholder group the member stands for in this network; their own group (the
   * person's) is kept as none, so it follows when they change their own.
   */
  public Future<Void> setGroupIn(UUID localId, UUID personId, StakeholderGroup group) {
    return pool.preparedQuery("UPDATE network_member nm SET stakeholder_group = nullif($3, p.stakeholder_group) "
            + "FROM person p WHERE p.id = nm.person_id AND nm.local_network_id = $1 AND nm.person_id = $2 "
            + "AND nm.removed_at IS NULL")
        .execute(Tuple.of(localId, personId, group.wireName())).mapEmpty();
  }

  /** The group a current member stands for in this network. */
  public Future<Optional<StakeholderGroup>> groupIn(UUID localId, UUID personId) {
    return pool.preparedQuery("SELECT coalesce(nm.stakeholder_group, p.stakeholder_group) AS g FROM network_member nm "
            + "JOIN person p ON p.id = nm.person_id WHERE nm.local_network_id = $1 AND nm.person_id = $2 AND nm.removed_at IS NULL")
        .execute(Tuple.of(localId, personId))
        .map(rows -> first(rows, row -> StakeholderGroup.fromWire(row.getString("g"))));
  }

  public Future<List<NetworkMember>> members(UUID localId) {
    return pool.preparedQuery(
            // The group they stand for in this network, where it is not their own.
            "SELECT p.id, p.display_name, p.email, p.phone, p.account_role, "
                + "coalesce(nm.stakeholder_group, p.stakeholder_group) AS stakeholder_group, p.shares_contact, nm.role "
                + "FROM network_member nm JOIN person p ON p.id = nm.person_id "
                + "WHERE nm.local_network_id = $1 AND nm.removed_at IS NULL "
                + "ORDER BY nm.role, p.display_name")
        .execute(Tuple.of(localId))
        .map(rows -> all(rows, row -> new NetworkMember(person(row), NetworkRole.fromWire(row.getString("role")))));
  }

  /** A person from a row with the person table's columns (a current member or enabler: not removed). */
  private static Person person(Row row) {
    return new Person(row.getUUID("id"), row.getString("display_name"), row.getString("email"), row.getString("phone"),
        AccountRole.fromWire(row.getString("account_role")), StakeholderGroup.fromWire(row.getString("stakeholder_group")), false,
        row.getBoolean("shares_contact"));
  }

  private static ThemeNetwork theme(Row row) {
    return new ThemeNetwork(row.getUUID("id"), row.getString("name"));
  }

  private static LocalNetwork local(Row row) {
    return new LocalNetwork(row.getUUID("id"), row.getUUID("theme_network_id"), row.getString("theme_name"),
        row.getString("name"));
  }

  private static <T> Optional<T> first(RowSet<Row> rows, Function<Row, T> map) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(map.apply(rows.iterator().next()));
  }

  private static <T> List<T> all(RowSet<Row> rows, Function<Row, T> map) {
    List<T> list = new ArrayList<>(rows.size());
    rows.forEach(row -> list.add(map.apply(row)));
    return list;
  }
}

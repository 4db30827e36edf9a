package se.lagetrunt.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The people and meetings a benchmark needs, written straight into Postgres: a meeting per room,
 * its members (the first leads, the rest take notes, so everyone may write the minutes).
 */
final class Fixture {
  record Room(UUID meetingId, List<UUID> people) {}

  private final String jdbcUrl;
  private final String user;
  private final String password;

  Fixture(String databaseUrl) {
    java.net.URI uri = java.net.URI.create(databaseUrl);
    String[] credentials = uri.getUserInfo() == null ? new String[] {"postgres", ""} : uri.getUserInfo().split(":", 2);
    this.jdbcUrl = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath();
    this.user = credentials[0];
    this.password = credentials.length > 1 ? credentials[1] : "";
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, user, password);
  }

  List<Room> rooms(int rooms, int perRoom) throws SQLException {
    return rooms(rooms, perRoom, false);
  }

  /** With {@code allLead} everyone in a room leads it (for load with commands only leaders may send). */
  List<Room> rooms(int rooms, int perRoom, boolean allLead) throws SQLException {
    List<Room> made = new ArrayList<>();
    try (Connection db = connect()) {
      db.setAutoCommit(false);
      try (PreparedStatement person = db.prepareStatement(
              "INSERT INTO person (id, display_name, account_role, stakeholder_group) VALUES (?, ?, ?, 'other')");
          // Each person is signed in on one device, whose session id is their own id (see tokenFor).
          PreparedStatement session = db.prepareStatement("INSERT INTO device_session (id, person_id, created_at, "
              + "last_seen_at, expires_at) VALUES (?, ?, now(), now(), 'infinity')"); // whatever the server's clock says
          PreparedStatement meeting = db.prepareStatement("INSERT INTO meeting (id, title, created_by) VALUES (?, ?, ?)");
          PreparedStatement member = db.prepareStatement(
              "INSERT INTO meeting_member (meeting_id, person_id, role) VALUES (?, ?, ?)")) {
        for (int r = 0; r < rooms; r++) {
          UUID meetingId = UUID.randomUUID();
          List<UUID> people = new ArrayList<>();
          for (int p = 0; p < perRoom; p++) {
            UUID id = UUID.randomUUID();
            person.setObject(1, id);
            person.setString(2, "Deltagare " + r + "-" + p);
            person.setString(3, p == 0 ? "leader" : "participant");
            person.addBatch();
            session.setObject(1, id);
            session.setObject(2, id);
            session.addBatch();
            people.add(id);
          }
          person.executeBatch();
          session.executeBatch();
          meeting.setObject(1, meetingId);
          meeting.setString(2, "Rum " + r);
          meeting.setObject(3, people.get(0));
          meeting.executeUpdate();
          for (int p = 0; p < perRoom; p++) {
            member.setObject(1, meetingId);
            member.setObject(2, people.get(p));
            member.setString(3, p == 0 || allLead ? "leader" : "note-taker");
            member.addBatch();
          }
          member.executeBatch();
          made.add(new Room(meetingId, people));
        }
      }
      db.commit();
    }
    return made;
  }

  /** Transactions committed in the database so far (pg_stat_database; flushed each call). */
  long transactions() throws SQLException {
    try (Connection db = connect(); ResultSet rows = db.createStatement().executeQuery(
        "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
      db.createStatement().execute("SELECT pg_stat_clear_snapshot()");
      rows.next();
      return rows.getLong(1);
    }
  }
}

package se.lagetrunt.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.store.Retention;
import se.lagetrunt.testing.SubmittedMinutes;
import se.lagetrunt.testing.TestPostgres;
import se.lagetrunt.testing.TestServer;

/**
 * Retention by the server's clock: a meeting held six years ago goes whole with the defaults (five
 * years), one held last year stays; sign-ins that ended and links that died more than 90 days ago
 * go, a link a device still names stays with it.
 */
class RetentionTest {
  @Test
  void whatOutlivedItsLimitGoesAndNothingElse() {
    try (TestServer server = TestServer.start(TestPostgres.newDatabase(),
        root -> {
          root.putObject("operations").put("linkRetentionDays", 90).put("meetingRetentionYears", 5);
          root.putObject("auth").put("loginLinkDays", 14); // an operator's limit: links that expire unused
        })) {
      Person leader = server.person("Lena Ledare", AccountRole.PARTICIPANT, StakeholderGroup.OFFICIAL);
      MeetingInfo old = server.meeting(leader, MeetingRole.LEADER);
      MeetingInfo recent = server.meeting(leader, MeetingRole.LEADER);
      SubmittedMinutes.writeOpening(server, leader, old.id(), "Förr i tiden.");
      SubmittedMinutes.writeOpening(server, leader, recent.id(), "Förra året.");
      server.execute("UPDATE meeting SET starts_at = " + server.sqlNow() + " - interval '6 years' WHERE id = '" + old.id() + "'");
      server.execute("UPDATE meeting SET starts_at = " + server.sqlNow() + " - interval '1 year' WHERE id = '" + recent.id() + "'");
      TestServer.await(server.server().services().links().create(leader.id())); // a link that will expire unused
      TestServer.await(server.server().services().links().create(leader.id())); // and one a laptop signs in with, for years
      server.execute("INSERT INTO device_session (id, person_id, link_hash, device, created_at, last_seen_at, expires_at) "
          + "SELECT gen_random_uuid(), person_id, token_hash, 'laptop', " + server.sqlNow() + ", " + server.sqlNow() + ", "
          + server.sqlNow() + " + interval '1000 days' FROM login_link WHERE person_id = '" + leader.id() + "' "
          + "ORDER BY token_hash LIMIT 1");
      UUID ended = TestServer.await(server.server().services().sessions().open(leader.id(), null, "old phone"));
      TestServer.await(server.server().services().sessions().end(leader.id(), ended, "signed out"));

      Retention.Purged nothingYet = TestServer.await(server.server().purgeNow());
      assertEquals(1, nothingYet.meetings(), "the six-year-old meeting, at once");
      assertEquals(0, nothingYet.signIns() + nothingYet.links(), "sign-ins and links are young");
      assertEquals(0, server.count("SELECT count(*) FROM meeting_event WHERE meeting_id = '" + old.id() + "'"));
      assertTrue(server.count("SELECT count(*) FROM meeting_event WHERE meeting_id = '" + recent.id() + "'") > 0);

      server.clock().advance(Duration.ofDays(200));
      Retention.Purged later = TestServer.await(server.server().purgeNow());
      assertTrue(later.signIns() >= 1 && later.links() >= 1, later.toString());
      assertEquals(0, later.meetings(), "last year's meeting is two years old at most");
      assertEquals(0, server.count("SELECT count(*) FROM device_session WHERE device = 'old phone'"));
      assertEquals(1, server.count("SELECT count(*) FROM login_link l JOIN device_session s ON s.link_hash = l.token_hash "
          + "WHERE s.device = 'laptop'"), "the laptop's link stays with its sign-in");
      assertEquals(1, server.count("SELECT count(*) FROM login_link WHERE person_id = '" + leader.id() + "'"), "the other went");
      assertEquals(1, server.count("SELECT count(*) FROM meeting WHERE id = '" + recent.id() + "'"));
    }
  }
}

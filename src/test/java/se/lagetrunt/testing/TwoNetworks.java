package se.lagetrunt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.networks.LocalNetwork;
import se.lagetrunt.domain.NetworkRole;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.networks.ThemeNetwork;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.Person;

/**
 * Two theme networks, each with one local network that has a leader, a participant and a
 * six-meeting series: the "own" and the "other" side of every permission question.
 *
 * <p>The series is dated by the server's clock: its local meetings are three weeks apart from
 * {@link #SERIES_BEGAN} ago, and the first is then moved to now (so joining it counts as
 * attending). So meeting 2 was five weeks ago (its minutes are late), meeting 3 was
 * {@link #THIRD_MEETING_AGO} ago (held, and its minutes not late for another day and more), and
 * meetings 4 to 6 are ahead.
 */
public final class TwoNetworks {
  public static final Duration SERIES_BEGAN = Duration.ofDays(55);
  public static final Duration THIRD_MEETING_AGO = Duration.ofDays(13);

  public final Side own;
  public final Side other;

  /** One theme network with its people and meetings. */
  public record Side(ThemeNetwork theme, LocalNetwork local, Person enabler, Person leader, Person participant,
      UUID localMeeting, UUID preMeeting, UUID series) {}

  public TwoNetworks(TestServer server) {
    own = side(server, "Nära vård", "Umeå");
    other = side(server, "Samsjuklighet", "Västerås");
  }

  private static Side side(TestServer server, String themeName, String localName) {
    NetworkStore networks = server.server().services().networks();
    Person enabler = server.person("Möjliggörare " + localName, AccountRole.ENABLER, StakeholderGroup.RESEARCHER);
    ThemeNetwork theme = TestServer.await(networks.createTheme(themeName, enabler.id()));
    LocalNetwork local = TestServer.await(networks.createLocal(theme.id(), localName));
    Person leader = server.person("Ledare " + localName, AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    Person participant = server.person("Anhörig " + localName, AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
    TestServer.await(networks.addMember(local.id(), leader.id(), NetworkRole.LEADER));
    TestServer.await(networks.addMember(local.id(), participant.id(), NetworkRole.PARTICIPANT));
    RestClient rest = new RestClient(server);
    rest.ok("POST", "/api/local-networks/" + local.id() + "/series", server.token(leader),
        "{\"templateKey\":\"nara-vard\",\"weeksBetween\":3,\"firstMeetingAt\":\""
            + server.clock().instant().minus(SERIES_BEGAN) + "\"}");
    JsonNode meetings = rest.ok("GET", "/api/meetings", server.token(leader), null);
    UUID localMeeting = null;
    UUID preMeeting = null;
    UUID series = null;
    for (JsonNode meeting : meetings) {
      if (meeting.get("round").asInt() == 1 && "local".equals(meeting.get("kind").asText())) {
        localMeeting = UUID.fromString(meeting.get("id").asText());
        series = UUID.fromString(meeting.get("seriesId").asText());
      }
      if (meeting.get("round").asInt() == 1 && "pre".equals(meeting.get("kind").asText())) {
        preMeeting = UUID.fromString(meeting.get("id").asText());
      }
    }
    // The first local meeting is on now, so joining it counts as attending.
    server.execute("UPDATE meeting SET starts_at = " + server.sqlNow() + " WHERE id = '" + localMeeting + "'");
    return new Side(theme, local, enabler, leader, participant, localMeeting, preMeeting, series);
  }

  /** The own local network's meeting of a round in its first series, as its leader's list has it. */
  public UUID ownLocalMeeting(TestServer server, int round) {
    for (JsonNode meeting : new RestClient(server).ok("GET", "/api/meetings", server.token(own.leader()), null)) {
      if (meeting.get("round").asInt() == round && "local".equals(meeting.get("kind").asText())
          && own.series().toString().equals(meeting.path("seriesId").asText())) {
        return UUID.fromString(meeting.get("id").asText());
      }
    }
    throw new AssertionError("no local meeting " + round);
  }

  /** A fresh member of the own local network, for calls that use one up. */
  public Person freshMember(TestServer server, NetworkRole role) {
    Person person = server.person("Ny " + role.wireName(), role == NetworkRole.LEADER ? AccountRole.LEADER
        : AccountRole.PARTICIPANT, StakeholderGroup.CARE_STAFF);
    TestServer.await(server.server().services().networks().addMember(own.local().id(), person.id(), role));
    return person;
  }
}

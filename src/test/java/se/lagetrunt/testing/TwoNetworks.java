package se.lagetrunt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.networks.LocalNetwork;
import se.lagetrunt.networks.NetworkRole;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.networks.ThemeNetwork;
import se.lagetrunt.store.AccountRole;
import se.lagetrunt.store.Person;

/**
 * Two theme networks, each with one local network that has a leader, a participant and a
 * six-meeting series: the "own" and the "other" side of every permission question.
 */
public final class TwoNetworks {
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
        "{\"templateKey\":\"nara-vard\",\"firstMeetingAt\":\"2026-09-01T18:00:00+02:00\"}");
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
    server.execute("UPDATE meeting SET starts_at = now() WHERE id = '" + localMeeting + "'");
    return new Side(theme, local, enabler, leader, participant, localMeeting, preMeeting, series);
  }

  /** A fresh member of the own local network, for calls that use one up. */
  public Person freshMember(TestServer server, NetworkRole role) {
    Person person = server.person("Ny " + role.wireName(), role == NetworkRole.LEADER ? AccountRole.LEADER
        : AccountRole.PARTICIPANT, StakeholderGroup.CARE_STAFF);
    TestServer.await(server.server().services().networks().addMember(own.local().id(), person.id(), role));
    return person;
  }
}

package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.NetworkRole;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;
import se.lagetrunt.testing.TwoNetworks;

/** A network's page tells its leaders the mix of stakeholder groups and which needed groups are missing. */
class NetworkMixTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void theMixAndTheMissingGroups() {
    TwoNetworks nets = new TwoNetworks(server);
    RestClient rest = new RestClient(server);
    String path = "/api/local-networks/" + nets.own.local().id();
    JsonNode mix = rest.ok("GET", path, server.token(nets.own.leader()), null).get("mix");
    assertEquals(1, mix.at("/counts/official").asInt(), "the leader");
    assertEquals(1, mix.at("/counts/family-carer").asInt(), "the participant");
    assertEquals(List.of("care-staff", "manager", "politician", "civil-society"), strings(mix.get("missing")));

    nets.freshMember(server, NetworkRole.PARTICIPANT); // care staff
    mix = rest.ok("GET", path, server.token(nets.own.leader()), null).get("mix");
    assertEquals(List.of("manager", "politician", "civil-society"), strings(mix.get("missing")));
    rest.ok("DELETE", path + "/members/" + nets.own.participant().id(), server.token(nets.own.leader()), null);
    assertEquals(List.of("family-carer", "manager", "politician", "civil-society"),
        strings(rest.ok("GET", path, server.token(nets.own.leader()), null).at("/mix/missing")), "only current members count");
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(item -> list.add(item.asText()));
    return list;
  }
}

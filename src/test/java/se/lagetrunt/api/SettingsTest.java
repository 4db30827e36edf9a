package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestServer;

/** The pages take the rules' lists and numbers from the server instead of keeping copies. */
class SettingsTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void theRulesListsAndNumbersAreTheServers() {
    RestClient.Reply reply = new RestClient(server).call("GET", "/api/settings", null, null);
    assertEquals(200, reply.status(), "no sign-in needed: nothing personal in it");
    assertEquals("{\"stakeholderGroups\":[\"family-carer\",\"care-staff\",\"official\",\"manager\",\"politician\","
        + "\"civil-society\",\"researcher\",\"other\"],\"meetingModes\":[\"digital\",\"physical\",\"hybrid\"],"
        + "\"roundKinds\":[\"check-in\",\"discussion\",\"reflection\"],\"roundOrders\":[\"join\",\"unheard-first\",\"shuffled\"],"
        + "\"maxLeaders\":2,\"maxNoteTakers\":2,\"maxFileBytes\":26214400,\"sendsMail\":false}", reply.body().toString());
  }
}

package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.RestClient;
import se.lagetrunt.testing.TestPostgres;
import se.lagetrunt.testing.TestServer;

/**
 * A personal link lasts as long as the person's place – years, if need be – unless an operator
 * sets a limit (auth.loginLinkDays), which is then kept to the minute.
 */
class LinkLifetimeTest {
  private static int signIn(TestServer server, String link) {
    return new RestClient(server).call("POST", "/api/session", null, "{\"loginToken\":\"" + RestClient.secretOf(link) + "\"}").status();
  }

  @Test
  void aLinkLastsAsLongAsThePersonsPlace() {
    try (TestServer server = TestServer.start()) {
      Person person = server.person("Anna Anhörig", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
      String link = TestServer.await(server.server().services().links().create(person.id()));
      server.clock().advance(Duration.ofDays(3 * 365));
      assertEquals(200, signIn(server, link), "three years on");
      TestServer.await(server.server().services().links().revokeAll(person.id()));
      assertEquals(401, signIn(server, link), "until it is revoked");
    }
  }

  @Test
  void anOperatorsLimitIsKept() {
    try (TestServer server = TestServer.start(TestPostgres.newDatabase(), root -> root.putObject("auth").put("loginLinkDays", 14))) {
      Person person = server.person("Anna Anhörig", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
      String link = TestServer.await(server.server().services().links().create(person.id()));
      server.clock().advance(Duration.ofDays(14).minusMinutes(1));
      assertEquals(200, signIn(server, link), "a minute before the limit");
      server.clock().advance(Duration.ofMinutes(2));
      assertEquals(401, signIn(server, link), "a minute after");
    }
  }
}

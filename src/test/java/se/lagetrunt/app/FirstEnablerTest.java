package se.lagetrunt.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.auth.LoginLinks;
import se.lagetrunt.store.PersonStore;
import se.lagetrunt.testing.TestServer;

/** The link printed at start: one for the first enabler, replaced at each start, none once mail can reach one. */
class FirstEnablerTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  private static Optional<UUID> redeem(String link) {
    return TestServer.await(server.server().services().links().redeem(link.substring(link.indexOf('#') + 1)))
        .map(se.lagetrunt.auth.LoginLinks.Redeemed::personId);
  }

  @Test
  void eachStartReplacesTheLastLinkAndMailMakesItNeedless() {
    PersonStore people = server.server().services().people();
    LoginLinks links = server.server().services().links();
    String first = TestServer.await(FirstEnabler.loginLink(people, links, true)).orElseThrow();
    String second = TestServer.await(FirstEnabler.loginLink(people, links, true)).orElseThrow();
    assertEquals(Optional.empty(), redeem(first), "the link from the last start no longer works");
    UUID enabler = redeem(second).orElseThrow();
    assertEquals(enabler, TestServer.await(people.firstEnabler()).orElseThrow().id(), "still the same first enabler");

    server.execute("UPDATE person SET email = 'maria@example.se' WHERE id = '" + enabler + "'");
    assertTrue(TestServer.await(FirstEnabler.loginLink(people, links, false)).isPresent(),
        "a server that cannot mail still prints one");
    assertEquals(Optional.empty(), TestServer.await(FirstEnabler.loginLink(people, links, true)),
        "with an address and mail, enablers ask for a link on the start page");
  }

  @Test
  void nodesStartingAtOnceMakeOneFirstEnabler() {
    server.execute("UPDATE person SET removed_at = now() WHERE account_role = 'enabler'"); // as on a fresh database
    PersonStore people = server.server().services().people();
    List<io.vertx.core.Future<se.lagetrunt.store.Person>> starts = new java.util.ArrayList<>();
    for (int node = 0; node < 6; node++) {
      starts.add(people.firstEnablerOrNew());
    }
    TestServer.await(io.vertx.core.Future.all(starts));
    assertEquals(1, starts.stream().map(start -> start.result().id()).distinct().count(), "all found the same one");
    assertEquals(1, server.count("SELECT count(*) FROM person WHERE account_role = 'enabler' AND removed_at IS NULL"));
  }
}

package se.lagetrunt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.Person;

/**
 * A term as the flows over REST begin it: a new enabler, a theme network and one local network.
 * People and series are added the way enablers and leaders add them.
 */
public record RestTerm(RestClient rest, Person enabler, String enablerToken, String theme, String local) {

  public static RestTerm create(TestServer server, String localName) {
    RestClient rest = new RestClient(server);
    Person enabler = server.person("Maria Möjliggörare", AccountRole.ENABLER, StakeholderGroup.RESEARCHER);
    String token = server.token(enabler);
    String theme = rest.ok("POST", "/api/theme-networks", token, "{\"name\":\"Nära vård\"}").get("id").asText();
    String local = rest.ok("POST", "/api/theme-networks/" + theme + "/local-networks", token,
        "{\"name\":\"" + localName + "\"}").get("id").asText();
    return new RestTerm(rest, enabler, token, theme, local);
  }

  public String members() {
    return "/api/local-networks/" + local + "/members";
  }

  /** Adds someone (a JSON member as the API takes it) by whoever's token; the invitation. */
  public JsonNode add(String token, String member) {
    return rest.ok("POST", members(), token, member);
  }

  /** Adds a leader as the enabler; their session token. */
  public String leader(String name, String email) {
    String address = email == null ? "" : ",\"email\":\"" + email + "\"";
    return rest.signIn(add(enablerToken, "{\"name\":\"" + name + "\",\"group\":\"official\",\"role\":\"leader\"" + address + "}")
        .get("link").asText());
  }

  /** A series from the built-in Nära vård template, created by whoever's token. */
  public void series(String token, java.time.Instant firstMeetingAt, int weeksBetween) {
    rest.ok("POST", "/api/local-networks/" + local + "/series", token,
        "{\"templateKey\":\"nara-vard\",\"firstMeetingAt\":\"" + firstMeetingAt + "\",\"weeksBetween\":" + weeksBetween + "}");
  }
}

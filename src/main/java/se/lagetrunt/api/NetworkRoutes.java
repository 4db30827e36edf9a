package se.lagetrunt.api;

import se.lagetrunt.protocol.Farewell;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import java.util.UUID;
import se.lagetrunt.auth.DeviceSessions;
import se.lagetrunt.auth.LoginLinks;
import se.lagetrunt.auth.SessionRevoker;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.mail.MailText;
import se.lagetrunt.mail.Letter;
import se.lagetrunt.mail.MailKind;
import se.lagetrunt.mail.Outbox;
import se.lagetrunt.networks.LocalNetwork;
import se.lagetrunt.domain.NetworkRole;
import se.lagetrunt.networks.GroupMix;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.Person;
import se.lagetrunt.store.PersonStore;

/**
 * Setting up a term: theme networks (enablers), local networks and their leaders (enablers),
 * participants (leaders) and their personal links. Every handler first establishes the caller's
 * role in the network it touches.
 */
final class NetworkRoutes {

  private final NetworkAccess access;
  private final NetworkStore networks;
  private final PersonStore people;
  private final LoginLinks links;
  private final SessionRevoker sockets;
  private final SignIns signIns;
  private final Outbox mailer;

  NetworkRoutes(NetworkAccess access, NetworkStore networks, PersonStore people, LoginLinks links,
      DeviceSessions deviceSessions, SessionRevoker sockets, Outbox mailer) {
    this.access = access;
    this.networks = networks;
    this.people = people;
    this.links = links;
    this.sockets = sockets;
    this.signIns = new SignIns(links, deviceSessions, sockets);
    this.mailer = mailer;
  }

  void mount(Router router) {
    router.get("/api/theme-networks").handler(this::listThemes);
    router.post("/api/theme-networks").handler(this::createTheme);
    router.get("/api/theme-networks/:id").handler(this::showTheme);
    router.post("/api/theme-networks/:id/local-networks").handler(this::createLocal);
    router.get("/api/local-networks").handler(this::listLocals);
    router.get("/api/local-networks/:id").handler(this::showLocal);
    router.post("/api/local-networks/:id/members").handler(this::addMember);
    router.delete("/api/local-networks/:id/members/:personId").handler(this::removeMember);
    router.post("/api/local-networks/:id/members/:personId/link").handler(this::newLink);
    router.delete("/api/local-networks/:id/members/:personId/link").handler(this::revokeLinks);
  }

  private void listThemes(RoutingContext ctx) {
    networks.themesOf(Requests.person(ctx).id())
        .onSuccess(themes -> ctx.json(Views.list(themes, Views::theme)))
        .onFailure(ctx::fail);
  }

  private void createTheme(RoutingContext ctx) {
    Person person = Requests.person(ctx);
    String name = Fields.line(Fields.body(ctx), "name", 200);
    if (person.accountRole() != AccountRole.ENABLER) {
      throw new ApiProblem(ProblemCode.FORBIDDEN, "Only enablers create theme networks.");
    }
    networks.createTheme(name, person.id())
        .onSuccess(theme -> Requests.created(ctx, Views.theme(theme)))
        .onFailure(ctx::fail);
  }

  private void showTheme(RoutingContext ctx) {
    access.enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(theme -> networks.localsOfTheme(theme.id())
            .map(locals -> Views.theme(theme).put("localNetworks", Views.list(locals, Views::local))))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  private void createLocal(RoutingContext ctx) {
    String name = Fields.line(Fields.body(ctx), "name", 200);
    access.enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(theme -> networks.createLocal(theme.id(), name))
        .onSuccess(local -> Requests.created(ctx, Views.local(local)))
        .onFailure(ctx::fail);
  }

  private void listLocals(RoutingContext ctx) {
    networks.localsOf(Requests.person(ctx).id())
        .onSuccess(locals -> ctx.json(Views.list(locals, Views::local)))
        .onFailure(ctx::fail);
  }

  private void showLocal(RoutingContext ctx) {
    access.roleIn(ctx, Requests.id(ctx, "id")).compose(access -> networks.members(access.local().id()).map(members ->
            Views.local(access.local())
                .put("yourRole", access.role().wireName())
                .put("mix", mix(GroupMix.of(members)))
                .put("members", Views.list(members, member -> Views.member(member, access.role().manages())))))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  /** How many of each stakeholder group the network has, and which of those it needs it lacks. */
  private static JsonObject mix(GroupMix mix) {
    JsonObject counts = new JsonObject();
    mix.counts().forEach((group, count) -> counts.put(group.wireName(), count));
    return new JsonObject().put("counts", counts)
        .put("missing", new JsonArray(mix.missing().stream().map(StakeholderGroup::wireName).toList()));
  }

  /**
   * Enablers add leaders; enablers and leaders add participants. The answer carries the personal
   * link, except to an enabler adding a participant: enablers are outside the local group, so a
   * participant's link goes to them by e-mail or is made and handed over by a leader.
   */
  private void addMember(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    String name = Fields.line(body, "name", 120);
    String email = Fields.email(body, "email");
    String phone = Fields.phone(body, "phone");
    StakeholderGroup group = Fields.group(body, "group");
    NetworkRole role = NetworkRole.fromWire(Fields.oneOf(body, "role", Set.of("leader", "participant"), "participant"));
    access.managerOf(ctx, Requests.id(ctx, "id"))
        .compose(access -> {
          if (role == NetworkRole.LEADER && access.role() != NetworkRole.ENABLER) {
            return Future.failedFuture(new ApiProblem(ProblemCode.FORBIDDEN, "Only enablers add leaders."));
          }
          return role == NetworkRole.LEADER ? roomForALeader(access.local(), access) : Future.succeededFuture(access);
        })
        .compose(access -> {
          AccountRole account = role == NetworkRole.LEADER ? AccountRole.LEADER : AccountRole.PARTICIPANT;
          return people.create(name, email, phone, account, group)
              .compose(person -> networks.addMember(access.local().id(), person.id(), role)
                  .compose(v -> deliver(ctx, access, person, role, true))
                  .map(result -> result.put("person", Views.person(person).put("role", role.wireName()))));
        })
        .onSuccess(result -> Requests.created(ctx, result))
        .onFailure(ctx::fail);
  }

  private Future<NetworkAccess.Access> roomForALeader(LocalNetwork local, NetworkAccess.Access access) {
    return networks.leaderCount(local.id()).compose(leaders -> leaders < LocalNetwork.MAX_LEADERS
        ? Future.succeededFuture(access)
        : Future.failedFuture(new ApiProblem(ProblemCode.TOO_MANY_LEADERS,
            "A local network has at most " + LocalNetwork.MAX_LEADERS + " leaders; remove one first.")));
  }

  /** Ends the person's membership and, at once, their open connections. */
  private void removeMember(RoutingContext ctx) {
    UUID personId = Requests.id(ctx, "personId");
    memberManagedBy(ctx, personId)
        .compose(access -> networks.removeMember(access.local().id(), personId))
        .compose(removed -> {
          sockets.endSessionsOf(personId, Farewell.REMOVED);
          return networks.belongsAnywhere(personId);
        })
        .compose(belongs -> belongs ? Future.<Void>succeededFuture() : endSignIns(personId, Farewell.REMOVED_EVERYWHERE))
        .onSuccess(v -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }

  /**
   * A fresh personal link. Every earlier link of the person stops working, and every device they
   * signed in with one signs out: a new link is asked for when an old one may have gone astray.
   * An enabler never gets a member's new link in the answer: it goes to the member by e-mail, or,
   * for a participant, a leader makes one and hands it over.
   */
  private void newLink(RoutingContext ctx) {
    UUID personId = Requests.id(ctx, "personId");
    memberManagedBy(ctx, personId)
        .compose(access -> networks.memberRole(access.local().id(), personId).compose(role -> people.find(personId)
            .compose(found -> {
              Person person = found.orElseThrow();
              if (access.role() == NetworkRole.ENABLER && role.orElseThrow() == NetworkRole.LEADER && !canMail(person)) {
                return Future.failedFuture(new ApiProblem(ProblemCode.NO_MAIL_ROUTE,
                    "A leader's new link goes to their e-mail address, and this leader has none the server can reach."));
              }
              return endSignIns(personId, Farewell.LINK_REPLACED)
                  .compose(v -> deliver(ctx, access, person, role.orElseThrow(), false));
            })))
        .onSuccess(result -> Requests.created(ctx, result))
        .onFailure(ctx::fail);
  }

  /**
   * A new link for a member, delivered the way the caller may: a leader of the network is shown it
   * (to hand over, as a QR code too) and it is e-mailed as well where it can be. An enabler, who is
   * outside the group, is shown a link only when adding a leader to set the network up (the leader
   * sees whose link signed them in); otherwise the link is e-mailed, or the answer says a leader of
   * the network hands it over.
   */
  private Future<JsonObject> deliver(RoutingContext ctx, NetworkAccess.Access access, Person person, NetworkRole role,
      boolean adding) {
    boolean shown = access.role() != NetworkRole.ENABLER || (adding && role == NetworkRole.LEADER);
    if (!shown && !canMail(person)) {
      return Future.succeededFuture(new JsonObject().put("emailed", false).put("handOver", "leader"));
    }
    return links.create(person.id(), Requests.person(ctx).id()).compose(link -> {
      JsonObject result = new JsonObject().put("emailed", false);
      if (shown) {
        result.put("link", link).put("qrSvg", QrSvg.of(link));
      }
      if (!canMail(person)) {
        return Future.succeededFuture(result);
      }
      return mailer.post(Letter.to(person.id(), person.email(), MailKind.INVITATION,
              MailText.invitation(person.displayName(), access.local().name(), link)))
          .map(posted -> result.put("emailed", posted));
    });
  }

  private boolean canMail(Person person) {
    return person.email() != null && mailer.enabled();
  }

  private void revokeLinks(RoutingContext ctx) {
    UUID personId = Requests.id(ctx, "personId");
    memberManagedBy(ctx, personId)
        .compose(access -> endSignIns(personId, Farewell.LINKS_REVOKED))
        .onSuccess(v -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }



  /** Every link of the person stops working, and every device signed in with one signs out, open sockets too. */
  private Future<Void> endSignIns(UUID personId, Farewell why) {
    return signIns.endAll(personId, why);
  }

  /**
   * The network, if the caller may look after this member: enablers after everyone, leaders
   * after participants and themselves.
   */
  private Future<NetworkAccess.Access> memberManagedBy(RoutingContext ctx, UUID personId) {
    return access.managerOf(ctx, Requests.id(ctx, "id")).compose(access -> networks.memberRole(access.local().id(), personId)
        .compose(role -> {
          if (role.isEmpty()) {
            return Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "This person is not in the network."));
          }
          boolean allowed = access.role() == NetworkRole.ENABLER
              || role.get() == NetworkRole.PARTICIPANT
              || personId.equals(Requests.person(ctx).id());
          return allowed
              ? Future.succeededFuture(access)
              : Future.failedFuture(new ApiProblem(ProblemCode.FORBIDDEN, "Only enablers look after leaders."));
        }));
  }
}

package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import se.lagetrunt.auth.DeviceSessions;
import se.lagetrunt.auth.LoginLinks;
import se.lagetrunt.auth.SessionRevoker;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.mail.MailText;
import se.lagetrunt.mail.Letter;
import se.lagetrunt.mail.MailKind;
import se.lagetrunt.mail.Outbox;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.networks.ThemeNetwork;
import se.lagetrunt.protocol.Farewell;
import se.lagetrunt.store.Person;
import se.lagetrunt.store.PersonStore;

/**
 * A theme network's enablers – typically a researcher and a practitioner, as the seeds have it:
 * an enabler invites another (a personal link, e-mailed too when the server can), and enablers
 * leave or are removed – all but the last, so a theme network always has someone to look after it.
 * Whoever is taken off loses at once what it gave them.
 */
final class EnablerRoutes {

  private final NetworkAccess access;
  private final NetworkStore networks;
  private final PersonStore people;
  private final LoginLinks links;
  private final SignIns signIns;
  private final SessionRevoker sockets;
  private final Outbox mailer;

  EnablerRoutes(NetworkAccess access, NetworkStore networks, PersonStore people, LoginLinks links, DeviceSessions deviceSessions,
      SessionRevoker sockets, Outbox mailer) {
    this.access = access;
    this.networks = networks;
    this.people = people;
    this.links = links;
    this.signIns = new SignIns(links, deviceSessions, sockets);
    this.sockets = sockets;
    this.mailer = mailer;
  }

  void mount(Router router) {
    router.get("/api/theme-networks/:id/enablers").handler(this::list);
    router.post("/api/theme-networks/:id/enablers").handler(this::invite);
    router.delete("/api/theme-networks/:id/enablers/:personId").handler(this::remove);
  }

  private void list(RoutingContext ctx) {
    access.enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(theme -> networks.enablersOf(theme.id()))
        .onSuccess(list -> ctx.json(Views.list(list, person -> Views.withContact(person)
            .put("you", person.id().equals(Requests.person(ctx).id())))))
        .onFailure(ctx::fail);
  }

  /** A new enabler of the theme network, with their personal link (e-mailed too when it can be). */
  private void invite(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    String name = Fields.line(body, "name", 120);
    String email = Fields.email(body, "email");
    StakeholderGroup group = body.containsKey("group") ? Fields.group(body, "group") : StakeholderGroup.RESEARCHER;
    access.enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(theme -> people.create(name, email, null, AccountRole.ENABLER, group)
            .compose(person -> networks.addEnabler(theme.id(), person.id())
                .compose(v -> links.create(person.id(), Requests.person(ctx).id()))
                .compose(link -> mail(theme, person, link).map(emailed -> Views.withContact(person)
                    .put("link", link).put("qrSvg", QrSvg.of(link)).put("emailed", emailed)))))
        .onSuccess(view -> Requests.created(ctx, view))
        .onFailure(ctx::fail);
  }

  private Future<Boolean> mail(ThemeNetwork theme, Person person, String link) {
    if (person.email() == null || !mailer.enabled()) {
      return Future.succeededFuture(false);
    }
    return mailer.post(Letter.to(person.id(), person.email(), MailKind.INVITATION,
        MailText.invitation(person.displayName(), theme.name(), link)));
  }

  /**
   * An enabler leaves (their own id) or is removed – never the last. Their open connections end;
   * if they belong nowhere else, every sign-in and link of theirs ends too.
   */
  private void remove(RoutingContext ctx) {
    UUID personId = Requests.id(ctx, "personId");
    access.enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(theme -> networks.removeEnabler(theme.id(), personId))
        .compose(removed -> {
          if (!removed) {
            return Future.failedFuture(new ApiProblem(ProblemCode.LAST_ENABLER,
                "A theme network keeps at least one enabler. Invite another before this one leaves."));
          }
          sockets.endSessionsOf(personId, Farewell.REMOVED);
          return networks.belongsAnywhere(personId);
        })
        .compose(belongs -> belongs ? Future.<Void>succeededFuture()
            : signIns.endAll(personId, Farewell.REMOVED_EVERYWHERE))
        .onSuccess(v -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }
}

package se.lagetrunt.api;

import se.lagetrunt.protocol.Farewell;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.lagetrunt.auth.DeviceSessions;
import se.lagetrunt.auth.LoginLinks;
import se.lagetrunt.auth.SignInLimits;
import se.lagetrunt.auth.SessionRevoker;
import se.lagetrunt.auth.TokenService;
import se.lagetrunt.mail.MailText;
import se.lagetrunt.mail.Letter;
import se.lagetrunt.mail.MailKind;
import se.lagetrunt.mail.Outbox;
import se.lagetrunt.store.PersonStore;
import se.lagetrunt.store.SessionStore.DeviceSession;

/**
 * Signing in and out: a personal link becomes a device session, an enabler asks for a link by
 * e-mail, and everyone sees the devices they are signed in on and can sign any or all of them out.
 */
final class SessionRoutes {
  private static final Logger LOG = Logger.getLogger(SessionRoutes.class.getName());
  private final TokenService tokens;
  private final DeviceSessions sessions;
  private final SessionRevoker sockets;
  private final LoginLinks links;
  private final PersonStore people;
  private final Outbox mailer;
  private final SignInLimits limits;

  SessionRoutes(TokenService tokens, DeviceSessions sessions, SessionRevoker sockets, LoginLinks links,
      PersonStore people, Outbox mailer, SignInLimits limits) {
    this.tokens = tokens;
    this.sessions = sessions;
    this.sockets = sockets;
    this.links = links;
    this.people = people;
    this.mailer = mailer;
    this.limits = limits;
  }

  /** What needs no session yet. */
  void mountOpen(Router router) {
    router.post("/api/session").handler(this::signIn);
    router.post("/api/sign-in-links").handler(this::mailSignInLink);
  }

  void mount(Router router) {
    router.delete("/api/session").handler(this::signOut);
    router.get("/api/sessions").handler(this::list);
    router.delete("/api/sessions").handler(this::signOutEverywhere);
    router.delete("/api/sessions/:id").handler(this::signOutDevice);
  }

  private void signIn(RoutingContext ctx) {
    String loginToken = Fields.line(Fields.body(ctx), "loginToken", 100);
    ApiProblem invalid = new ApiProblem(ProblemCode.INVALID_LINK, "This link is not valid any more. Ask for a new one.");
    String device = ctx.request().getHeader(HttpHeaders.USER_AGENT);
    links.redeem(loginToken)
        .map(found -> found.orElseThrow(() -> invalid))
        .compose(redeemed -> people.find(redeemed.personId())
            .map(person -> person.orElseThrow(() -> invalid))
            .compose(person -> sessions.open(person.id(), redeemed.linkHash(), device)
                .map(sessionId -> new JsonObject()
                    .put("token", tokens.issue(person.id(), sessionId))
                    .put("person", Views.person(person)))))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  /** This device signs out: its session ends, and so do its open connections. */
  private void signOut(RoutingContext ctx) {
    UUID sessionId = Requests.session(ctx);
    sessions.end(Requests.person(ctx).id(), sessionId, "signed out")
        .onSuccess(v -> {
          sockets.signedOut(List.of(sessionId), Farewell.SIGNED_OUT);
          ctx.response().setStatusCode(204).end();
        })
        .onFailure(ctx::fail);
  }

  private void signOutDevice(RoutingContext ctx) {
    UUID sessionId = Requests.id(ctx, "id");
    sessions.end(Requests.person(ctx).id(), sessionId, "signed out from another device")
        .onSuccess(ended -> {
          if (!ended) {
            ctx.fail(new ApiProblem(ProblemCode.NOT_FOUND, "You have no such sign-in."));
            return;
          }
          sockets.signedOut(List.of(sessionId), Farewell.SIGNED_OUT_ELSEWHERE);
          ctx.response().setStatusCode(204).end();
        })
        .onFailure(ctx::fail);
  }

  /** Every device of the person signs out, this one too: for a lost phone, or a link that went astray. */
  private void signOutEverywhere(RoutingContext ctx) {
    sessions.endAll(Requests.person(ctx).id(), "signed out everywhere")
        .onSuccess(ended -> {
          sockets.signedOut(ended, Farewell.SIGNED_OUT_EVERYWHERE);
          ctx.response().setStatusCode(204).end();
        })
        .onFailure(ctx::fail);
  }

  /** The devices the person is signed in on, and where the link that signed each in came from. */
  private void list(RoutingContext ctx) {
    UUID current = Requests.session(ctx);
    sessions.openOf(Requests.person(ctx).id())
        .map(open -> {
          JsonArray list = new JsonArray();
          for (DeviceSession session : open) {
            list.add(Views.deviceSession(session, session.id().equals(current)));
          }
          return list;
        })
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  /**
   * Someone asks for a sign-in link by e-mail: an enabler on another device, a participant whose
   * link no longer works. It goes to whoever belongs somewhere with that address. The answer is
   * the same whether or not the address is known, so nobody can use it to find out who has an account.
   */
  private void mailSignInLink(RoutingContext ctx) {
    String email = Fields.email(Fields.body(ctx), "email");
    if (email == null) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'email' must be an e-mail address.");
    }
    if (!mailer.enabled()) {
      throw new ApiProblem(ProblemCode.MAIL_UNAVAILABLE, "This server cannot send e-mail. Ask your leader or enabler for a link.");
    }
    // Counted for every address, known or not, so the refusal tells nothing about who has an account.
    String client = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host();
    limits.perAddress().use(email.toLowerCase(Locale.ROOT))
        .compose(wait -> wait.isPresent() ? Future.succeededFuture(wait) : limits.perClient().use(client))
        .onSuccess(wait -> {
          if (wait.isPresent()) {
            ctx.fail(new ApiProblem(ProblemCode.TOO_MANY_REQUESTS, "Too many sign-in links were asked for. Try again later.",
                wait.get()));
            return;
          }
          mailer.track(people.belongingByEmail(email)
              .compose(found -> found
                  .map(person -> links.create(person.id()).compose(link ->
                      mailer.post(Letter.to(person.id(), email, MailKind.SIGN_IN, MailText.signIn(person.displayName(), link)))))
                  .orElseGet(Future::succeededFuture)))
              .onFailure(error -> LOG.log(Level.WARNING, "sign-in e-mail failed", error));
          ctx.response().setStatusCode(202);
          ctx.json(new JsonObject().put("message", "If this address belongs to someone in Laget Runt, a sign-in link is on its way."));
        })
        .onFailure(ctx::fail);
  }
}

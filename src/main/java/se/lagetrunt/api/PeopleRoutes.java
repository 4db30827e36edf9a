package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import se.lagetrunt.domain.NetworkRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.store.Person;
import se.lagetrunt.store.PersonStore;

/**
 * Correcting people and networks as organisations change: a person edits their own name, contact
 * details and stakeholder group; a network's leaders edit its participants', its enablers its
 * leaders' too (as they add them) – the group they set is the one the person stands for in that
 * network, which may differ from network to network; enablers rename their theme networks, and
 * the theme's enablers and a network's leaders rename a local network.
 */
final class PeopleRoutes {
  private final NetworkAccess access;
  private final NetworkStore networks;
  private final PersonStore people;

  PeopleRoutes(NetworkAccess access, NetworkStore networks, PersonStore people) {
    this.access = access;
    this.networks = networks;
    this.people = people;
  }

  void mount(Router router) {
    router.patch("/api/me").handler(this::editMe);
    router.patch("/api/local-networks/:id/members/:personId").handler(this::editMember);
    router.patch("/api/theme-networks/:id").handler(this::renameTheme);
    router.patch("/api/local-networks/:id").handler(this::renameLocal);
  }

  /** What an edit sets; a field left out stays as it is. Whether to share one's contact details is one's own choice. */
  private record Edit(String name, String email, String phone, StakeholderGroup group, Boolean sharesContact) {}

  private static Edit edit(JsonObject body, boolean own) {
    if (!own && body.containsKey("sharesContact")) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'sharesContact' is for each person to choose on their own.");
    }
    return new Edit(
        body.containsKey("name") ? Fields.line(body, "name", 120) : null,
        body.containsKey("email") ? nonNull(Fields.email(body, "email")) : null,
        body.containsKey("phone") ? nonNull(Fields.phone(body, "phone")) : null,
        body.containsKey("group") ? Fields.group(body, "group") : null,
        body.containsKey("sharesContact") ? Fields.bool(body, "sharesContact") : null);
  }

  /** An emptied field: "" clears it in the store. */
  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  private Future<Person> apply(UUID personId, Edit edit) {
    return people.update(personId, edit.name(), edit.email(), edit.phone(), edit.group(), edit.sharesContact())
        .compose(updated -> updated.map(Future::succeededFuture)
            .orElseGet(() -> Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "There is no such person."))));
  }

  private void editMe(RoutingContext ctx) {
    Edit edit = edit(Fields.body(ctx), true);
    apply(Requests.person(ctx).id(), edit).onSuccess(person -> ctx.json(Views.withContact(person))).onFailure(ctx::fail);
  }

  private void editMember(RoutingContext ctx) {
    Edit edit = edit(Fields.body(ctx), false);
    UUID personId = Requests.id(ctx, "personId");
    access.managerOf(ctx, Requests.id(ctx, "id"))
        .compose(manager -> networks.memberRole(manager.local().id(), personId).compose(role -> {
          if (role.isEmpty()) {
            return Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "That person is not in this network."));
          }
          boolean allowed = manager.role() == NetworkRole.ENABLER || role.get() == NetworkRole.PARTICIPANT
              || personId.equals(Requests.person(ctx).id());
          if (!allowed) {
            return Future.failedFuture(new ApiProblem(ProblemCode.FORBIDDEN, "The theme's enablers edit a network's leaders."));
          }
          // The group is the one they stand for in this network; name and contact details are the person's.
          UUID localId = manager.local().id();
          return apply(personId, new Edit(edit.name(), edit.email(), edit.phone(), null, null))
              .compose(person -> (edit.group() == null ? Future.<Void>succeededFuture()
                      : networks.setGroupIn(localId, personId, edit.group()))
                  .compose(v -> networks.groupIn(localId, personId))
                  .map(group -> group.map(person::withGroup).orElse(person)));
        }))
        .onSuccess(person -> ctx.json(Views.withContact(person)))
        .onFailure(ctx::fail);
  }

  private void renameTheme(RoutingContext ctx) {
    String name = Fields.line(Fields.body(ctx), "name", 200);
    access.enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(theme -> networks.renameTheme(theme.id(), name).map(v -> new JsonObject().put("id", theme.id().toString()).put("name", name)))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  private void renameLocal(RoutingContext ctx) {
    String name = Fields.line(Fields.body(ctx), "name", 200);
    access.managerOf(ctx, Requests.id(ctx, "id"))
        .compose(manager -> networks.renameLocal(manager.local().id(), name)
            .map(v -> new JsonObject().put("id", manager.local().id().toString()).put("name", name)))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }
}

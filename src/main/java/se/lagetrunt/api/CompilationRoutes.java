package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.lagetrunt.mail.MailText;
import se.lagetrunt.mail.Letter;
import se.lagetrunt.mail.MailKind;
import se.lagetrunt.mail.Outbox;
import se.lagetrunt.documents.CompilationDocument;
import se.lagetrunt.documents.Anonymiser;
import se.lagetrunt.documents.CompilationMaterial;
import se.lagetrunt.documents.PdfFile;
import se.lagetrunt.networks.NetworkMember;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.networks.ThemeNetwork;
import se.lagetrunt.store.Compilation;
import se.lagetrunt.store.CompilationChecks;
import se.lagetrunt.store.CompilationStore;
import se.lagetrunt.store.EventLog;
import se.lagetrunt.store.MeetingStore;
import se.lagetrunt.store.Person;
import se.lagetrunt.store.PersonStore;

/**
 * The enablers' compilation of a round: all local networks' submitted minutes side by side, a
 * first draft made from them, the enablers' text saved version by version, and publishing it
 * back to the local networks, whose members then read (and download) the published text.
 */
final class CompilationRoutes {
  /** Where a draft is saved (mounted below), for the larger body limit in ApiRoutes. */
  static final String SAVE_PATH = "/api/theme-networks/:id/compilations/:round";
  /** A compilation may be long (six questions from many networks); the rest of the API stays at 16 KB. */
  static final long MAX_BODY_BYTES = 512 * 1024;
  static final int MAX_TEXT = 100_000;

  private final Vertx vertx;
  private final NetworkStore networks;
  private final MeetingStore meetings;
  private final ThemeRounds rounds;
  private final CompilationStore compilations;
  private final CompilationChecks checks;
  private final Clock clock;
  private final PersonStore people;
  private final Outbox mailer;
  private final String publicUrl;

  CompilationRoutes(Vertx vertx, NetworkStore networks, MeetingStore meetings, EventLog eventLog,
      CompilationStore compilations, CompilationChecks checks, PersonStore people, Outbox mailer, String publicUrl, Clock clock) {
    this.checks = checks;
    this.clock = clock;
    this.mailer = mailer;
    this.publicUrl = publicUrl;
    this.vertx = vertx;
    this.networks = networks;
    this.meetings = meetings;
    this.rounds = new ThemeRounds(networks, meetings, eventLog);
    this.compilations = compilations;
    this.people = people;
  }

  void mount(Router router) {
    router.get("/api/theme-networks/:id/compilations").handler(this::list);
    router.get("/api/theme-networks/:id/compilations/:round").handler(this::show);
    router.put("/api/theme-networks/:id/compilations/:round").handler(this::save);
    router.post("/api/theme-networks/:id/compilations/:round/publish").handler(this::publish);
    router.get("/api/theme-networks/:id/compilations/:round/export.md").handler(ctx -> export(ctx,
        "text/markdown; charset=utf-8", "md", doc -> Future.succeededFuture(Buffer.buffer(doc.markdown()))));
    router.get("/api/theme-networks/:id/compilations/:round/export.html").handler(ctx -> export(ctx,
        "text/html; charset=utf-8", "html", doc -> Future.succeededFuture(Buffer.buffer(doc.html()))));
    router.get("/api/theme-networks/:id/compilations/:round/export.pdf").handler(ctx -> export(ctx,
        "application/pdf", "pdf", doc -> vertx.executeBlocking(() -> Buffer.buffer(PdfFile.render(doc.html())), false)));
  }

  /** Who reads a theme's compilations: its enablers all of them, its local networks' members the published text. */
  private record Reader(ThemeNetwork theme, boolean enabler) {}

  private Future<Reader> reader(RoutingContext ctx) {
    UUID themeId = Requests.id(ctx, "id");
    UUID personId = Requests.person(ctx).id();
    return networks.theme(themeId).compose(theme -> theme
        .map(found -> networks.isEnabler(themeId, personId).compose(enabler -> enabler
            ? Future.succeededFuture(new Reader(found, true))
            : networks.localsOf(personId).compose(locals -> locals.stream().anyMatch(l -> l.themeNetworkId().equals(themeId))
                ? Future.succeededFuture(new Reader(found, false))
                : Future.<Reader>failedFuture(new ApiProblem(ProblemCode.FORBIDDEN, "You are not in this theme network.")))))
        .orElseGet(() -> Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "There is no such theme network."))));
  }

  private Future<Reader> enabler(RoutingContext ctx) {
    return reader(ctx).compose(reader -> reader.enabler() ? Future.succeededFuture(reader)
        : Future.failedFuture(new ApiProblem(ProblemCode.FORBIDDEN, "The theme network's enablers write its compilations.")));
  }

  /** The round in the path; 404 unless the theme has local meetings in it. */
  private Future<ThemeRounds.Round> round(RoutingContext ctx, Reader reader) {
    ApiProblem missing = new ApiProblem(ProblemCode.NOT_FOUND, "The theme network has no such round.");
    int asked;
    try {
      asked = Integer.parseInt(ctx.pathParam("round"));
    } catch (NumberFormatException e) {
      return Future.failedFuture(missing);
    }
    return rounds.of(reader.theme(), asked).compose(found -> Optional.ofNullable(found.get(asked))
        .map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(missing)));
  }

  /** Enablers: every round with how far its minutes and its compilation are. Members: the published ones. */
  private void list(RoutingContext ctx) {
    reader(ctx)
        .compose(reader -> Future.all(rounds.of(reader.theme(), null), compilations.ofTheme(reader.theme().id())).map(both -> {
          Map<Integer, Compilation> written = both.<List<Compilation>>resultAt(1).stream()
              .collect(Collectors.toMap(Compilation::round, Function.identity()));
          JsonArray rows = new JsonArray();
          for (ThemeRounds.Round round : both.<Map<Integer, ThemeRounds.Round>>resultAt(0).values()) {
            Compilation compilation = written.get(round.number());
            Compilation.Published published = compilation == null ? null : compilation.published();
            if (!reader.enabler() && published == null) {
              continue;
            }
            rows.add(Views.compilationRow(round, compilation, reader.enabler()));
          }
          return rows;
        }))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  /**
   * One round's compilation. Members get the published text (or none yet); enablers also the
   * draft, which networks' minutes are in, the material side by side and a first draft from it –
   * with each network's name if asked ({@code ?networks=true}), and speakers as their stakeholder
   * group unless asked not to ({@code ?groups=false}).
   */
  private void show(RoutingContext ctx) {
    boolean withNetworks = "true".equals(ctx.request().getParam("networks"));
    boolean tagSpeakers = !"false".equals(ctx.request().getParam("groups"));
    reader(ctx).compose(reader -> round(ctx, reader).compose(round ->
            compilations.find(reader.theme().id(), round.number()).compose(found -> {
              Compilation compilation = found.orElse(null);
              JsonObject view = new JsonObject()
                  .put("themeNetwork", Views.theme(reader.theme()))
                  .put("round", round.number())
                  .put("roundTitle", round.title());
              Compilation.Published published = compilation == null ? null : compilation.published();
              if (!reader.enabler()) {
                return Future.succeededFuture(view.put("published", published == null ? null : Views.published(published, null)));
              }
              CompilationMaterial material = round.material();
              view.put("sources", Views.compilationSources(round))
                  .put("material", Views.compilationMaterial(material));
              // The theme's people once: the draft as the enabler chose it, the warning always with their groups.
              return people(compilations, reader.theme().id()).compose(people -> {
                Anonymiser anonymiser = new Anonymiser(people);
                view.put("suggestion", material.topics().isEmpty() ? ""
                    : material.draft(reader.theme().name(), round.number(), new Anonymiser(people, tagSpeakers), withNetworks));
                if (compilation == null) {
                  return Future.succeededFuture(view.putNull("draft").putNull("published").put("namesFound", new JsonArray()));
                }
                // Names of the theme's people still in the text: the page warns before it is published.
                view.put("namesFound", new JsonArray(anonymiser.namesIn(compilation.text())));
                return Future.all(name(compilation.updatedBy()), name(published == null ? null : published.by()))
                    .map(names -> view
                        .put("draft", Views.draft(compilation, names.resultAt(0)))
                        .put("published", published == null ? null : Views.published(published, names.resultAt(1))));
              });
            })))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  private Future<Anonymiser> anonymiser(UUID themeId) {
    return anonymiser(compilations, themeId);
  }

  /** The names a compilation of the theme must not carry: everyone of its networks and its enablers. */
  static Future<Anonymiser> anonymiser(CompilationStore compilations, UUID themeId) {
    return people(compilations, themeId).map(Anonymiser::new);
  }

  private static Future<List<Anonymiser.Person>> people(CompilationStore compilations, UUID themeId) {
    return compilations.peopleOf(themeId).map(people -> people.stream()
        .map(named -> new Anonymiser.Person(named.name(), named.group())).toList());
  }

  private Future<String> name(UUID personId) {
    return personId == null ? Future.succeededFuture(null)
        : people.find(personId).map(person -> person.map(Person::displayName).orElse("?"));
  }

  /** Saves the draft on top of the version the enabler was writing on; 409 if someone saved in between. */
  private void save(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    String text = Fields.text(body.getValue("text"), "text", MAX_TEXT, false);
    int version = requiredVersion(body);
    Person person = Requests.person(ctx);
    enabler(ctx)
        .compose(reader -> round(ctx, reader).compose(round ->
            compilations.save(reader.theme().id(), round.number(), version, text, person.id()))
            .compose(saved -> saved.map(c -> anonymiser(reader.theme().id()).map(anonymiser -> Views.draft(c, person.displayName())
                    .put("namesFound", new JsonArray(anonymiser.namesIn(c.text())))))
                .orElseGet(() -> Future.failedFuture(conflict()))))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  /**
   * Publishes the draft the enabler is looking at to the theme's local networks. The first time,
   * everyone in them with an e-mail address is told (when the server can send e-mail); the answer
   * says how many. While leaders asked to check it are still to answer before the deadline, only
   * when the enabler says so ({@code early}).
   */
  private void publish(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    int version = requiredVersion(body);
    boolean early = Boolean.TRUE.equals(body.getValue("early"));
    Person person = Requests.person(ctx);
    enabler(ctx)
        .compose(reader -> round(ctx, reader).compose(round -> compilations.find(reader.theme().id(), round.number())
            .compose(found -> {
              if (found.isEmpty() || found.get().text().isBlank()) {
                return Future.failedFuture(new ApiProblem(ProblemCode.NOTHING_TO_PUBLISH, "The compilation has no text yet."));
              }
              Compilation.Published before = found.get().published();
              boolean first = before == null;
              return CompilationCheckRoutes.mayPublish(checks, reader.theme().id(), round.number(),
                      first ? null : before.version(), clock.instant(), early)
                  .compose(allowed -> compilations.publish(reader.theme().id(), round.number(), version, person.id()))
                  .compose(published -> published
                      .map(c -> (first ? tell(reader.theme(), round) : Future.succeededFuture(0)).map(emailed -> new JsonObject()
                          .put("draft", Views.draft(c, null))
                          .put("published", Views.published(c.published(), person.displayName()))
                          .put("emailed", emailed)))
                      .orElseGet(() -> Future.failedFuture(conflict())));
            })))
        .onSuccess(ctx::json)
        .onFailure(ctx::fail);
  }

  /** E-mails everyone in the theme's local networks who has an address; how many it reached. */
  private Future<Integer> tell(ThemeNetwork theme, ThemeRounds.Round round) {
    if (!mailer.enabled()) {
      return Future.succeededFuture(0);
    }
    String link = publicUrl + "/compilation.html?theme=" + theme.id() + "&round=" + round.number();
    return networks.localsOfTheme(theme.id())
        .compose(locals -> Future.all(locals.stream().map(local -> networks.members(local.id())).toList()))
        .compose(all -> {
          Map<String, Person> byAddress = new LinkedHashMap<>();
          for (int i = 0; i < all.size(); i++) {
            all.<List<NetworkMember>>resultAt(i).stream().map(NetworkMember::person).filter(p -> p.email() != null)
                .forEach(p -> byAddress.putIfAbsent(p.email().toLowerCase(java.util.Locale.ROOT), p));
          }
          return mailer.post(byAddress.values().stream().map(p -> Letter.to(p.id(), p.email(), MailKind.COMPILATION_PUBLISHED,
              MailText.compilationPublished(p.displayName(), round.title(), theme.name(), link))).toList());
        });
  }

  private static int requiredVersion(JsonObject body) {
    int version = Fields.integer(body, "version", 0, Integer.MAX_VALUE, -1);
    if (version < 0) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'version' is required: the version the text was written on.");
    }
    return version;
  }

  private static ApiProblem conflict() {
    return new ApiProblem(ProblemCode.VERSION_CONFLICT,
        "Someone else saved the compilation in the meantime. Look at their text, then save again.");
  }

  /**
   * The compilation as a file. Members get the published text; enablers the draft (marked as
   * such while it differs from what was published).
   */
  private void export(RoutingContext ctx, String contentType, String extension,
      Function<CompilationDocument, Future<Buffer>> render) {
    reader(ctx)
        .compose(reader -> round(ctx, reader).compose(round -> compilations.find(reader.theme().id(), round.number())
            .compose(found -> {
              Compilation compilation = found.orElse(null);
              Compilation.Published published = compilation == null ? null : compilation.published();
              String text;
              OffsetDateTime publishedAt;
              if (reader.enabler() && compilation != null) {
                text = compilation.text();
                publishedAt = compilation.unpublishedChanges() ? null : published.at();
              } else if (published != null) {
                text = published.text();
                publishedAt = published.at();
              } else {
                return Future.failedFuture(new ApiProblem(ProblemCode.NOT_PUBLISHED, "This compilation is not published yet."));
              }
              List<String> sources = round.submitted().stream().map(ThemeRounds.Held::network).distinct().toList();
              return render.apply(new CompilationDocument(reader.theme().name(), round.number(), round.title(), sources,
                  text, publishedAt));
            })))
        .onSuccess(body -> ctx.response()
            .putHeader("Content-Type", contentType)
            .putHeader("Content-Disposition", "attachment; filename=\"sammanstallning." + extension + "\"")
            .end(body))
        .onFailure(ctx::fail);
  }
}

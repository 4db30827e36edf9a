package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.TimeoutHandler;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.lagetrunt.domain.Boards;
import se.lagetrunt.material.FileType;
import se.lagetrunt.material.Material;
import se.lagetrunt.material.MaterialStore;

/**
 * A theme network's material library: its enablers add files and links, say where each is shown
 * (a round, a meeting, a question), edit and remove them; everyone in the theme's networks fetches
 * the files, always as a download. Which meetings show what is read by {@link MeetingRoutes}.
 */
final class MaterialRoutes {
  /** The two routes that take a file (their handlers are mounted with the others, in mount()). */
  private static final String UPLOAD_PATH = "/api/theme-networks/:id/material/files";
  private static final String REPLACE_PATH = "/api/material/:id/file";
  /** The file and the few form fields around it. */
  static final long MAX_UPLOAD_BYTES = FileType.MAX_BYTES + 64 * 1024;
  /** A large file on a slow municipal line takes minutes, not the seconds other calls get. */
  static final long UPLOAD_TIMEOUT_MILLIS = 15 * 60 * 1000;
  private static final int MAX_ATTACHMENTS = 100;

  private final Vertx vertx;
  private final NetworkAccess access;
  private final MaterialStore library;
  private final MaterialPlaces places;

  MaterialRoutes(Vertx vertx, NetworkAccess access, MaterialStore library, MaterialPlaces places) {
    this.vertx = vertx;
    this.access = access;
    this.library = library;
    this.places = places;
  }

  private static final Path UPLOADS = Path.of(System.getProperty("java.io.tmpdir"), "laget-runt-uploads");

  /** Uploads get their own body handler (files to a temporary folder, deleted after) and time limit. */
  static void mountUploads(Router router) {
    for (var route : List.of(router.post(UPLOAD_PATH), router.put(REPLACE_PATH))) {
      route.handler(TimeoutHandler.create(UPLOAD_TIMEOUT_MILLIS))
          .handler(BodyHandler.create(UPLOADS.toString()).setBodyLimit(MAX_UPLOAD_BYTES)
              .setDeleteUploadedFilesOnEnd(true).setMergeFormAttributes(false));
    }
  }

  static boolean isUpload(RoutingContext ctx) {
    String path = ctx.request().path();
    return path.endsWith("/material/files") || (path.startsWith("/api/material/") && path.endsWith("/file")
        && ctx.request().method().name().equals("PUT"));
  }

  void mount(Router router) {
    router.get("/api/theme-networks/:id/material").handler(this::listLibrary);
    router.post("/api/theme-networks/:id/material").handler(this::addLink);
    router.post("/api/theme-networks/:id/material/files").handler(this::addFile);
    router.put("/api/material/:id").handler(this::update);
    router.put("/api/material/:id/file").handler(this::replaceFile);
    router.delete("/api/material/:id").handler(this::delete);
    router.put("/api/material/:id/attachments").handler(this::attach);
    router.get("/api/material/:id/file").handler(this::download);
  }

  /** The library with where each entry is shown, and the places it could be shown. */
  private void listLibrary(RoutingContext ctx) {
    access.enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(theme -> Future.all(library.library(theme.id()), places.of(theme.id())))
        .onSuccess(both -> ctx.json(new JsonObject()
            .put("items", Views.list(both.<List<Material>>resultAt(0), MaterialRoutes::entry))
            .put("places", both.<MaterialPlaces.Places>resultAt(1).toJson())))
        .onFailure(ctx::fail);
  }

  private void addLink(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    String title = Fields.line(body, "title", 200);
    String note = note(body.getValue("note"));
    String url = webAddress(body, "url");
    access.enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(theme -> library.addLink(theme.id(), title, note, url, Requests.person(ctx).id()))
        .onSuccess(added -> Requests.created(ctx, entry(added)))
        .onFailure(ctx::fail);
  }

  /** A file from a form (fields file, title, note); the title is the file's name when none is given. */
  private void addFile(RoutingContext ctx) {
    access.enablerOf(ctx, Requests.id(ctx, "id"))
        .compose(theme -> readUpload(ctx).compose(upload -> {
          String title = formLine(ctx, "title").orElse(stripExtension(upload.fileName()));
          return library.addFile(theme.id(), title, note(ctx.request().getFormAttribute("note")), upload.fileName(),
              upload.type(), upload.content(), Requests.person(ctx).id());
        }))
        .onSuccess(added -> Requests.created(ctx, entry(added)))
        .onFailure(ctx::fail);
  }

  /** A new file for an entry: the one a template named and an enabler now has, or a newer edition. */
  private void replaceFile(RoutingContext ctx) {
    kept(ctx)
        .compose(material -> readUpload(ctx).compose(upload ->
            library.replaceFile(material.id(), upload.fileName(), upload.type(), upload.content())))
        .onSuccess(changed -> ctx.json(entry(changed)))
        .onFailure(ctx::fail);
  }

  private void update(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    String title = Fields.line(body, "title", 200);
    String note = note(body.getValue("note"));
    kept(ctx)
        .compose(material -> {
          String url = material.isFile() ? null : body.getValue("url") == null ? material.url() : webAddress(body, "url");
          return library.update(material.id(), title, note, url);
        })
        .onSuccess(changed -> ctx.json(entry(changed)))
        .onFailure(ctx::fail);
  }

  private void delete(RoutingContext ctx) {
    kept(ctx)
        .compose(material -> library.delete(material.id()))
        .onSuccess(done -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }

  /** Where the entry is shown, as a whole list; each place must be one of its theme network's. */
  private void attach(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    if (!(body.getValue("attachments") instanceof JsonArray list) || list.size() > MAX_ATTACHMENTS) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'attachments' must list at most " + MAX_ATTACHMENTS + " places.");
    }
    List<Material.Attachment> wanted = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      wanted.add(attachment(list.getValue(i), "attachments[" + i + "]"));
    }
    kept(ctx)
        .compose(material -> places.of(material.themeId()).compose(known -> {
          for (Material.Attachment attachment : wanted) {
            if (!known.contains(attachment)) {
              return Future.failedFuture(new ApiProblem(ProblemCode.INVALID_FIELD,
                  "Material is shown only in its own theme network's rounds, meetings and questions."));
            }
          }
          return library.setAttachments(material.id(), wanted);
        }))
        .onSuccess(changed -> ctx.json(entry(changed)))
        .onFailure(ctx::fail);
  }

  /**
   * The file, for anyone in the theme's networks (asked again on every request), always as a
   * download in the type its content was found to be: never shown inline, never sniffed.
   */
  private void download(RoutingContext ctx) {
    UUID id = Requests.id(ctx, "id");
    library.mayRead(id, Requests.person(ctx).id())
        .compose(may -> may ? library.find(id) : Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "There is no such material.")))
        .compose(found -> found.filter(Material::isFile)
            .map(material -> library.content(id).map(content -> content.map(bytes -> {
              ctx.response()
                  .putHeader(HttpHeaders.CONTENT_TYPE, material.contentType())
                  .putHeader("Content-Disposition", contentDisposition(material.fileName()))
                  .putHeader("X-Content-Type-Options", "nosniff")
                  .putHeader("Content-Security-Policy", "default-src 'none'; sandbox")
                  .end(bytes);
              return true;
            }).orElse(false)))
            .orElseGet(() -> Future.succeededFuture(false)))
        .onSuccess(sent -> {
          if (!sent) {
            ctx.fail(new ApiProblem(ProblemCode.NOT_FOUND, "This material has no file."));
          }
        })
        .onFailure(ctx::fail);
  }

  /** An entry the caller keeps: they are an enabler of its theme network. Others learn only that there is none. */
  private Future<Material> kept(RoutingContext ctx) {
    return library.find(Requests.id(ctx, "id")).compose(found -> found
        .map(material -> access.enablerOf(ctx, material.themeId()).map(theme -> material))
        .orElseGet(() -> Future.failedFuture(new ApiProblem(ProblemCode.NOT_FOUND, "There is no such material."))));
  }

  private record Upload(String fileName, FileType type, byte[] content) {}

  private Future<Upload> readUpload(RoutingContext ctx) {
    List<FileUpload> files = ctx.fileUploads();
    if (files.size() != 1) {
      return Future.failedFuture(new ApiProblem(ProblemCode.INVALID_FIELD, "Send one file, in the form field 'file'."));
    }
    FileUpload file = files.get(0);
    if (file.size() > FileType.MAX_BYTES) {
      return Future.failedFuture(new ApiProblem(ProblemCode.TOO_LARGE, "A file can be at most " + FileType.MAX_BYTES / (1024 * 1024) + " MB."));
    }
    if (file.size() == 0) {
      return Future.failedFuture(new ApiProblem(ProblemCode.INVALID_FIELD, "The file is empty."));
    }
    return vertx.fileSystem().readFile(file.uploadedFileName()).compose(buffer -> {
      byte[] content = buffer.getBytes();
      return FileType.of(content, file.fileName())
          .map(type -> Future.succeededFuture(new Upload(type.fileName(file.fileName()), type, content)))
          .orElseGet(() -> Future.failedFuture(new ApiProblem(ProblemCode.FILE_TYPE,
              "Only PDF, Word, PowerPoint, Excel, OpenDocument and picture files (PNG, JPEG, GIF, WebP) are kept.")));
    });
  }

  static JsonObject entry(Material material) {
    JsonArray attachments = new JsonArray();
    material.attachments().forEach(a -> attachments.add(new JsonObject().put("round", a.round())
        .put("meetingId", a.meetingId() == null ? null : a.meetingId().toString()).put("questionId", a.questionId())));
    return shown(material, null).put("addedAt", material.addedAt().toString()).put("attachments", attachments);
  }

  /** What a reader is shown of an entry; {@code questionId} is the question it belongs to, if any. */
  static JsonObject shown(Material material, String questionId) {
    return new JsonObject()
        .put("id", material.id().toString())
        .put("title", material.title())
        .put("note", material.note())
        .put("kind", material.isFile() ? "file" : material.url() != null ? "link" : "waiting")
        .put("url", material.url())
        .put("fileName", material.fileName())
        .put("contentType", material.contentType())
        .put("sizeBytes", material.sizeBytes())
        .put("questionId", questionId);
  }

  static JsonArray shownIn(List<MaterialStore.Shown> list) {
    JsonArray shown = new JsonArray();
    list.forEach(item -> shown.add(shown(item.material(), item.questionId())));
    return shown;
  }

  private static Material.Attachment attachment(Object value, String field) {
    if (!(value instanceof JsonObject place)) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must be an object.");
    }
    if (place.getValue("round") != null) {
      return Material.Attachment.round(Fields.integer(place, "round", 1, 50, 1));
    }
    UUID meeting;
    try {
      meeting = UUID.fromString(String.valueOf(place.getValue("meetingId")));
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' names a round or a meeting.");
    }
    String question = Fields.optionalLine(place, "questionId", 100);
    return question == null ? Material.Attachment.meeting(meeting) : Material.Attachment.question(meeting, question);
  }

  private static String note(Object value) {
    return value == null ? "" : Fields.text(value, "note", 1000, false);
  }

  private static java.util.Optional<String> formLine(RoutingContext ctx, String field) {
    String value = ctx.request().getFormAttribute(field);
    return java.util.Optional.ofNullable(Fields.optionalLine(new JsonObject().put(field, value), field, 200));
  }

  /** An http(s) address: the library links out, never to a script or a local file. */
  private static String webAddress(JsonObject body, String field) {
    String url = Fields.line(body, field, 2000);
    if (!Boards.isWebAddress(url)) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'" + field + "' must be a web address starting https:// or http://.");
    }
    return url;
  }

  private static String stripExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** The file's own name for saving, readable in every browser (RFC 6266, with an ASCII fallback). */
  static String contentDisposition(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}

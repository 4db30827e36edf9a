package se.lagetrunt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import se.lagetrunt.protocol.Json;

/** Real HTTP calls to the test server's REST API. */
public final class RestClient {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final String baseUrl;

  public RestClient(TestServer server) {
    this.baseUrl = server.url();
  }

  /** The answer; {@code body} is parsed when it is JSON, {@code text} is always the raw body. */
  public record Reply(int status, String contentType, JsonNode body, String text, java.net.http.HttpHeaders headers) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  public Reply call(String method, String path, String token, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    return send(request, token, method + " " + path);
  }

  private static Reply send(HttpRequest.Builder request, String token, String what) {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      JsonNode json = contentType.contains("json") && !response.body().isEmpty() ? Json.read(response.body()) : Json.object();
      return new Reply(response.statusCode(), contentType, json, response.body(), response.headers());
    } catch (Exception e) {
      throw new IllegalStateException(what, e);
    }
  }

  /** A GET for a binary body (a PDF), as raw bytes. */
  public byte[] bytes(String path, String token) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token).build();
    try {
      HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError("GET " + path + " → " + response.statusCode());
      }
      return response.body();
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException("GET " + path, e);
    }
  }

  /** A form with one file (field "file") and text fields, as a page's upload sends it. */
  public Reply upload(String method, String path, String token, String fileName, byte[] content,
      java.util.Map<String, String> fields) {
    return send(uploadRequest(URI.create(baseUrl + path), method, fileName, content, fields), token, method + " " + path);
  }

  /** The request of {@link #upload}, for any server (one behind a proxy too). */
  public static HttpRequest.Builder uploadRequest(URI uri, String method, String fileName, byte[] content,
      java.util.Map<String, String> fields) {
    String boundary = "----laget-runt-" + java.util.UUID.randomUUID();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n").getBytes(utf8)));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(utf8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
    return HttpRequest.newBuilder(uri)
        .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary);
  }

  /** A GET answered in full, as bytes, with its headers: a download. */
  public HttpResponse<byte[]> fetch(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException("GET " + path, e);
    }
  }

  public JsonNode ok(String method, String path, String token, String body) {
    Reply reply = call(method, path, token, body);
    if (!reply.ok()) {
      throw new AssertionError(method + " " + path + " → " + reply.status() + " " + reply.body());
    }
    return reply.body();
  }

  /** Signs in with a personal link, as the login page does; the session token. */
  public String signIn(String link) {
    return ok("POST", "/api/session", null, "{\"loginToken\":\"" + secretOf(link) + "\"}").get("token").asText();
  }

  /** The secret part of a personal link. */
  public static String secretOf(String link) {
    return link.substring(link.indexOf('#') + 1);
  }
}

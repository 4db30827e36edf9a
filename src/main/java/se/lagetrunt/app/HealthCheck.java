package se.lagetrunt.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code java -jar laget-runt.jar health}: asks the server on this machine whether it is ready
 * ({@code /health/ready}: its database answers and it is not stopping) –
 * on the port the same configuration gives the server – and exits 0 when it says up, 1 when it
 * says down, does not answer in time or is not there. The container's health check runs this, so
 * it needs neither a shell nor curl, and follows the port wherever it is configured.
 */
final class HealthCheck {
  private HealthCheck() {}

  static int run(AppConfig config, Duration timeout) {
    String host = switch (config.host()) {
      case "0.0.0.0", "::", "" -> "127.0.0.1";
      default -> config.host();
    };
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
      HttpResponse<String> answer = http.send(
          HttpRequest.newBuilder(URI.create("http://" + host + ":" + config.port() + "/health/ready")).timeout(timeout).build(),
          HttpResponse.BodyHandlers.ofString());
      boolean up = answer.statusCode() == 200 && answer.body().contains("\"outcome\":\"UP\"");
      System.out.println(up ? "up" : "down: " + answer.statusCode() + " " + answer.body());
      return up ? 0 : 1;
    } catch (Exception e) {
      System.out.println("down: " + e);
      return 1;
    }
  }
}

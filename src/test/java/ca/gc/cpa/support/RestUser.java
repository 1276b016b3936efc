package ca.gc.cpa.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A client of the running application acting as one user over HTTP Basic (or anonymously), the way
 * another system or a script would: {@code /engine-rest} and {@code /api}.
 */
public final class RestUser {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final String authorization;

  private RestUser(int port, String authorization) {
    this.baseUrl = "http://localhost:" + port;
    this.authorization = authorization;
  }

  public static RestUser as(int port, String user, String password) {
    return new RestUser(port, "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  /** a demo user (password {@code demo}) */
  public static RestUser demo(int port, String user) {
    return as(port, user, "demo");
  }

  public static RestUser anonymous(int port) {
    return new RestUser(port, null);
  }

  public record Response(int status, String body) {
    public JsonNode json() {
      try {
        return body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
      }
    }
  }

  /** a GET, with headers of its own if any, e.g. {@code "Accept-Language", "fr"} */
  public Response get(String path, String... headers) {
    return send(withHeaders(builder(path), headers).GET());
  }

  /** a POST of JSON, with headers of its own if any */
  public Response post(String path, Object body, String... headers) {
    return send(withHeaders(builder(path).header("Content-Type", "application/json"), headers)
        .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body))));
  }

  private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      request.setHeader(namesAndValues[i], namesAndValues[i + 1]);
    }
    return request;
  }

  public Response put(String path, Object body) {
    return send(builder(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body))));
  }

  public Response delete(String path) {
    return send(builder(path).DELETE());
  }

  /** the response's headers too */
  public HttpResponse<String> exchange(String method, String path, String body) {
    try {
      return HTTP.send(builder(path).header("Content-Type", "application/json")
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
          .build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
    return authorization == null ? b : b.header("Authorization", authorization);
  }

  private static Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

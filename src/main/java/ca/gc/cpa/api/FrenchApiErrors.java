package ca.gc.cpa.api;

import ca.gc.cpa.i18n.FrenchMessages;
import ca.gc.cpa.i18n.Language;
import ca.gc.cpa.i18n.RequestLanguage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every refusal of {@code /api} in French for a request in French ({@code Accept-Language: fr}, or the web apps'
 * choice): the message of each of the body's {@code errors} ({@link ApiError}, and a 409 that also names what exists
 * already) from the catalogue ({@link FrenchMessages}); the fields and everything else unchanged.
 */
@RestControllerAdvice(basePackageClasses = FrenchApiErrors.class)
class FrenchApiErrors implements ResponseBodyAdvice<Object> {

  private final ObjectMapper json;

  FrenchApiErrors(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
    return request instanceof ServletServerHttpRequest servlet ? inLanguageOf(servlet.getServletRequest(), body, json) : body;
  }

  /** the body as the request's language has it: a body with errors as a JSON tree with their French, else as it is */
  static Object inLanguageOf(HttpServletRequest request, Object body, ObjectMapper json) {
    if (!carriesErrors(body) || RequestLanguage.of(request) != Language.FR) {
      return body;
    }
    JsonNode tree = json.valueToTree(body);
    tree.path("errors").forEach(error -> {
      if (error instanceof ObjectNode e && e.path("message").isTextual()) {
        e.put("message", FrenchMessages.catalogue().translate(e.get("message").asText()));
      }
    });
    return tree;
  }

  private static boolean carriesErrors(Object body) {
    return body instanceof ApiError || body instanceof Map<?, ?> map && map.containsKey("errors")
        || body != null && body.getClass().isRecord()
        && Arrays.stream(body.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals("errors"));
  }
}

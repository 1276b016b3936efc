package ca.gc.cpa.api;

import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.i18n.FrenchMessages;
import ca.gc.cpa.i18n.Language;
import ca.gc.cpa.i18n.RequestLanguage;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/** Every refusal of {@code /api} in French for a request in French ({@code Accept-Language: fr}); fields unchanged. */
@RestControllerAdvice(basePackageClasses = FrenchApiErrors.class)
class FrenchApiErrors implements ResponseBodyAdvice<Object> {

  @Override
  public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
    if (body instanceof ApiError error && request instanceof ServletServerHttpRequest servlet
        && RequestLanguage.of(servlet.getServletRequest()) == Language.FR) {
      return new ApiError(error.errors().stream()
          .map(v -> new FieldViolation(v.field(), FrenchMessages.catalogue().translate(v.message()))).toList());
    }
    return body;
  }
}

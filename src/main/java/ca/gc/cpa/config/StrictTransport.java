package ca.gc.cpa.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HSTS on {@code /api}, {@code /engine-rest} and the rest of the application, with the web apps' own setting
 * ({@code camunda.bpm.webapp.header-security}: on outside the demo profile): the web apps' filter covers only
 * {@code /camunda}.
 */
@Component
public class StrictTransport extends OncePerRequestFilter {

  private final boolean enabled;
  private final String header;

  public StrictTransport(@Value("${camunda.bpm.webapp.header-security.hsts-disabled:true}") boolean disabled,
      @Value("${camunda.bpm.webapp.header-security.hsts-max-age:31536000}") long maxAge) {
    this.enabled = !disabled;
    this.header = "max-age=" + maxAge;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !enabled || request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Strict-Transport-Security", header);
    chain.doFilter(request, response);
  }
}

package ca.gc.cpa.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * {@code /api}: HTTP Basic against the identity service, as {@code /engine-rest}; and, for two things the web
 * apps do in their own pages, the user already logged into them (no password to send): reading the program's
 * figures ({@code GET /api/program…}, the Cockpit "Program" page and its CSV links) and the user's own choice of
 * language ({@code GET}/{@code PUT /api/me/language}, the header link of every app; a {@code PUT} carries the
 * session's CSRF token, as the web apps' own calls do). The user's groups are the ones the web apps' session
 * holds; every other call still needs Basic credentials.
 */
public class ApiAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  static final String SESSION_READABLE = "/api/program";
  static final String LANGUAGE = "/api/me/language";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    UserAuthentication user = webAppUser((HttpServletRequest) request);
    if (user == null) {
      super.doFilter(request, response, chain);
      return;
    }
    ProcessEngine engine = getAddressedEngine(user.getProcessEngineName());
    setAuthenticatedUser(engine, user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
    try {
      chain.doFilter(request, response);
    } finally {
      clearAuthentication(engine);
    }
  }

  /** the web apps' user of a call the web apps make in their session, without Basic credentials; else null */
  static UserAuthentication webAppUser(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String method = request.getMethod();
    boolean program = "GET".equals(method) && (path.equals(SESSION_READABLE) || path.startsWith(SESSION_READABLE + "/"));
    boolean language = path.equals(LANGUAGE) && ("GET".equals(method) || "PUT".equals(method));
    if (request.getHeader("Authorization") != null || !(program || language)) {
      return null;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    if ("PUT".equals(method)) {
      Object token = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
      if (token == null || !token.equals(request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME))) {
        return null;   // another site's page cannot send the token: Basic credentials are then asked for
      }
    }
    Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
        .getAuthenticationForProcessEngine(DEFAULT_ENGINE_NAME);
    return authentication instanceof UserAuthentication user ? user : null;
  }
}

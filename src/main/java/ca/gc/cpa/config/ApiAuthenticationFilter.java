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

/**
 * {@code /api}: HTTP Basic against the identity service, as {@code /engine-rest}; and, for reading the
 * program's figures ({@code GET /api/program…}) only, the user already logged into the web apps (the
 * Cockpit "Program" page and its CSV links run in that session, with no password to send). The user's
 * groups are the ones the web apps' session holds; every other call still needs Basic credentials.
 */
public class ApiAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  static final String SESSION_READABLE = "/api/program";

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

  /** the web apps' user of a GET of the program's figures without Basic credentials, else null */
  static UserAuthentication webAppUser(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null
        || !(path.equals(SESSION_READABLE) || path.startsWith(SESSION_READABLE + "/"))) {
      return null;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
        .getAuthenticationForProcessEngine(DEFAULT_ENGINE_NAME);
    return authentication instanceof UserAuthentication user ? user : null;
  }
}

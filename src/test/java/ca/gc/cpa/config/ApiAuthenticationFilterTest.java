package ca.gc.cpa.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

/**
 * The web apps' session opens {@code GET /api/program…} and the user's own language ({@code /api/me/language},
 * a change with the session's CSRF token) only; everything else still needs Basic credentials.
 */
class ApiAuthenticationFilterTest {

  final UserAuthentication mona = new UserAuthentication("mona", "default");

  MockHttpServletRequest request(String method, String path, boolean loggedIn) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    MockHttpSession session = new MockHttpSession();
    if (loggedIn) {
      mona.setGroupIds(List.of("cpa-managers"));
      Authentications authentications = new Authentications();
      authentications.addOrReplace(mona);
      AuthenticationUtil.updateSession(session, authentications);
    }
    request.setSession(session);
    return request;
  }

  @Test
  void theProgramsFiguresAreReadAsTheSessionsUser() {
    for (String path : List.of("/api/program", "/api/program/forecast", "/api/program/tours.csv")) {
      assertThat(ApiAuthenticationFilter.webAppUser(request("GET", path, true))).as(path).isSameAs(mona);
    }
    MockHttpServletRequest inContext = request("GET", "/cpa/api/program", true);
    inContext.setContextPath("/cpa");
    assertThat(ApiAuthenticationFilter.webAppUser(inContext)).isSameAs(mona);
  }

  @Test
  void theUsersLanguageIsReadAndChosenInTheSessionAChangeOnlyWithItsCsrfToken() {
    assertThat(ApiAuthenticationFilter.webAppUser(request("GET", "/api/me/language", true))).isSameAs(mona);
    MockHttpServletRequest choice = request("PUT", "/api/me/language", true);
    choice.getSession().setAttribute("CAMUNDA_CSRF_TOKEN", "T0KEN");
    assertThat(ApiAuthenticationFilter.webAppUser(choice)).as("no token").isNull();
    choice.addHeader("X-XSRF-TOKEN", "other");
    assertThat(ApiAuthenticationFilter.webAppUser(choice)).as("another token").isNull();
    MockHttpServletRequest withToken = request("PUT", "/api/me/language", true);
    withToken.getSession().setAttribute("CAMUNDA_CSRF_TOKEN", "T0KEN");
    withToken.addHeader("X-XSRF-TOKEN", "T0KEN");
    assertThat(ApiAuthenticationFilter.webAppUser(withToken)).isSameAs(mona);
    assertThat(ApiAuthenticationFilter.webAppUser(request("POST", "/api/me/language", true))).isNull();
    assertThat(ApiAuthenticationFilter.webAppUser(request("PUT", "/api/me", true))).isNull();
  }

  @Test
  void anythingElseNeedsBasicCredentials() {
    assertThat(ApiAuthenticationFilter.webAppUser(request("GET", "/api/tours", true))).isNull();
    assertThat(ApiAuthenticationFilter.webAppUser(request("GET", "/api/programme", true))).isNull();
    assertThat(ApiAuthenticationFilter.webAppUser(request("GET", "/api/officers/1", true))).isNull();
    assertThat(ApiAuthenticationFilter.webAppUser(request("POST", "/api/program", true))).isNull();
    assertThat(ApiAuthenticationFilter.webAppUser(request("GET", "/api/program", false))).isNull();
    MockHttpServletRequest noSession = new MockHttpServletRequest("GET", "/api/program");
    assertThat(ApiAuthenticationFilter.webAppUser(noSession)).isNull();
    // a caller who sends credentials is checked on them, whatever session it has
    MockHttpServletRequest basic = request("GET", "/api/program", true);
    basic.addHeader("Authorization", "Basic bW9uYTp3cm9uZw==");
    assertThat(ApiAuthenticationFilter.webAppUser(basic)).isNull();
  }
}

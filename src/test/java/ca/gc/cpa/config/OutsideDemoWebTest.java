package ca.gc.cpa.config;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.support.H2InMemory;
import ca.gc.cpa.support.RestUser;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/** The web side outside the demo profile: HTTPS only (HSTS, Secure cookies) and the password policy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = H2InMemory.class)
@TestPropertySource(properties = {"cpa.identity.admin-user=root", "cpa.identity.admin-password=a long admin phrase"})
@DirtiesContext
class OutsideDemoWebTest {

  @LocalServerPort
  int port;

  @Test
  void browsersAreToldToKeepToHttpsOnEveryPath() {
    RestUser root = RestUser.as(port, "root", "a long admin phrase");
    for (String path : java.util.List.of("/engine-rest/engine", "/api/tours")) {
      HttpResponse<String> response = root.exchange("GET", path, null);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).contains("max-age=31536000");
    }
  }

  @Test
  void theWebAppsCsrfCookieTravelsOverHttpsOnly() {
    HttpResponse<String> tasklist = RestUser.anonymous(port).exchange("GET", "/camunda/app/tasklist/", null);
    assertThat(tasklist.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
        assertThat(cookie).startsWith("XSRF-TOKEN=").containsIgnoringCase("Secure"));
  }

  @Test
  void aNewPasswordMustMeetThePolicy() {
    RestUser root = RestUser.as(port, "root", "a long admin phrase");
    var weak = root.post("/engine-rest/user/create", Map.of("profile", Map.of("id", "weak", "firstName", "W",
        "lastName", "K"), "credentials", Map.of("password", "b")));
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.json().get("message").asText()).contains("at least 12 characters");
    var strong = root.post("/engine-rest/user/create", Map.of("profile", Map.of("id", "sasha", "firstName", "Sasha",
        "lastName", "Tremblay"), "credentials", Map.of("password", "correct horse battery")));
    assertThat(strong.status()).isEqualTo(204);
  }
}

package ca.gc.cpa.api;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.RestUser;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each person chooses the language of the web apps for themselves, and keeps it; marc works in French. */
@CpaAppTest
class MeApiTest {

  static final String LANGUAGE = "/api/me/language";

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identity;

  @AfterEach
  void forgetGinasChoice() {
    identity.deleteUserInfo("gina", "cpa.language");
  }

  @Test
  void marcWorksInFrenchAndGinaFollowsHerBrowserUntilSheChooses() {
    assertThat(RestUser.demo(port, "marc").get(LANGUAGE).json().get("language").asText()).isEqualTo("fr");
    RestUser gina = RestUser.demo(port, "gina");
    assertThat(gina.get(LANGUAGE).json().get("language").isNull()).isTrue();

    assertThat(gina.put(LANGUAGE, Map.of("language", "fr")).status()).isEqualTo(204);
    assertThat(gina.get(LANGUAGE).json().get("language").asText()).isEqualTo("fr");
    // her choice is hers: marc's and dana's stay as they were
    assertThat(RestUser.demo(port, "dana").get(LANGUAGE).json().get("language").isNull()).isTrue();
    assertThat(gina.put(LANGUAGE, Map.of("language", "en")).status()).isEqualTo(204);
    assertThat(gina.get(LANGUAGE).json().get("language").asText()).isEqualTo("en");
  }

  @Test
  void aLanguageTheAppsDoNotSpeakIsRefusedWithTheFieldAndChangesNothing() {
    RestUser gina = RestUser.demo(port, "gina");
    for (Object body : new Object[] {Map.of("language", "de"), Map.of("language", "french"), Map.of("other", "fr")}) {
      var response = gina.put(LANGUAGE, body);
      assertThat(response.status()).as(body.toString()).isEqualTo(400);
      assertThat(response.json().get("errors").get(0).get("field").asText()).isIn("language", "other");
    }
    assertThat(gina.get(LANGUAGE).json().get("language").isNull()).isTrue();
  }

  @Test
  void nobodyChoosesWithoutSigningIn() {
    assertThat(RestUser.anonymous(port).get(LANGUAGE).status()).isEqualTo(401);
    assertThat(RestUser.anonymous(port).put(LANGUAGE, Map.of("language", "fr")).status()).isEqualTo(401);
  }
}

package ca.gc.cpa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.RestUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How accounts are protected: failed logins slow down but never lock for good; partners see only their own. */
@CpaAppTest
class AccountsTest {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void manyWrongPasswordsFromAnAnonymousCallerDelayTheAccountButNeverLockItForGood() {
    RestUser guesser = RestUser.as(port, "paula", "wrong");
    RestUser paula = RestUser.demo(port, "paula");
    long now = System.currentTimeMillis();
    // thirty wrong passwords, each one counted (a minute apart: the delay after each has passed)
    for (int i = 0; i < 30; i++) {
      ClockUtil.setCurrentTime(new java.util.Date(now + i * 61_000L));
      assertThat(guesser.get("/engine-rest/task/count").status()).isEqualTo(401);
    }
    assertThat(attempts("paula")).isEqualTo(30);
    // right after the last one the account waits: the right password too is refused for the delay (60 s at most)
    ClockUtil.setCurrentTime(new java.util.Date(now + 29 * 61_000L + 1_000));
    assertThat(paula.get("/engine-rest/task/count").status()).isEqualTo(401);
    // then the right password works again, with no administrator involved
    ClockUtil.setCurrentTime(new java.util.Date(now + 29 * 61_000L + 61_000));
    assertThat(paula.get("/engine-rest/task/count").status()).isEqualTo(200);
    assertThat(attempts("paula")).isZero();
  }

  @Test
  void aPartnerServiceSeesOnlyItsOwnGroupAndPeople() {
    RestUser dana = RestUser.demo(port, "dana");
    assertThat(ids(dana.get("/engine-rest/group").json())).containsExactly("agency-durham");
    assertThat(ids(dana.get("/engine-rest/user").json())).containsExactly("dana");
    assertThat(dana.get("/engine-rest/group?member=owen").json()).isEmpty();
    assertThat(dana.get("/engine-rest/user?memberOfGroup=agency-opp").json()).isEmpty();
    assertThat(dana.get("/engine-rest/user/owen/profile").status()).isIn(403, 404);
    assertThat(dana.get("/engine-rest/group/gac-desk").status()).isIn(403, 404);
    // federal staff read the directory: who is in which service
    RestUser gina = RestUser.demo(port, "gina");
    assertThat(ids(gina.get("/engine-rest/group?member=owen").json())).containsExactly("agency-opp");
    assertThat(ids(gina.get("/engine-rest/user?memberOfGroup=agency-durham").json())).containsExactly("dana");
  }

  private long attempts(String userId) {
    return jdbc.sql("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = ?").param(userId).query(Long.class).single();
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }
}

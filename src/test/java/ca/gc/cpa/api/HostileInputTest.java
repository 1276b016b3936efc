package ca.gc.cpa.api;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.process.AssistanceRequestProcess;
import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.IntakeBodies;
import ca.gc.cpa.support.RestUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hundreds of generated hostile bodies against the intake API: wrong types, sizes, encodings, nulls,
 * injection strings, malformed JSON. Every one is a 4xx without a stack trace, and nothing is stored.
 */
@CpaAppTest
class HostileInputTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final List<Object> HOSTILE_VALUES = List.of(
      "", " ", "\u0000", "'; DROP TABLE assistance_request; --", "\" OR 1=1 --", "<script>alert(1)</script>",
      "${jndi:ldap://127.0.0.1/x}", "#{7*7}", "../../etc/passwd", "%00", "\uD83D\uDE00".repeat(40), "\u202Eevil",
      "x".repeat(5000), -1, 0, Integer.MAX_VALUE, Long.MAX_VALUE, -2147483649L, 1e308, 3.14, true, false,
      List.of(), List.of(1, 2), JSON.createObjectNode(), "2026-13-45", "1900-01-01", "9999-12-31T00:00:00");
  static final List<String> FIELDS = List.of(AssistanceRequestProcess.EXTERNAL_REFERENCE.name(), AssistanceRequestProcess.REQUESTING_BODY.name(), AssistanceRequestProcess.REQUESTING_BODY_NAME.name(), AssistanceRequestProcess.MISSION_NAME.name(),
      AssistanceRequestProcess.HOST_COUNTRY.name(), AssistanceRequestProcess.OFFICERS_REQUESTED.name(), AssistanceRequestProcess.MISSION_LANGUAGE.name(), AssistanceRequestProcess.ARMED.name(), AssistanceRequestProcess.TOUR_MONTHS.name(), AssistanceRequestProcess.REQUESTED_START.name(),
      AssistanceRequestProcess.OFFICIAL_REQUEST_RECEIVED.name(), AssistanceRequestProcess.ROLES_REQUESTED.name());

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  /** a body with one field hostile, or a raw malformed text */
  static Iterator<String> payloads() {
    List<String> out = new ArrayList<>();
    for (String field : FIELDS) {
      for (Object value : HOSTILE_VALUES) {
        ObjectNode body = IntakeBodies.valid("UN-HOSTILE");
        body.set(field, JSON.valueToTree(value));
        if (acceptable(field, value)) {
          continue;   // a value the contract allows (e.g. 3.14 is no integer, but "" for free text is refused)
        }
        out.add(body.toString());
      }
      ObjectNode missing = IntakeBodies.valid("UN-HOSTILE");
      missing.remove(field);
      if (!field.equals(AssistanceRequestProcess.ROLES_REQUESTED.name())) {
        out.add(missing.toString());
      }
    }
    Random random = new Random(42);
    String valid = IntakeBodies.valid("UN-HOSTILE").toString();
    for (int i = 0; i < 30; i++) {
      out.add(valid.substring(0, random.nextInt(valid.length() - 1)));   // truncated JSON
    }
    out.addAll(List.of("", "null", "[]", "\"text\"", "42", "{", "}", "{\"a\":}", "{'single':'quotes'}",
        "{\"externalReference\": \"x\", \"externalReference\": \"y\"}", "\uFEFF{}", "{\"__proto__\": {}}"));
    return out.iterator();
  }

  /** values the contract accepts for a field; they would register a request and are not hostile */
  static boolean acceptable(String field, Object value) {
    boolean text = value instanceof String s && !s.isBlank() && s.length() <= 64 && !s.contains("\u0000");
    if (field.equals(AssistanceRequestProcess.EXTERNAL_REFERENCE.name())) {
      return text;
    }
    if (field.equals(AssistanceRequestProcess.MISSION_NAME.name())) {
      return value instanceof String s && s.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} ./'()-]*");
    }
    if (field.equals(AssistanceRequestProcess.REQUESTING_BODY_NAME.name())) {
      return value instanceof String s && !s.isBlank() && s.length() <= 200;
    }
    if (field.equals(AssistanceRequestProcess.ROLES_REQUESTED.name())) {
      return value instanceof String s && s.length() <= 2000;
    }
    return (field.equals(AssistanceRequestProcess.ARMED.name())
        || field.equals(AssistanceRequestProcess.OFFICIAL_REQUEST_RECEIVED.name())) && value instanceof Boolean;
  }

  @Test
  void everyHostilePayloadIsRefusedWithA4xxAndLeavesNothing() {
    long records = jdbc.sql("SELECT COUNT(*) FROM assistance_request").query(Long.class).single();
    long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
    RestUser gina = RestUser.demo(port, "gina");
    int sent = 0;
    for (Iterator<String> it = payloads(); it.hasNext(); sent++) {
      String payload = it.next();
      var response = gina.post("/api/assistance-requests", payload);
      assertThat(response.status()).as("payload %s", payload.length() > 2000 ? abbreviate(payload) : payload)
          .isBetween(400, 499);
      assertThat(response.body()).as("payload %s", abbreviate(payload))
          .doesNotContain("Exception", "\tat ", "SQL", "org.", "java.");
      if (response.status() == 400) {
        assertThat(response.json().get("errors").get(0).get("field").asText()).isNotBlank();
      }
    }
    assertThat(sent).isGreaterThanOrEqualTo(200);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM assistance_request").query(Long.class).single()).isEqualTo(records);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void hostileWithdrawalsAreRefusedToo() {
    RestUser gina = RestUser.demo(port, "gina");
    for (String body : List.of("", "{}", "{\"reason\": null}", "{\"reason\": 42}", "{\"reason\": \"\"}",
        "{\"reason\": \"" + "x".repeat(2001) + "\"}", "{\"reason\": \"ok\", \"extra\": 1}", "[", "nonsense")) {
      var response = gina.post("/api/assistance-requests/REQ-2026-0001/withdrawal", body);
      assertThat(response.status()).as(body).isBetween(400, 499);
      assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }
    assertThat(gina.post("/api/assistance-requests/%27%20OR%201%3D1/withdrawal", "{\"reason\": \"x\"}").status())
        .isEqualTo(404);
  }

  @Test
  void injectionStringsInFreeTextAreStoredVerbatimAndHarmless() {
    RestUser gina = RestUser.demo(port, "gina");
    ObjectNode body = IntakeBodies.valid("'; DROP TABLE assistance_request; --");
    body.put(AssistanceRequestProcess.REQUESTING_BODY_NAME.name(), "<script>alert(1)</script> ${jndi:ldap://127.0.0.1/x}");
    body.put(AssistanceRequestProcess.ROLES_REQUESTED.name(), "\" OR 1=1 -- \uD83D\uDE00 \u202Eevil");
    var created = gina.post("/api/assistance-requests", body);
    assertThat(created.status()).isEqualTo(201);
    var record = gina.get("/api/assistance-requests/" + created.json().get("businessKey").asText()).json();
    assertThat(record.get(AssistanceRequestProcess.EXTERNAL_REFERENCE.name()).asText()).isEqualTo("'; DROP TABLE assistance_request; --");
    assertThat(record.get(AssistanceRequestProcess.REQUESTING_BODY_NAME.name()).asText()).isEqualTo(body.get(AssistanceRequestProcess.REQUESTING_BODY_NAME.name()).asText());
    assertThat(record.get(AssistanceRequestProcess.ROLES_REQUESTED.name()).asText()).isEqualTo(body.get(AssistanceRequestProcess.ROLES_REQUESTED.name()).asText());
  }

  private static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }
}

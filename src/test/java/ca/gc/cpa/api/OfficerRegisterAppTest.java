package ca.gc.cpa.api;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.gc.cpa.domain.Mission;
import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.process.CandidateSelectionProcess;
import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.MissionForms;
import ca.gc.cpa.support.RestUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The officer register through the API and Tasklist's REST, as the demo users: a coordinator registers and reads only
 * their own service's officers; the RCMP selection board registers for any service; a UN mission planned under the
 * UN's floor is refused; a coordinator nominates from the register, and the same officer's second nomination is
 * refused with where they are; an SPVM officer with 9 years is ineligible with the reason; a ceiling change waits for
 * ministers, then a lowered one fills fewer positions from the next rotation and a raised one selects its added
 * positions at once.
 */
@CpaAppTest
class OfficerRegisterAppTest {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  MissionRepository missions;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  org.flywaydb.core.Flyway flyway;

  static Map<String, Object> officer(String agency, String number, String serviceStart) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("agencyCode", agency);   // the /api/officers body
    o.put("serviceNumber", number);
    o.put("givenName", "Nadia");
    o.put("familyName", "Côté");
    o.put("rank", "SGT");
    o.put("sex", "F");
    o.put("dateOfBirth", "1984-05-06");
    o.put("serviceStart", serviceStart);
    o.put("languages", List.of("FR", "EN"));
    o.put("languageTests", List.of(Map.of("language", "FR", "kind", "UN", "score", 78,   // the /api/officers body
        "testedOn", "2025-10-01")));
    o.put("licenceSince", "2003-01-01");
    o.put("manualDrivingSince", "2012-01-01");
    o.put("firearmsQualifiedOn", "2025-03-01");
    o.put("passportExpiry", LocalDate.now().plusYears(6).toString());
    o.put("unAssessmentResult", "PASSED");
    o.put("unAssessmentOn", "2025-10-01");
    return o;
  }

  long officers() {
    return jdbc.sql("SELECT COUNT(*) FROM officer").query(Long.class).single();
  }

  @Test
  void aServiceRegistersAndReadsOnlyItsOwnOfficersAndTheSelectionBoardRegistersForAny() {
    RestUser rita = RestUser.demo(port, "rita");
    RestUser marc = RestUser.demo(port, "marc");
    var created = rita.post("/api/officers", officer("rcmp", "REG-R-1", "2010-01-01"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode entry = created.json();
    long id = entry.get("officer").get("id").asLong();
    assertThat(entry.get("unAssessment").get("validUntil").asText()).isEqualTo("2027-10-01");
    assertThat(entry.get("availability").get("status").asText()).isEqualTo("AVAILABLE");
    assertThat(entry.get("languageTests").get(0).get("score").asInt()).isEqualTo(78);

    assertThat(rita.get("/api/officers").json().get("officers").findValuesAsText("serviceNumber")).contains("REG-R-1")
        .allMatch(n -> !n.startsWith("REG-S"));
    assertThat(rita.get("/api/officers/" + id).status()).isEqualTo(200);
    // another service's officer, register or registration: not found, and nothing changes
    assertThat(marc.get("/api/officers/" + id).status()).isEqualTo(404);
    assertThat(marc.get("/api/officers?agency=rcmp").status()).isEqualTo(404);
    long before = officers();
    assertThat(marc.post("/api/officers", officer("rcmp", "REG-R-2", "2010-01-01")).status()).isEqualTo(404);
    assertThat(RestUser.demo(port, "gina").post("/api/officers", officer("rcmp", "REG-R-3", "2010-01-01")).status())
        .isEqualTo(403);
    assertThat(RestUser.anonymous(port).post("/api/officers", officer("rcmp", "REG-R-4", "2010-01-01")).status())
        .isEqualTo(401);
    // once only; every bad field named
    var again = rita.post("/api/officers", officer("rcmp", "REG-R-1", "2010-01-01"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("id").asLong()).isEqualTo(id);
    Map<String, Object> bad = officer("rcmp", "REG-R-5", LocalDate.now().plusDays(1).toString());
    bad.put("sex", "Q");
    bad.put("languages", List.of());
    var refused = rita.post("/api/officers", bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("sex", "serviceStart",
        "languages");
    assertThat(officers()).isEqualTo(before);

    RestUser sam = RestUser.demo(port, "sam");
    assertThat(sam.post("/api/officers", officer("spvm", "REG-S-1", "2008-01-01")).status()).isEqualTo(201);
    assertThat(marc.get("/api/officers").json().get("officers").findValuesAsText("serviceNumber")).contains("REG-S-1");
    assertThat(sam.get("/api/officers?agency=rcmp").json().get("officers").findValuesAsText("serviceNumber"))
        .contains("REG-R-1");
  }

  @Test
  void theApplicationGivesMigratedClearancesTheirExpiryAndTakesALaterRegisterMigrationOutOfOrder() {
    // V13 is a Spring bean reading cpa.register (domain.OfficerRegisterMigrationTest shows what it does)
    assertThat(flyway.getConfiguration().isOutOfOrder()).as("a database at V20 still takes V13 and V14").isTrue();
    assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion()).contains("13", "14", "20");
  }

  static Map<String, Object> typed(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, value) -> {
      String type = value instanceof Integer ? "Integer" : value instanceof Boolean ? "Boolean" : "String";
      if (value instanceof String s && s.startsWith("[")) {
        type = "Json";
      }
      variables.put(k, Map.of("value", value, "type", type));
    });
    return Map.of("variables", variables);
  }

  JsonNode task(RestUser user, String businessKey, String activity) {
    String query = "/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + activity;
    await().atMost(Duration.ofSeconds(30)).until(() -> user.get(query).json().size() == 1);
    return user.get(query).json().get(0);
  }

  RestUser.Response complete(String user, String businessKey, String activity, Map<String, Object> values) {
    RestUser rest = RestUser.demo(port, user);
    return rest.post("/engine-rest/task/" + task(rest, businessKey, activity).get("id").asText() + "/complete",
        typed(values));
  }

  @Test
  void aUnMissionPlannedUnderTheFloorIsRefusedAndOfficersAreNominatedFromTheRegisterOnce() {
    String missionKey = "MSN-REGUN-2026";
    missions.create(new Mission(missionKey, "REGUN", "MINUSMA", "REQ-2026-0917", 4, MissionStatus.OPEN, LocalDate.now(), null));
    engine.getRuntimeService().startProcessInstanceByKey(MissionProcess.KEY, missionKey, new MissionProcess.Start(
        "REGUN", "MINUSMA", 4, "UN", "FR", false, 12, LocalDate.now().plusMonths(6), "ML").variables());
    Map<String, Object> plan = MissionForms.plan(2, "TRAINING_MENTORING", "CST", "FR", false, 12,
        LocalDate.now().plusMonths(6), false);
    plan.put(MissionProcess.MIN_YEARS_OF_SERVICE.name(), 4);
    var refused = complete("ian", missionKey, "Task_PlanMission", plan);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("a UN mission asks at least 5 years of service (the UN's floor)");
    plan.put(MissionProcess.MIN_YEARS_OF_SERVICE.name(), 5);
    assertThat(complete("ian", missionKey, "Task_PlanMission", plan).status()).isEqualTo(204);
    assertThat(complete("gina", missionKey, "Task_RecordAgreement", 
        MissionForms.agreement("MOU", "MOU-REGUN", LocalDate.now())).status()).isEqualTo(204);

    // rita nominates Nadia from the register for position 1; she is no longer offered for position 2
    long nadia = RestUser.demo(port, "rita").post("/api/officers", officer("rcmp", "REG-R-10", "2010-01-01"))
        .json().get("officer").get("id").asLong();
    String first = "SEL-REGUN-1-R1";
    String second = "SEL-REGUN-2-R1";
    RestUser rita = RestUser.demo(port, "rita");
    String secondTask = task(rita, second, "Task_NominateOfficer").get("id").asText();
    Map<String, Object> pick = Map.of(NOMINATING.name(), "NOMINATE", NOMINEE_OFFICER_ID.name(), String.valueOf(nadia),
        NOMINEE_DISCIPLINE_CLEAR.name(), true, NOMINEE_OPEN_INVESTIGATION.name(), false);
    assertThat(complete("rita", first, "Task_NominateOfficer", pick).status()).isEqualTo(204);
    assertThat(rita.get("/api/officers/" + nadia).json().get("availability").get("where").asText())
        .isEqualTo("nominated in open selection " + first);
    var twice = rita.post("/engine-rest/task/" + secondTask + "/complete", typed(pick));
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.body()).contains("Sgt Nadia Côté cannot be nominated: nominated in open selection " + first);
    assertThat(rita.get("/engine-rest/task/" + secondTask).status()).as("the task stays open").isEqualTo(200);

    // marc registers an SPVM officer with 9 years of service in the same form: ineligible under SPVM's own screening
    String nineYearsAgo = LocalDate.now().plusMonths(6).minusYears(10).plusDays(1).toString();
    Map<String, Object> register = new HashMap<>(Map.of(NOMINATING.name(), "REGISTER", NOMINEE_SERVICE_NUMBER.name(), "REG-S-9",
        NOMINEE_GIVEN_NAME.name(), "Paul", NOMINEE_FAMILY_NAME.name(), "Morin", NOMINEE_RANK.name(), "CST", NOMINEE_GENDER.name(), "M",
        NOMINEE_DATE_OF_BIRTH.name(), "1988-02-03", NOMINEE_SERVICE_START.name(), nineYearsAgo, NOMINEE_LANGUAGES.name(), "[\"FR\"]",
        NOMINEE_LICENCE_DATE.name(), "2006-01-01"));
    register.putAll(Map.of(NOMINEE_MANUAL_SINCE.name(), "2010-01-01",
        NOMINEE_PASSPORT_EXPIRY.name(), LocalDate.now().plusYears(6).toString(), NOMINEE_DISCIPLINE_CLEAR.name(), true,
        NOMINEE_OPEN_INVESTIGATION.name(), false));
    assertThat(complete("marc", first, "Task_NominateOfficer", register).status()).isEqualTo(204);
    assertThat(complete("marc", first, "Task_ConfirmRelease", Map.of(COMMANDER_RECOMMENDATION.name(), "RECOMMENDED",
        CHIEF_CONSENT.name(), "YES")).status()).isEqualTo(204);
    RestUser marc = RestUser.demo(port, "marc");
    String told = task(marc, first, "Task_InformIneligible").get("id").asText();
    assertThat(marc.get("/engine-rest/task/" + told + "/variables/ineligibleReasons").json().get("value").asText())
        .isEqualTo("9 years of service, the service's own screening asks at least 10 (SPVM screening for peace "
            + "operations: at least 10 years of service, 2 years driving a manual vehicle)");
    assertThat(marc.get("/api/officers").json().get("officers").findValuesAsText("serviceNumber")).contains("REG-S-9");

    // IPOB proposes a ceiling of 1 at an evaluation: it waits for ministers, then the next rotation fills one position
    engine.getRuntimeService().createMessageCorrelation("EvaluationRequested").processInstanceBusinessKey(missionKey)
        .correlateWithResult();
    assertThat(complete("ian", missionKey, "Task_EvaluateMission", 
        MissionForms.proposeCeiling(1, "Host police absorbed the training role")).status()).isEqualTo(204);
    assertThat(missions.find(missionKey).orElseThrow().ceiling()).as("not before ministers decide").isEqualTo(4);
    assertThat(complete("ian", missionKey, "Task_RecordCeilingDecision", 
        MissionForms.ceilingApproved(1, LocalDate.now(), "MIN-REGUN-1"))
        .status()).as("only gac-desk records it").isEqualTo(403);
    assertThat(complete("gina", missionKey, "Task_RecordCeilingDecision", 
        MissionForms.ceilingApproved(1, LocalDate.now(), "MIN-REGUN-1"))
        .status()).isEqualTo(204);
    assertThat(missions.find(missionKey).orElseThrow().ceiling()).isEqualTo(1);
    var missionInstance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(missionKey)
        .processDefinitionKey(MissionProcess.KEY).singleResult();
    var rotationTimer = engine.getManagementService().createJobQuery().processInstanceId(missionInstance.getId())
        .activityId("Event_NextRotationDue").singleResult();
    engine.getManagementService().executeJob(rotationTimer.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CandidateSelectionProcess.KEY)
        .processInstanceBusinessKeyLike("SEL-REGUN-%-R2").list()).extracting(p -> p.getBusinessKey())
        .containsExactly("SEL-REGUN-1-R2");
  }

  List<String> selectionKeys(String pattern) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CandidateSelectionProcess.KEY)
        .processInstanceBusinessKeyLike(pattern).list().stream().map(p -> p.getBusinessKey()).sorted().toList();
  }

  @Test
  void aRaisedCeilingWaitsForMinistersAndThenItsAddedPositionSelectsNow() {
    String missionKey = "MSN-REGUP-2026";
    missions.create(new Mission(missionKey, "REGUP", "EUPOL COPPS", "REQ-2026-0918", 2, MissionStatus.OPEN, LocalDate.now(), null));
    engine.getRuntimeService().startProcessInstanceByKey(MissionProcess.KEY, missionKey, new MissionProcess.Start(
        "REGUP", "EUPOL COPPS", 2, "EU", "EN", false, 12, LocalDate.now().plusMonths(6), "PS").variables());
    assertThat(complete("ian", missionKey, "Task_PlanMission", 
        MissionForms.plan(2, "TRAINING_MENTORING", "CST", "EN", false, 12, LocalDate.now().plusMonths(6), false))
        .status()).isEqualTo(204);
    assertThat(complete("gina", missionKey, "Task_RecordAgreement", 
        MissionForms.agreement("MOU", "MOU-REGUP", LocalDate.now())).status()).isEqualTo(204);
    assertThat(selectionKeys("SEL-REGUP-%")).containsExactly("SEL-REGUP-1-R1", "SEL-REGUP-2-R1");

    // IPOB proposes a ceiling of 3: nothing changes before ministers decide
    engine.getRuntimeService().createMessageCorrelation("EvaluationRequested").processInstanceBusinessKey(missionKey)
        .correlateWithResult();
    assertThat(complete("ian", missionKey, "Task_EvaluateMission", 
        MissionForms.proposeCeiling(3, "The host asks for a third mentor")).status()).isEqualTo(204);
    assertThat(missions.find(missionKey).orElseThrow().ceiling()).isEqualTo(2);
    assertThat(selectionKeys("SEL-REGUP-%")).hasSize(2);
    assertThat(complete("gina", missionKey, "Task_RecordCeilingDecision", 
        MissionForms.ceilingApproved(3, LocalDate.now(), "MIN-REGUP-1"))
        .status()).isEqualTo(204);

    // once ministers approve, the added position is selected in the rotation under way: rita is called at once
    assertThat(missions.find(missionKey).orElseThrow().ceiling()).isEqualTo(3);
    assertThat(selectionKeys("SEL-REGUP-%")).containsExactly("SEL-REGUP-1-R1", "SEL-REGUP-2-R1", "SEL-REGUP-3-R1");
    JsonNode call = task(RestUser.demo(port, "rita"), "SEL-REGUP-3-R1", "Task_NominateOfficer");
    assertThat(RestUser.demo(port, "rita").get("/engine-rest/task/" + call.get("id").asText() + "/variables/rotation")
        .json().get("value").asInt()).isEqualTo(1);
    // and the next rotation fills the three positions
    var missionInstance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(missionKey)
        .processDefinitionKey(MissionProcess.KEY).singleResult();
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(missionInstance.getId()).activityId("Event_NextRotationDue").singleResult().getId());
    assertThat(selectionKeys("SEL-REGUP-%-R2")).containsExactly("SEL-REGUP-1-R2", "SEL-REGUP-2-R2", "SEL-REGUP-3-R2");
  }
}

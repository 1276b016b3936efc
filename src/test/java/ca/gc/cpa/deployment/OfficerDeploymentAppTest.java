package ca.gc.cpa.deployment;

import static ca.gc.cpa.process.OfficerDeploymentProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.gc.cpa.domain.CostRecoveryRepository;
import ca.gc.cpa.domain.Mission;
import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.domain.Officer;
import ca.gc.cpa.domain.OfficerRepository;
import ca.gc.cpa.domain.Tour;
import ca.gc.cpa.domain.TourIncidentRepository;
import ca.gc.cpa.domain.TourLeaveRequestRepository;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.domain.TourStatus;
import ca.gc.cpa.process.IncidentProcess;
import ca.gc.cpa.process.LeaveRequestProcess;
import ca.gc.cpa.process.OfficerDeploymentProcess;
import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.RestUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One tour driven over /engine-rest as the people who work it: training (theo), logistics (liam),
 * vaccinations and health (hana), IPOB (ian), the home service's coordinator (marc), the contingent commander
 * (carl) through /api. The critical incident carl reports brings the officer home early on IPOB's decision.
 */
@CpaAppTest
class OfficerDeploymentAppTest {

  static final String KEY = "DEP-2026-0901";
  static final String MISSION = "MSN-MONUSCO-2026";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  ManagementService managementService;

  @Autowired
  OfficerRepository officers;

  @Autowired
  TourRepository tours;

  @Autowired
  CostRecoveryRepository recoveries;

  @Autowired
  MissionRepository missions;

  @Autowired
  TourIncidentRepository tourIncidents;

  @Autowired
  TourLeaveRequestRepository tourLeave;

  @Test
  void aTourCutShortByACriticalIncidentOverRest() {
    LocalDate today = TourCalendar.today();
    // what candidate-selection does: the tour row, then the instance
    Officer officer = officers.save(new Officer(null, "spvm", "SPVM-7001", "Marie", "Roy", "Sgt", "F", LocalDate.of(1984, 5, 2)));
    tours.create(new Tour(null, KEY, officer.id(), "spvm", "MSN-MONUSCO-2026", 2, 1, TourStatus.SELECTED));
    tours.recordTerms(KEY, today.plusDays(45), 12, true);
    var start = new Start(KEY, "MONUSCO, DR Congo", "Police adviser", officer.displayName(), "spvm", false, false,
        today.plusDays(45));
    String pid = runtimeService.startProcessInstanceByKey(OfficerDeploymentProcess.KEY, start.businessKey(), start.variables()).getId();

    RestUser theo = RestUser.demo(port, "theo");
    RestUser liam = RestUser.demo(port, "liam");
    RestUser hana = RestUser.demo(port, "hana");
    RestUser ian = RestUser.demo(port, "ian");
    RestUser marc = RestUser.demo(port, "marc");
    RestUser rita = RestUser.demo(port, "rita");

    // the home service's coordinator sees none of the RCMP's preparation tasks
    var marcsView = marc.get("/engine-rest/task?processInstanceBusinessKey=" + KEY);
    assertThat(marcsView.status()).isEqualTo(200);
    assertThat(marcsView.json()).isEmpty();

    submit(theo, "Task_EnrolInTraining", Map.of(TRAINING_START_DATE.name(), today.plusDays(7).toString(),
        TRAINING_END_DATE.name(), today.plusDays(3).toString()), 400);
    submit(theo, "Task_EnrolInTraining", Map.of(TRAINING_START_DATE.name(), today.plusDays(7).toString(),
        TRAINING_END_DATE.name(), today.plusDays(11).toString()), 204);
    Map<String, Object> results = new LinkedHashMap<>();
    for (String module : List.of(MODULE_CULTURE.name(), MODULE_GEOPOLITICS.name(), MODULE_HOST_POLICE_SYSTEM.name(), MODULE_LIVING_CONDITIONS.name(),
        MODULE_MEDICAL.name(), MODULE_PSYCHOLOGICAL_EFFECTS.name(), MODULE_CHILD_PROTECTION.name())) {
      results.put(module, "PASS");
    }
    submit(theo, "Task_RecordTrainingResult", results, 204);
    assertThat(tours.findProgress(KEY).orElseThrow().status()).isEqualTo(TourStatus.PREPARING);

    submit(liam, "Task_ObtainVisa", Map.of(VISA_ISSUED_ON.name(), today.toString()), 204);
    submit(liam, "Task_ArrangeTravel", Map.of(TRAVEL_DEPARTURE_DATE.name(), today.toString()), 204);
    submit(liam, "Task_IssueUniformsAndEquipment", Map.of(ITEMS_ISSUED.name(), List.of("UNIFORMS", "FIELD_KIT")), 204);
    submit(hana, "Task_ConfirmVaccinations", Map.of(VACCINATIONS_VERDICT.name(), "ANTIBODIES_LOW"), 400);
    submit(hana, "Task_ConfirmVaccinations", Map.of(VACCINATIONS_VERDICT.name(), "COMPLETED", MEDICAL_KIT_ISSUED.name(), true), 204);
    submit(liam, "Task_ConfirmDeparture", Map.of(DEPARTED_ON.name(), today.toString()), 204);
    submit(ian, "Task_ConfirmArrival", Map.of(ARRIVED_ON.name(), today.toString()), 204);
    assertThat(tours.findProgress(KEY).orElseThrow().stage()).isEqualTo("INDUCTION");

    // the induction's end (a timer a week ahead) is run now
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pid)
        .activityId("Event_InductionCompleted").singleResult().getId());
    assertThat(tours.findProgress(KEY).orElseThrow().stage()).isEqualTo("ON_TOUR");

    // RCMP IPOB names carl the contingent commander of the mission (a contingent commander, and only IPOB)
    missions.create(new Mission(MISSION, "MONUSCO", "MONUSCO, DR Congo", "REQ-2026-0901", 25, MissionStatus.OPEN, today, null));
    RestUser carl = RestUser.demo(port, "carl");
    assertThat(carl.put("/api/missions/" + MISSION + "/commander", Map.of("userId", "carl")).status()).isEqualTo(403);
    assertThat(ian.put("/api/missions/" + MISSION + "/commander", Map.of("userId", "marc")).status()).isEqualTo(400);
    assertThat(ian.put("/api/missions/MSN-NONE-2026/commander", Map.of("userId", "carl")).status()).isEqualTo(404);
    assertThat(ian.put("/api/missions/" + MISSION + "/commander", Map.of("userId", "carl")).status()).isEqualTo(200);

    // no full month served yet: leave is refused with the balance at its first day, and nothing is recorded
    var refused = carl.post("/api/tours/" + KEY + "/leave",
        new LeaveRequestProcess.Start(KEY, today.plusDays(3), 2).body());
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains(LeaveRequestProcess.LEAVE_DAYS.name()).contains("only 0 days of leave are available on " + today.plusDays(3));
    assertThat(tourLeave.leave(KEY)).isEmpty();

    // carl reports a critical incident: it reaches the tour, and IPOB decides on repatriation with health's advice
    var sent = carl.post("/api/tours/" + KEY + "/incidents", new IncidentProcess.Start(KEY, today,
        IncidentProcess.INJURY, IncidentProcess.CRITICAL, "Convoy ambushed, officer injured").body());
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    assertThat(tourIncidents.incidents(KEY)).singleElement().satisfies(i -> assertThat(i.severity()).isEqualTo("CRITICAL"));
    assertThat(tasks(carl, "Task_DecideEmergencyRepatriation")).isEmpty();
    submit(ian, "Task_DecideEmergencyRepatriation", Map.of(IncidentProcess.HEALTH_ADVICE.name(),
        IncidentProcess.REPATRIATE, IncidentProcess.REPATRIATION_DECISION.name(), IncidentProcess.REPATRIATE), 204);
    assertThat(tourIncidents.incidents(KEY).get(0).decidedBy()).isEqualTo("ian");
    assertThat(tours.findProgress(KEY).orElseThrow().status()).isEqualTo(TourStatus.REPATRIATING);

    // the mission is told asynchronously; then logistics books the way home
    await().atMost(Duration.ofSeconds(60)).until(() -> !tasks(liam, "Task_ArrangeTravelHome").isEmpty());
    assertThat(tours.findProgress(KEY).orElseThrow().positionFreedOn()).isEqualTo(today);
    submit(liam, "Task_ArrangeTravelHome", Map.of(RETURN_TRAVEL_DATE.name(), today.toString()), 204);
    submit(ian, "Task_HoldOperationalDebrief", Map.of(DEBRIEF_HELD_ON.name(), today.toString()), 204);
    submit(hana, "Task_CheckPostMissionHealth", Map.of(POST_MISSION_VERDICT.name(), "FIT"), 204);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pid)
        .activityId("Event_ReintegrationLeaveEnded").singleResult().getId());

    assertThat(tasks(rita, "Task_ConfirmReturnToDuty")).isEmpty();
    submit(marc, "Task_ConfirmReturnToDuty", Map.of(RETURNED_TO_DUTY_ON.name(), today.toString()), 204);
    submit(ian, "Task_AwardRecognition", Map.of(MEDALS_AWARDED.name(), List.of("UN_MEDAL")), 204);

    await().atMost(Duration.ofSeconds(60)).until(() ->
        tours.findProgress(KEY).orElseThrow().status() == TourStatus.COMPLETED);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
    var recovery = recoveries.find(KEY).orElseThrow();
    assertThat(recovery.reimbursed()).isTrue();
    assertThat(recovery.fullMonths()).isZero();
    assertThat(tours.findProgress(KEY).orElseThrow().repatriationReason()).isEqualTo("EMERGENCY");
  }

  List<JsonNode> tasks(RestUser user, String taskKey) {
    var response = user.get("/engine-rest/task?processInstanceBusinessKey=" + KEY + "&taskDefinitionKey=" + taskKey);
    assertThat(response.status()).as("task query: " + response.body()).isEqualTo(200);
    JsonNode list = response.json();
    List<JsonNode> out = new java.util.ArrayList<>();
    list.forEach(out::add);
    return out;
  }

  void submit(RestUser user, String taskKey, Map<String, Object> values, int expectedStatus) {
    List<JsonNode> open = tasks(user, taskKey);
    assertThat(open).as(taskKey + " offered to the user").hasSize(1);
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, v instanceof List<?> l
        ? Map.of("value", toJson(l), "type", "Json") : Map.of("value", v)));
    var response = user.post("/engine-rest/task/" + open.get(0).path("id").asText() + "/submit-form",
        Map.of("variables", variables));
    assertThat(response.status()).as(taskKey + ": " + response.body()).isEqualTo(expectedStatus);
  }

  static String toJson(List<?> list) {
    return list.stream().map(o -> "\"" + o + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
  }
}

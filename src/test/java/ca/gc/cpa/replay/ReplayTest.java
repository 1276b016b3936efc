package ca.gc.cpa.replay;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.process.CandidateSelectionProcess;
import ca.gc.cpa.support.CpaAppTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** A small replay (2 missions, 8 tours) through the real processes keeps the replay working. */
@CpaAppTest
// a database of its own: the whole pipeline works every open task of its groups, and other tests leave
// tasks behind on purpose (half-made instances of the authorization tests)
@TestPropertySource(properties = "cpa.test.context=pipeline")
class ReplayTest {

  @Autowired
  Replay replay;

  @Autowired
  HistoryService history;

  @Autowired
  RuntimeService runtime;

  @Autowired
  ManagementService management;

  @Autowired
  org.camunda.bpm.engine.TaskService taskService;

  @Autowired
  JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void twoMissionsReplayIntoToursWorkedByTheGroupsUsers() {
    List<String> progress = new ArrayList<>();
    int toursBefore = jdbc.sql("SELECT COUNT(*) FROM tour").query(Integer.class).single();
    Scenario scenario = Scenario.realistic(7, 4);
    var result = replay.run(MissionSeed.catalogue(2, 7), 8, LocalDate.now().minusYears(3), Duration.ofDays(20),
        scenario, progress::add);
    System.out.println(progress.get(progress.size() - 1) + ": " + result);

    assertThat(result.tours()).isGreaterThanOrEqualTo(8);
    assertThat(result.missions()).isEqualTo(2);
    assertThat(result.userTasks()).isGreaterThan(50);
    assertThat(progress).last().asString().contains("8/8 tours");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM tour").query(Integer.class).single() - toursBefore)
        .isEqualTo(result.tours());
    // every user task was completed by a user, never without one
    assertThat(history.createHistoricTaskInstanceQuery().taskDeleteReason("completed").taskAssigned().count())
        .isEqualTo(history.createHistoricTaskInstanceQuery().taskDeleteReason("completed").count())
        .isGreaterThanOrEqualTo(result.userTasks());
    // nothing failed on the way: no incident, no job out of retries
    assertThat(runtime.createIncidentQuery().count()).isZero();
    assertThat(management.createJobQuery().noRetriesLeft().count()).isZero();
    // what the engine keeps grows with the open work, not with the work done: no authorization outlives its
    // task, the job log holds failures only (identity.TaskAuthorizationProvider, config.AuditHistoryLevel)
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_TYPE_ IN (7, 19)"
        + " AND RESOURCE_ID_ <> '*' AND RESOURCE_ID_ NOT IN (SELECT ID_ FROM ACT_RU_TASK)").query(Integer.class).single()).isZero();
    assertThat(history.createHistoricJobLogQuery().successLog().count()).isZero();
    assertThat(result.jobs()).containsKeys(CandidateSelectionProcess.KEY, "officer-deployment");
    // no task reopens by itself: none of IPOB's open tasks was done before in the same instance (a standing
    // "record leave request" reopened the moment it was done), and no reminder of a report is left to IPOB
    var ipobOpen = taskService.createTaskQuery().taskCandidateGroup("rcmp-ipob").list();
    ipobOpen.forEach(task -> assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .taskDefinitionKey(task.getTaskDefinitionKey()).finished().count()).as(task.getName()).isZero());
    // the contingent commander sent the reports from the missions where officers served a month
    assertThat(jdbc.sql("SELECT COUNT(*) FROM mission_report WHERE sent_by = 'carl'").query(Integer.class).single())
        .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM mission_report").query(Integer.class).single());
    // partner services beyond the RCMP send officers
    assertThat(jdbc.sql("SELECT COUNT(DISTINCT agency_code) FROM tour").query(Integer.class).single()).isGreaterThan(2);

    // the months abroad, until the next rotation's officers are chosen: the people's channels run, and the tasks
    // assigned to the contingent commander as his missions' commander are worked by him, as himself (the leave a
    // home service asks for; the contingent's first report, from the reminder)
    var abroad = replay.run(List.of(), 4, result.reachedOn(), Duration.ofDays(20), scenario, progress::add);
    System.out.println(progress.get(progress.size() - 1) + ": " + abroad);
    assertThat(abroad.events()).isPositive();
    var carls = history.createHistoricTaskInstanceQuery().taskAssignee("carl").finished().list().stream()
        .collect(java.util.stream.Collectors.groupingBy(t -> t.getTaskDefinitionKey(), java.util.stream.Collectors.counting()));
    System.out.println("tasks carl worked as his missions' commander: " + carls);
    assertThat(carls).containsKeys("Task_ApproveLeave", "Task_SendMissingReport");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM tour_leave_request WHERE requested_by LIKE 'coord-%' OR requested_by IN"
        + " ('rita', 'marc', 'dana', 'owen')").query(Integer.class).single()).as("leave asked by home services").isPositive();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM mission_report WHERE sent_by = 'carl'").query(Integer.class).single())
        .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM mission_report").query(Integer.class).single()).isPositive();
    assertThat(taskService.createTaskQuery().taskAssignee("carl").count()).as("nothing of carl's left undone").isZero();
    assertThat(runtime.createIncidentQuery().count()).isZero();
  }
}

package ca.gc.cpa.api;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;
import static ca.gc.cpa.support.RestTasks.typed;
import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.domain.Mission;
import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.MissionForms;
import ca.gc.cpa.support.RestTasks;
import ca.gc.cpa.support.RestUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One officer, one place, under racing completions: rita completes the calls of several positions at the same moment,
 * each naming the same officer of her register (or registering the same new officer): exactly one nomination is
 * recorded; every other completion is a 400 saying where the officer is (or that the officer is registered now), never
 * a 500, and its task stays open ({@code OfficerRegister.hold}, {@code holdService}).
 */
@CpaAppTest
class NominationRaceTest {

  static final AtomicInteger MISSIONS = new AtomicInteger();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  MissionRepository missions;

  @Autowired
  JdbcClient jdbc;

  /** a planned mission whose rotation 1 calls for {@code positions} officers; returns its code */
  String missionWithCalls(int positions) {
    String code = "RACE" + MISSIONS.incrementAndGet();
    String key = "MSN-" + code + "-2026";
    String request = "REQ-2026-09" + (50 + MISSIONS.get());
    missions.create(new Mission(key, code, "EUPOL COPPS", request, positions, MissionStatus.OPEN, LocalDate.now(), null));
    engine.getRuntimeService().startProcessInstanceByKey(MissionProcess.KEY, key, new MissionProcess.Start(code,
        "EUPOL COPPS", positions, "EU", "EN", false, 12, LocalDate.now().plusMonths(6), "PS").variables());
    RestTasks.complete(RestUser.demo(port, "ian"), key, "Task_PlanMission", typed(MissionForms.plan(positions,
        "TRAINING_MENTORING", "CST", "EN", false, 12, LocalDate.now().plusMonths(6), false)));
    RestTasks.complete(RestUser.demo(port, "gina"), key, "Task_RecordAgreement", typed(MissionForms.agreement("MOU",
        "MOU-" + code, LocalDate.now())));
    return code;
  }

  /** rita's call of each position, completed at the same moment with the same answer: each completion's answer */
  List<RestUser.Response> raceCalls(String code, int positions, Map<String, Object> answer) throws Exception {
    RestUser rita = RestUser.demo(port, "rita");
    List<String> tasks = new ArrayList<>();
    for (int p = 1; p <= positions; p++) {
      tasks.add(RestTasks.taskId(rita, "SEL-" + code + "-" + p + "-R1", "Task_NominateOfficer"));
    }
    CyclicBarrier start = new CyclicBarrier(positions);
    ExecutorService pool = Executors.newFixedThreadPool(positions);
    try {
      List<Callable<RestUser.Response>> calls = new ArrayList<>();
      for (String task : tasks) {
        calls.add(() -> {
          start.await(30, TimeUnit.SECONDS);
          return rita.post("/engine-rest/task/" + task + "/complete", answer);
        });
      }
      List<RestUser.Response> answers = new ArrayList<>();
      for (Future<RestUser.Response> f : pool.invokeAll(calls)) {
        answers.add(f.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  long openCalls(String code) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike("SEL-" + code + "-%")
        .taskDefinitionKey("Task_NominateOfficer").taskCandidateGroup("agency-rcmp").count();
  }

  @Test
  void racingNominationsOfOneOfficerRecordExactlyOne() throws Exception {
    int positions = 4;
    String code = missionWithCalls(positions);
    Map<String, Object> officer = new HashMap<>(OfficerRegisterAppTest.officer("rcmp", code + "-R1", "2010-01-01"));
    long id = RestUser.demo(port, "rita").post("/api/officers", officer).json().get("officer").get("id").asLong();

    List<RestUser.Response> answers = raceCalls(code, positions, typed(NOMINATING.name(), "NOMINATE",
        NOMINEE_OFFICER_ID.name(), String.valueOf(id), NOMINEE_DISCIPLINE_CLEAR.name(), true, NOMINEE_OPEN_INVESTIGATION.name(), false));

    assertThat(answers).extracting(RestUser.Response::status).containsOnly(204, 400);
    assertThat(answers).filteredOn(a -> a.status() == 204).hasSize(1);
    String where = jdbc.sql("""
        SELECT s.business_key FROM nomination n JOIN selection s ON s.id = n.selection_id WHERE n.officer_id = ?""")
        .param(id).query(String.class).single();
    assertThat(where).startsWith("SEL-" + code + "-");
    assertThat(answers).filteredOn(a -> a.status() == 400).allSatisfy(a -> assertThat(a.body())
        .contains("Sgt Nadia Côté cannot be nominated: nominated in open selection " + where));
    assertThat(openCalls(code)).as("the refused calls stay open").isEqualTo(positions - 1);
  }

  @Test
  void racingRegistrationsOfOneNewOfficerRegisterAndNominateExactlyOnce() throws Exception {
    int positions = 3;
    String code = missionWithCalls(positions);
    String number = code + "-NEW";
    long before = jdbc.sql("SELECT COUNT(*) FROM officer").query(Long.class).single();

    List<RestUser.Response> answers = raceCalls(code, positions, typed(NOMINATING.name(), "REGISTER",
        NOMINEE_SERVICE_NUMBER.name(), number, NOMINEE_GIVEN_NAME.name(), "Paul", NOMINEE_FAMILY_NAME.name(), "Morin", NOMINEE_RANK.name(), "CST",
        NOMINEE_GENDER.name(), "M", NOMINEE_DATE_OF_BIRTH.name(), "1988-02-03", NOMINEE_SERVICE_START.name(), "2010-01-01",
        NOMINEE_LANGUAGES.name(), "[\"EN\"]", NOMINEE_LICENCE_DATE.name(), "2006-01-01",
        NOMINEE_PASSPORT_EXPIRY.name(), LocalDate.now().plusYears(6).toString(), NOMINEE_DISCIPLINE_CLEAR.name(), true,
        NOMINEE_OPEN_INVESTIGATION.name(), false));

    assertThat(answers).extracting(RestUser.Response::status).containsOnly(204, 400);
    assertThat(answers).filteredOn(a -> a.status() == 204).hasSize(1);
    assertThat(answers).filteredOn(a -> a.status() == 400).allSatisfy(a -> assertThat(a.body())
        .contains("this officer is already in your register: choose them from it"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM officer").query(Long.class).single()).isEqualTo(before + 1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM nomination n JOIN officer o ON o.id = n.officer_id WHERE o.service_number = ?")
        .param(number).query(Long.class).single()).isEqualTo(1);
    assertThat(openCalls(code)).isEqualTo(positions - 1);
  }
}

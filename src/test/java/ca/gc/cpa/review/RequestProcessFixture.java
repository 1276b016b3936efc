package ca.gc.cpa.review;

import ca.gc.cpa.cap.ProgramCap;
import ca.gc.cpa.cap.ProgramHeadroom;
import ca.gc.cpa.config.ProgramProperties;
import ca.gc.cpa.domain.AssistanceRequestRepository;
import ca.gc.cpa.domain.BusinessKeys;
import ca.gc.cpa.domain.EffectLedger;
import ca.gc.cpa.domain.Mission;
import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.intake.IntakeCheck;
import ca.gc.cpa.intake.IntakeRules;
import ca.gc.cpa.intake.IntakeService;
import ca.gc.cpa.intake.NewAssistanceRequest;
import ca.gc.cpa.intake.RegisterRequest;
import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.program.CapacityOutlook;
import ca.gc.cpa.program.ProgramRecords;
import ca.gc.cpa.program.ProgramViewProperties;
import ca.gc.cpa.support.TestDatabase;
import jakarta.validation.Validation;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real beans of process assistance-request, on a fresh business database, registered with the
 * process tests' engine; and a stub {@code mission} process for the approval to start.
 */
final class RequestProcessFixture {

  static final ReviewProperties PROPERTIES = new ReviewProperties(Duration.ofDays(14), Duration.ofDays(60), 10, 1);
  static final int CAP = 150;

  final JdbcClient jdbc;
  final AssistanceRequestRepository requests;
  final MissionRepository missions;
  final ProgramCap cap;
  final IntakeService intake;
  final String missionStubDeployment;

  RequestProcessFixture(ProcessEngine engine) {
    DataSource dataSource = TestDatabase.fresh();
    jdbc = JdbcClient.create(dataSource);
    requests = new AssistanceRequestRepository(jdbc);
    missions = new MissionRepository(jdbc);
    BusinessKeys keys;
    try {
      keys = new BusinessKeys(dataSource);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    intake = new IntakeService(requests, keys, engine.getRuntimeService());
    var validator = Validation.buildDefaultValidatorFactory().getValidator();
    var rules = new IntakeRules(validator);
    cap = new ProgramCap(jdbc, new ProgramProperties(CAP));
    var headroom = new ProgramHeadroom(cap, missions);
    Mocks.register("recordCapChange", new RecordCapChange(cap));
    var partners = new ReviewPartners();
    var outcomes = new RecordOutcome();

    Mocks.register("intakeCheck", new IntakeCheck(rules, requests));
    Mocks.register("registerRequest", new RegisterRequest(requests, intake));
    Mocks.register("assessHeadroom", new AssessHeadroom(headroom));
    Mocks.register("recordReview", new RecordReview(requests));
    Mocks.register("forecastForMinisters", new ForecastForMinistersListener(new CapacityOutlook(new ProgramRecords(jdbc),
        cap, new ProgramViewProperties(46_900_000, 4, 24, List.of(30, 60, 90))), requests));
    Mocks.register("reviewTimers", new ReviewTimers(PROPERTIES));
    Mocks.register("reviewPartners", partners);
    Mocks.register("partnerReviewCheck", new PartnerReviewCheck());
    Mocks.register("visitFindingsCheck", new VisitFindingsCheck());
    Mocks.register("officialRequestCheck", new OfficialRequestCheck());
    Mocks.register("ministerialDecisionCheck", new MinisterialDecisionCheck(headroom));
    Mocks.register("consolidatePositions", new ConsolidatePositions(new PartnerReviews(jdbc, partners), headroom, requests, PROPERTIES));
    Mocks.register("registerOfficialRequest", new RegisterOfficialRequest(requests));
    Mocks.register("recordDecision", outcomes.recordDecision(requests));
    Mocks.register("recordLapse", outcomes.recordLapse(PROPERTIES));
    Mocks.register("recordWithdrawal", outcomes.recordWithdrawal());
    Mocks.register("closeRequest", outcomes.closeRequest(requests));
    Mocks.register("startMission", new StartMission(missions, requests, new EffectLedger(dataSource, "test")));

    missionStubDeployment = engine.getRepositoryService().createDeployment()
        .addModelInstance("mission-stub.bpmn", Bpmn.createExecutableProcess(MissionProcess.KEY).camundaHistoryTimeToLive(1)
            .startEvent("Event_MissionStarted").userTask("Task_PlanMission").endEvent("Event_MissionEnded").done())
        .deploy().getId();
  }

  static NewAssistanceRequest request(int officers, boolean officialRequest) {
    return new NewAssistanceRequest("UN-2026-0117", "UN", "UN Police Division, DPO", "MINUSMA", "ML", officers, "FR",
        true, 12, LocalDate.now().plusMonths(4), officialRequest, "Patrol and mentoring; two command posts");
  }

  /** commits the program to other missions with these ceilings */
  void commit(int... ceilings) {
    int n = 0;
    for (int ceiling : ceilings) {
      missions.create(new Mission("MSN-OTHER" + (++n) + "-2025", "OTHER" + n, "Other " + n, "REQ-2025-000" + n,
          ceiling, MissionStatus.OPEN, LocalDate.now().minusYears(1), null));
    }
  }

  void close(ProcessEngine engine) {
    engine.getRepositoryService().deleteDeployment(missionStubDeployment, true);
    Mocks.reset();
  }
}

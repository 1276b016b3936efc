package ca.gc.cpa.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import ca.gc.cpa.cap.ProgramCap;
import ca.gc.cpa.domain.RequestStatus;
import ca.gc.cpa.process.AssistanceRequestProcess;
import ca.gc.cpa.process.CapChange;
import ca.gc.cpa.process.MissionProcess;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Process assistance-request, one test per path. */
@Deployment(resources = {"assistance-request.bpmn", "newAssistanceRequest.form", "screenCriteria.form",
    "recordOfficialRequest.form", "chaseOfficialRequest.form", "decideAssessmentVisit.form", "recordVisitFindings.form",
    "reviewAsPartner.form", "chaseOverdueReview.form", "recordMinisterialDecision.form", "sendReply.form"})
class AssistanceRequestProcessTest {

  @RegisterExtension
  /** at least 90% of the flow nodes and sequence flows of the process, report under target/process-test-coverage */
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder("camunda-test.cfg.xml")
      .reportDirectory("target/process-test-coverage").assertClassCoverageAtLeast(0.9).excludeProcessDefinitionKeys(MissionProcess.KEY).build();

  ProcessEngine engine;
  RequestProcessFixture fixture;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    init(engine);   // the assertions' engine: else the one ProcessEngines holds, which a Spring test may have replaced
    fixture = new RequestProcessFixture(engine);
  }

  @AfterEach
  void tearDown() {
    fixture.close(engine);
    ClockUtil.reset();
  }

  // ---- paths ----

  @Test
  void approvedRequestStartsTheMissionWithTheMinistersCeiling() {
    ProcessInstance pi = start(25, true);
    screen(pi, "YES");
    decideVisit(pi, "NO");
    reviewAll(pi, "SUPPORT", "SUPPORT_WITH_CONDITIONS", "SUPPORT");
    assertThat(pi).isWaitingAt("Task_RecordMinisterialDecision")
        .variables().containsEntry(AssistanceRequestProcess.RECOMMENDATION.name(), "APPROVE").containsEntry(AssistanceRequestProcess.PROPOSED_CEILING.name(), 25)
        // the capacity forecast ministers see: no officer abroad yet, the proposed 25 from the requested start
        .containsEntry(AssistanceRequestProcess.FORECAST_PEAK_HEADROOM.name(), RequestProcessFixture.CAP)
        .containsEntry(AssistanceRequestProcess.FORECAST_PEAK_HEADROOM_WITH_CEILING.name(), RequestProcessFixture.CAP - 25);
    assertThat((String) runtimeService().getVariable(pi.getId(), AssistanceRequestProcess.CAPACITY_FORECAST.name()))
        .contains("With the proposed ceiling of 25: peak of 25 in");
    decide(pi, "APPROVE", 20);
    // the forecast ministers saw kept the proposed ceiling within the cap: the request's record says so
    assertThat(fixture.jdbc.sql("SELECT position FROM request_review WHERE business_key = ? AND step = 'CAPACITY_FORECAST'")
        .param(pi.getBusinessKey()).query(String.class).single()).isEqualTo("WITHIN_CAP");

    assertThat(pi).isWaitingAt("Task_StartMission");
    execute(job());
    assertThat(pi).isEnded().hasPassed("Task_StartMission", "Task_CloseRequest");
    var mission = runtimeService().createProcessInstanceQuery().processDefinitionKey(MissionProcess.KEY).singleResult();
    assertThat(mission.getBusinessKey()).isEqualTo("MSN-MINUSMA-" + LocalDate.now().getYear());
    assertThat(runtimeService().getVariable(mission.getId(), MissionProcess.CEILING.name())).isEqualTo(20);
    assertThat(fixture.missions.find(mission.getBusinessKey()).orElseThrow().requestBusinessKey()).isEqualTo(pi.getBusinessKey());
    var record = fixture.requests.find(pi.getBusinessKey()).orElseThrow();
    assertThat(record.status()).isEqualTo(RequestStatus.APPROVED);
    assertThat(record.ceiling()).isEqualTo(20);
    assertThat(record.missionBusinessKey()).isEqualTo(mission.getBusinessKey());
    assertThat(fixture.missions.committedCeilings()).isEqualTo(20);
    // 5 criteria, the visit decision, 3 partners, the decision and the capacity forecast ministers saw
    assertThat(fixture.requests.countReviews(pi.getBusinessKey())).isEqualTo(11);
  }

  @Test
  void failedCriterionGoesStraightToARecommendationToDecline() {
    ProcessInstance pi = start(25, true);
    Map<String, Object> screening = screening("YES");
    screening.put(AssistanceRequestProcess.CRITERION_MANDATE.name(), "NO");
    complete(task("Task_ScreenCriteria", pi), screening);

    assertThat(pi).isWaitingAt("Task_RecordMinisterialDecision").hasNotPassed("Task_ReviewAsPartner")
        .variables().containsEntry(AssistanceRequestProcess.RECOMMENDATION.name(), "DECLINE");
    assertThat((String) runtimeService().getVariable(pi.getId(), AssistanceRequestProcess.RECOMMENDATION_REASONS.name()))
        .contains("mandate clear and achievable");
    decide(pi, "DECLINE", null);
    replyAndClose(pi);
    assertThat(fixture.requests.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(RequestStatus.DECLINED);
  }

  @Test
  void aPartnerThatOpposesLeadsToARecommendationToDecline() {
    ProcessInstance pi = start(25, true);
    screen(pi, "YES");
    decideVisit(pi, "NO");
    reviewAll(pi, "SUPPORT", "OPPOSE", "SUPPORT");
    assertThat(pi).isWaitingAt("Task_RecordMinisterialDecision").variables().containsEntry(AssistanceRequestProcess.RECOMMENDATION.name(), "DECLINE");
    assertThat((String) runtimeService().getVariable(pi.getId(), AssistanceRequestProcess.RECOMMENDATION_REASONS.name()))
        .isEqualTo("Public Safety Canada (domestic security) opposes");
    decide(pi, "DECLINE", null);
    replyAndClose(pi);
    assertThat(fixture.requests.find(pi.getBusinessKey()).orElseThrow().outcomeReason()).contains("opposes");
  }

  @Test
  void capExceededRecommendsDeclineAndMinistersCannotApproveOverTheHeadroom() {
    fixture.commit(100, 50);   // 150 of 150 committed
    ProcessInstance pi = start(25, true);
    assertThat(runtimeService().getVariable(pi.getId(), AssistanceRequestProcess.HEADROOM.name())).isEqualTo(0);
    screen(pi, "YES");
    decideVisit(pi, "NO");
    reviewAll(pi, "SUPPORT", "SUPPORT", "SUPPORT");
    assertThat(pi).variables().containsEntry(AssistanceRequestProcess.RECOMMENDATION.name(), "DECLINE");
    assertThat((String) runtimeService().getVariable(pi.getId(), AssistanceRequestProcess.RECOMMENDATION_REASONS.name())).contains("cap exceeded");

    Task decision = task("Task_RecordMinisterialDecision", pi);
    assertThatThrownBy(() -> engine.getTaskService().complete(decision.getId(), decision("APPROVE", 10)))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("missionCeiling: must fit the program's headroom of 0 (cap 150, 150 committed elsewhere), "
            + "or come with the ministers' change of the cap");
    assertThat(pi).isWaitingAt("Task_RecordMinisterialDecision");
    decide(pi, "DECLINE", null);
    replyAndClose(pi);
  }

  @Test
  void ministersApproveAboveTheHeadroomWithTheirChangeOfTheCapWhichLaterChecksUse() {
    fixture.commit(100, 50);   // 150 of 150 committed
    ProcessInstance pi = start(25, true);
    screen(pi, "YES");
    decideVisit(pi, "NO");
    reviewAll(pi, "SUPPORT", "SUPPORT", "SUPPORT");
    Task decision = task("Task_RecordMinisterialDecision", pi);
    Map<String, Object> withCap = decision("APPROVE", 20);
    withCap.put(CapChange.NEW_PROGRAM_CAP.name(), 165);
    withCap.put(CapChange.CAP_CHANGE_DATE.name(), today());
    assertThatThrownBy(() -> engine.getTaskService().complete(decision.getId(), withCap))
        .hasMessageContaining("capChangeReference: is required with a new cap")
        .hasMessageContaining("missionCeiling: must fit the headroom of 15 under the new cap of 165");
    withCap.put(CapChange.NEW_PROGRAM_CAP.name(), 170);
    withCap.put(CapChange.CAP_CHANGE_REFERENCE.name(), "MIN-CAP-2026-1");
    engine.getTaskService().complete(decision.getId(), withCap);
    assertThat(fixture.cap.history()).containsExactly(new ProgramCap.Change(170, LocalDate.parse(today()), "MIN-CAP-2026-1",
        pi.getBusinessKey()));
    assertThat(fixture.cap.current()).isEqualTo(170);
    assertThat(runtimeService().getVariable(pi.getId(), CapChange.NEW_PROGRAM_CAP.name())).as("not carried to a later decision").isNull();
  }

  @Test
  void ceilingAboveTheRequestIsRefused() {
    ProcessInstance pi = start(10, true);
    screen(pi, "YES");
    decideVisit(pi, "NO");
    reviewAll(pi, "SUPPORT", "SUPPORT", "SUPPORT");
    Task decision = task("Task_RecordMinisterialDecision", pi);
    assertThatThrownBy(() -> engine.getTaskService().complete(decision.getId(), decision("APPROVE", 11)))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("missionCeiling: must not exceed the 10 officers requested");
    assertThatThrownBy(() -> engine.getTaskService().complete(decision.getId(), decision("APPROVE", null)))
        .hasMessageContaining("missionCeiling: is required to approve");
    decide(pi, "APPROVE", 10);
    assertThat(pi).isWaitingAt("Task_StartMission");
  }

  @Test
  void withoutTheOfficialRequestTheDeskIsRemindedThenTheRequestLapses() {
    ProcessInstance pi = start(25, false);
    screen(pi, "YES", "NO");
    assertThat(pi).isWaitingAt("Task_RecordOfficialRequest");

    moveClockDays(15);
    execute(job("Event_ReminderDue"));
    assertThat(pi).isWaitingAt("Task_RecordOfficialRequest", "Task_ChaseOfficialRequest");
    complete(task("Task_ChaseOfficialRequest", pi), withVariables(AssistanceRequestProcess.CHASED_ON.name(), today(), AssistanceRequestProcess.CHASE_NOTES.name(), "Promised next week"));

    moveClockDays(61);
    execute(job("Event_RequestLapsed"));
    assertThat(pi).isWaitingAt("Task_SendReply").variables().containsEntry(AssistanceRequestProcess.OUTCOME.name(), "LAPSED");
    replyAndClose(pi);
    assertThat(fixture.requests.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(RequestStatus.LAPSED);
  }

  @Test
  void theOfficialRequestArrivingAsAMessageResumesTheReview() {
    ProcessInstance pi = start(25, false);
    screen(pi, "YES", "NO");
    runtimeService().createMessageCorrelation("OfficialRequestReceived").processInstanceBusinessKey(pi.getBusinessKey())
        .correlate();
    assertThat(pi).isWaitingAt("Task_DecideAssessmentVisit").hasPassed("Task_RegisterOfficialRequest");
    assertThat(fixture.requests.find(pi.getBusinessKey()).orElseThrow().officialRequestReceived()).isTrue();
  }

  @Test
  void theDeskRecordsTheOfficialRequestAndAnAssessmentVisitIsRecorded() {
    ProcessInstance pi = start(25, false);
    screen(pi, "YES", "NO");
    complete(task("Task_RecordOfficialRequest", pi),
        withVariables(AssistanceRequestProcess.OFFICIAL_REQUEST_REFERENCE.name(), "S/2026/117", AssistanceRequestProcess.OFFICIAL_REQUEST_DATE.name(), today()));
    decideVisit(pi, "YES");
    Task findings = task("Task_RecordVisitFindings", pi);
    Map<String, Object> visit = new HashMap<>(Map.of(AssistanceRequestProcess.VISIT_START.name(), today(), AssistanceRequestProcess.VISIT_END.name(), today(), AssistanceRequestProcess.VISIT_TEAM_SIZE.name(), 5,
        AssistanceRequestProcess.VISIT_ASSESSMENT.name(), "FAVOURABLE", AssistanceRequestProcess.VISIT_FINDINGS.name(), "Host police receptive"));
    visit.put(AssistanceRequestProcess.VISIT_END.name(), LocalDate.now().minusDays(1).toString());
    assertThatThrownBy(() -> engine.getTaskService().complete(findings.getId(), visit))
        .hasMessageContaining("visitEnd: must be on or after the first day of the visit");
    visit.put(AssistanceRequestProcess.VISIT_END.name(), today());
    complete(findings, visit);
    assertThat(pi).isWaitingAt("Task_ReviewAsPartner");
    assertThat(taskQuery().taskDefinitionKey("Task_ReviewAsPartner").list()).extracting(Task::getName).hasSize(3);
  }

  @Test
  void withdrawnBeforeTheDecisionRepliesAndClosesAndCannotBeWithdrawnAfterIt() {
    ProcessInstance pi = start(25, true);
    screen(pi, "YES");
    decideVisit(pi, "NO");
    runtimeService().createMessageCorrelation(AssistanceRequestProcess.Withdrawn.MESSAGE).processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable(AssistanceRequestProcess.WITHDRAWAL_REASON.name(), "Mandate changed").correlate();
    assertThat(pi).isWaitingAt("Task_SendReply").variables().containsEntry(AssistanceRequestProcess.OUTCOME.name(), "WITHDRAWN");
    assertThat(taskQuery().taskDefinitionKey("Task_ReviewAsPartner").count()).isZero();
    replyAndClose(pi);
    assertThat(fixture.requests.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(RequestStatus.WITHDRAWN);

    ProcessInstance decided = start(5, true, "UN-2026-0200");
    screen(decided, "YES");
    decideVisit(decided, "NO");
    reviewAll(decided, "SUPPORT", "SUPPORT", "SUPPORT");
    decide(decided, "DECLINE", null);
    assertThat(decided).isWaitingAt("Task_SendReply");
    assertThatThrownBy(() -> runtimeService().createMessageCorrelation(AssistanceRequestProcess.Withdrawn.MESSAGE)
        .processInstanceBusinessKey(decided.getBusinessKey()).correlate())
        .isInstanceOf(org.camunda.bpm.engine.MismatchingMessageCorrelationException.class);
  }

  @Test
  void anOverdueReviewStaysOpenAndAlertsTheDesk() {
    ProcessInstance pi = start(25, true);
    screen(pi, "YES");
    decideVisit(pi, "NO");
    Task development = taskQuery().taskDefinitionKey("Task_ReviewAsPartner").taskCandidateGroup("gac-development").singleResult();
    complete(development, withVariables(AssistanceRequestProcess.PARTNER_POSITION.name(), "SUPPORT", AssistanceRequestProcess.PARTNER_RATIONALE.name(), "Fits our Sahel programming"));

    moveClockDays(16);   // past 10 business days
    engine.getManagementService().createJobQuery().timers().activityId("Event_ReviewOverdue").list()
        .forEach(j -> engine.getManagementService().executeJob(j.getId()));

    List<Task> chases = taskQuery().taskDefinitionKey("Task_ChaseOverdueReview").list();
    assertThat(chases).hasSize(2);
    assertThat(taskQuery().taskDefinitionKey("Task_ChaseOverdueReview").taskCandidateGroup("gac-desk").count()).isEqualTo(2);
    assertThat(taskQuery().taskDefinitionKey("Task_ReviewAsPartner").count()).isEqualTo(2);

    // the late review ends its chase with it
    Task security = taskQuery().taskDefinitionKey("Task_ReviewAsPartner").taskCandidateGroup("ps-policy").singleResult();
    complete(security, withVariables(AssistanceRequestProcess.PARTNER_POSITION.name(), "SUPPORT", AssistanceRequestProcess.PARTNER_RATIONALE.name(), "No domestic concern"));
    assertThat(taskQuery().taskDefinitionKey("Task_ChaseOverdueReview").count()).isEqualTo(1);
  }

  @Test
  void supportWithConditionsNeedsTheConditions() {
    ProcessInstance pi = start(25, true);
    screen(pi, "YES");
    decideVisit(pi, "NO");
    Task review = taskQuery().taskDefinitionKey("Task_ReviewAsPartner").taskCandidateGroup("rcmp-ipob").singleResult();
    assertThatThrownBy(() -> engine.getTaskService().complete(review.getId(),
        Map.of(AssistanceRequestProcess.PARTNER_POSITION.name(), "SUPPORT_WITH_CONDITIONS", AssistanceRequestProcess.PARTNER_RATIONALE.name(), "Capacity exists")))
        .hasMessageContaining("partnerConditions: is required when supporting with conditions");
    assertThatThrownBy(() -> engine.getTaskService().complete(review.getId(),
        Map.of(AssistanceRequestProcess.PARTNER_POSITION.name(), "MAYBE", AssistanceRequestProcess.PARTNER_RATIONALE.name(), "Capacity exists")))
        .hasMessageContaining(AssistanceRequestProcess.PARTNER_POSITION.name());
    assertThat(taskQuery().taskId(review.getId()).count()).isEqualTo(1);
  }

  // ---- steps ----

  ProcessInstance start(int officers, boolean officialRequest) {
    return start(officers, officialRequest, "UN-2026-0117");
  }

  ProcessInstance start(int officers, boolean officialRequest, String reference) {
    var r = RequestProcessFixture.request(officers, officialRequest);
    r = new ca.gc.cpa.intake.NewAssistanceRequest(reference, r.requestingBody(), r.requestingBodyName(), r.missionName(),
        r.hostCountry(), r.officersRequested(), r.missionLanguage(), r.armed(), r.tourMonths(), r.requestedStart(),
        r.officialRequestReceived(), r.rolesRequested());
    var registered = fixture.intake.register(r, "gina");
    ProcessInstance pi = runtimeService().createProcessInstanceQuery().processInstanceId(registered.processInstanceId())
        .singleResult();
    assertThat(pi).isWaitingAt("Task_ScreenCriteria");
    return pi;
  }

  static Map<String, Object> screening(String answer) {
    return screening(answer, "YES");
  }

  static Map<String, Object> screening(String answer, String official) {
    Map<String, Object> v = new HashMap<>();
    for (String c : List.of(AssistanceRequestProcess.CRITERION_MANDATE.name(), AssistanceRequestProcess.CRITERION_PURPOSE.name(), AssistanceRequestProcess.CRITERION_ROLE.name(), AssistanceRequestProcess.CRITERION_INTEREST.name())) {
      v.put(c, answer);
      v.put(c + "Comment", "Assessed by the desk");
    }
    v.put(AssistanceRequestProcess.CRITERION_OFFICIAL_REQUEST.name(), official);
    v.put(AssistanceRequestProcess.CRITERION_OFFICIAL_REQUEST_COMMENT.name(), "Per the file");
    return v;
  }

  void screen(ProcessInstance pi, String answer) {
    screen(pi, answer, "YES");
  }

  void screen(ProcessInstance pi, String answer, String official) {
    complete(task("Task_ScreenCriteria", pi), screening(answer, official));
  }

  void decideVisit(ProcessInstance pi, String needed) {
    complete(task("Task_DecideAssessmentVisit", pi),
        withVariables(AssistanceRequestProcess.ASSESSMENT_VISIT_NEEDED.name(), needed, AssistanceRequestProcess.ASSESSMENT_VISIT_REASON.name(), "Known mission area"));
  }

  void reviewAll(ProcessInstance pi, String development, String security, String capacity) {
    review(pi, "gac-development", development);
    review(pi, "ps-policy", security);
    review(pi, "rcmp-ipob", capacity);
  }

  void review(ProcessInstance pi, String group, String position) {
    Task t = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReviewAsPartner")
        .taskCandidateGroup(group).singleResult();
    Map<String, Object> v = new HashMap<>(Map.of(AssistanceRequestProcess.PARTNER_POSITION.name(), position, AssistanceRequestProcess.PARTNER_RATIONALE.name(), "Reviewed"));
    if (position.equals("SUPPORT_WITH_CONDITIONS")) {
      v.put(AssistanceRequestProcess.PARTNER_CONDITIONS.name(), "Gender adviser among the first rotation");
    }
    complete(t, v);
  }

  static Map<String, Object> decision(String decision, Integer ceiling) {
    Map<String, Object> v = new HashMap<>(Map.of(AssistanceRequestProcess.MINISTERIAL_DECISION.name(), decision, AssistanceRequestProcess.DECISION_DATE.name(), today(),
        AssistanceRequestProcess.DECISION_REFERENCE.name(), "RD-2026-44", AssistanceRequestProcess.DECISION_RATIONALE.name(), "Ministers' rationale"));
    if (ceiling != null) {
      v.put(AssistanceRequestProcess.MISSION_CEILING.name(), ceiling);
    }
    return v;
  }

  void decide(ProcessInstance pi, String decision, Integer ceiling) {
    complete(task("Task_RecordMinisterialDecision", pi), decision(decision, ceiling));
  }

  void replyAndClose(ProcessInstance pi) {
    complete(task("Task_SendReply", pi), withVariables(AssistanceRequestProcess.REPLY_REFERENCE.name(), "GAC-R-2026-9", AssistanceRequestProcess.REPLY_SENT_ON.name(), today(),
        AssistanceRequestProcess.REPLY_SUMMARY.name(), "Canada is unable to contribute at this time"));
    assertThat(pi).isEnded();
  }

  static String today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()).toString();
  }

  static void moveClockDays(int days) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + days * 86_400_000L));
  }
}

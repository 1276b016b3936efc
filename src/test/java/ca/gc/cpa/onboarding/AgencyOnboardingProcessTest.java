package ca.gc.cpa.onboarding;

import static ca.gc.cpa.process.AgencyOnboardingProcess.AGENCY_CODE;
import static ca.gc.cpa.process.AgencyOnboardingProcess.AGREEMENT_REFERENCE;
import static ca.gc.cpa.process.AgencyOnboardingProcess.AGREEMENT_SIGNED_ON;
import static ca.gc.cpa.process.AgencyOnboardingProcess.COORDINATOR_EMAIL;
import static ca.gc.cpa.process.AgencyOnboardingProcess.COORDINATOR_USER_ID;
import static ca.gc.cpa.process.AgencyOnboardingProcess.DECISION;
import static ca.gc.cpa.process.AgencyOnboardingProcess.REFUSAL_REASON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import ca.gc.cpa.domain.Agency;
import ca.gc.cpa.domain.AgencyRepository;
import ca.gc.cpa.identity.IdentityProperties;
import ca.gc.cpa.identity.IdentitySetup;
import ca.gc.cpa.process.AgencyOnboardingProcess;
import ca.gc.cpa.process.CandidateSelectionProcess;
import ca.gc.cpa.support.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** agency-onboarding, one test per path, with the real rules, delegates and identity set-up. */
@Deployment(resources = {"agency-onboarding.bpmn", "requestToJoin.form", "reviewApplication.form", "recordJoiningAgreement.form"})
class AgencyOnboardingProcessTest {

  @RegisterExtension
  /** at least 90% of the flow nodes and sequence flows of the process, report under target/process-test-coverage */
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder("camunda-test.cfg.xml")
      .reportDirectory("target/process-test-coverage").assertClassCoverageAtLeast(0.9).build();

  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  static final String CODE = "wrps";
  static final String NAME = "Waterloo Regional Police Service";
  static final String USER = "w.lee";
  static final String GROUP = "agency-wrps";
  static final String FILTER = NAME + ": open tasks";

  ProcessEngine engine;
  AgencyRepository agencies;
  AgencyApplicationRepository applications;
  IdentitySetup identitySetup;
  SetUpService setUpService;

  /** the application's identifier patterns (application.yaml): group ids with hyphens, user ids with dots */
  static final String GROUP_IDS = "[a-z0-9][a-z0-9-]{0,63}";
  static final String USER_IDS = "[a-zA-Z0-9][a-zA-Z0-9._@-]{0,63}";
  String groupIdsBefore;
  String userIdsBefore;

  @BeforeEach
  void beans() {
    engine = extension.getProcessEngine();
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    groupIdsBefore = configuration.getGroupResourceWhitelistPattern();
    userIdsBefore = configuration.getUserResourceWhitelistPattern();
    configuration.setGroupResourceWhitelistPattern(GROUP_IDS);
    configuration.setUserResourceWhitelistPattern(USER_IDS);
    init(engine);
    ClockUtil.setCurrentTime(at(TODAY, 10));
    var db = TestDatabase.freshClient();
    agencies = new AgencyRepository(db);
    applications = new AgencyApplicationRepository(db);
    identitySetup = new IdentitySetup(engine, agencies, new IdentityProperties(null, null, false));
    var registry = new OnboardingRegistry(agencies, applications, engine);
    setUpService = new SetUpService(applications, agencies, identitySetup, engine);
    Mocks.register("requestToJoinCheck", new RequestToJoinCheck(registry));
    Mocks.register("reviewApplicationCheck", new ReviewApplicationCheck(registry));
    Mocks.register("recordJoiningAgreementCheck", new RecordJoiningAgreementCheck(registry));
    Mocks.register("recordApplication", new RecordApplication(applications));
    Mocks.register("recordReviewDecision", new RecordReviewDecision(applications));
    Mocks.register("setUpService", setUpService);
  }

  @AfterEach
  void forget() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Mocks.reset();
    ClockUtil.reset();
    var identity = engine.getIdentityService();
    for (String user : List.of(USER, "taken.user")) {
      identity.deleteUser(user);
    }
    identity.deleteGroup(GROUP);
    engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(GROUP).list()
        .forEach(a -> engine.getAuthorizationService().deleteAuthorization(a.getId()));
    engine.getFilterService().createFilterQuery().filterName(FILTER).list()
        .forEach(f -> engine.getFilterService().deleteFilter(f.getId()));
    configuration.setGroupResourceWhitelistPattern(groupIdsBefore);
    configuration.setUserResourceWhitelistPattern(userIdsBefore);
  }

  static Date at(LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(ZoneId.systemDefault()).toInstant());
  }

  static Map<String, Object> request(String code, String userId) {
    return new AgencyOnboardingProcess.Start(NAME, code, "ON", "REGIONAL", 800, "Wendy", "Lee", "wendy.lee@wrps.on.ca", userId).variables();
  }

  ProcessInstance submit(Map<String, Object> variables) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(AgencyOnboardingProcess.KEY).latestVersion().singleResult().getId();
    return engine.getFormService().submitStartForm(definitionId, variables);
  }

  AgencyApplication application(ProcessInstance pi) {
    return applications.findByProcessInstance(pi.getId()).orElseThrow();
  }

  /** from the start to the set-up job, approved and signed */
  ProcessInstance approveAndSign() {
    ProcessInstance pi = submit(request(CODE, USER));
    assertThat(pi).isWaitingAt("Task_ReviewApplication");
    complete(task(pi), withVariables(DECISION.name(), "APPROVE"));
    assertThat(pi).isWaitingAt("Task_RecordJoiningAgreement");
    complete(task(pi), withVariables(AGREEMENT_REFERENCE.name(), "CPA-MOU-2026-017", AGREEMENT_SIGNED_ON.name(), "2026-11-20"));
    assertThat(pi).isWaitingAt("Task_SetUpService");
    return pi;
  }

  @Test
  void anApprovedServiceWithItsSignedAgreementIsActiveWithItsGroupRightsFilterAndAPasswordlessCoordinator() {
    ProcessInstance pi = submit(request(CODE, USER));

    assertThat(pi).isStarted().hasBusinessKey("AGY-wrps").isWaitingAt("Task_ReviewApplication");
    assertThat(task(pi)).hasCandidateGroup("rcmp-ipob");
    assertThat(application(pi).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(application(pi).businessKey()).isEqualTo("AGY-wrps");
    assertThat(application(pi).submittedAt()).isEqualTo(LocalDateTime.of(2026, 11, 27, 10, 0));

    complete(task(pi), withVariables(DECISION.name(), "APPROVE"));
    assertThat(pi).isWaitingAt("Task_RecordJoiningAgreement");
    assertThat(task(pi)).hasCandidateGroup("gac-desk").hasCandidateGroup("rcmp-ipob");
    assertThat(application(pi).status()).isEqualTo(ApplicationStatus.APPROVED);

    assertThatThrownBy(() -> engine.getTaskService().complete(task(pi).getId(),
        Map.of(AGREEMENT_REFERENCE.name(), "CPA-MOU-2026-017", AGREEMENT_SIGNED_ON.name(), "2026-11-28")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("agreementSignedOn: must not be in the future");
    complete(task(pi), withVariables(AGREEMENT_REFERENCE.name(), "CPA-MOU-2026-017", AGREEMENT_SIGNED_ON.name(), "2026-11-20"));

    // the set-up runs behind a transaction boundary: nothing exists until its job runs
    assertThat(pi).isWaitingAt("Task_SetUpService");
    assertThat(agencies.find(CODE)).isEmpty();
    execute(job());

    assertThat(pi).isEnded().hasPassed("Task_SetUpService", "Event_ServiceJoined");
    // the selection stage calls every active service
    assertThat(agencies.findActive()).extracting(Agency::code).contains(CODE);
    assertThat(agencies.find(CODE)).contains(new Agency(CODE, NAME, "ON", "REGIONAL", 800, "Wendy Lee",
        "wendy.lee@wrps.on.ca", true, LocalDate.of(2026, 11, 20)));
    AgencyApplication done = application(pi);
    assertThat(done.status()).isEqualTo(ApplicationStatus.ACTIVE);
    assertThat(done.agreementReference()).isEqualTo("CPA-MOU-2026-017");
    assertThat(done.agreementSignedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(done.reason()).isNull();

    var identity = engine.getIdentityService();
    var authorizations = engine.getAuthorizationService();
    assertThat(identity.createGroupQuery().groupId(GROUP).singleResult().getName()).isEqualTo(NAME);
    List<String> groups = List.of(GROUP);
    // the test engine runs without authorization checks: turn them on to ask what the group may do
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.setAuthorizationEnabled(true);
    try {
    assertThat(authorizations.isUserAuthorized(USER, groups, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(authorizations.isUserAuthorized(USER, groups, Permissions.READ, Resources.PROCESS_DEFINITION,
        CandidateSelectionProcess.KEY)).isTrue();
    assertThat(authorizations.isUserAuthorized(USER, groups, Permissions.READ, Resources.PROCESS_DEFINITION,
        "officer-deployment")).isTrue();
    assertThat(authorizations.isUserAuthorized(USER, groups, Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        AgencyOnboardingProcess.KEY)).isFalse();
    Filter filter = engine.getFilterService().createFilterQuery().filterName(FILTER).singleResult();
    assertThat(filter).isNotNull();
    assertThat(authorizations.isUserAuthorized(USER, groups, Permissions.READ, Resources.FILTER, filter.getId())).isTrue();
    assertThat(authorizations.isUserAuthorized("marc", List.of("agency-spvm"), Permissions.READ, Resources.FILTER,
        filter.getId())).isFalse();
    } finally {
      configuration.setAuthorizationEnabled(false);
    }

    User coordinator = identity.createUserQuery().userId(USER).memberOfGroup(GROUP).singleResult();
    assertThat(coordinator).isNotNull();
    assertThat(coordinator.getFirstName()).isEqualTo("Wendy");
    assertThat(coordinator.getLastName()).isEqualTo("Lee");
    assertThat(coordinator.getEmail()).isEqualTo("wendy.lee@wrps.on.ca");
    for (String guess : List.of("demo", "w.lee", "wrps", " ")) {
      assertThat(identity.checkPassword(USER, guess)).as("password %s", guess).isFalse();
    }

    // an administrator sets the password in Camunda Admin; past the failed-login delay it works
    User toEdit = identity.createUserQuery().userId(USER).singleResult();
    toEdit.setPassword("Set-by-an-admin-1");
    identity.saveUser(toEdit);
    ClockUtil.setCurrentTime(at(TODAY, 12));
    assertThat(identity.checkPassword(USER, "Set-by-an-admin-1")).isTrue();
  }

  @Test
  void aRefusedApplicationCreatesNothingAndRecordsItsReason() {
    ProcessInstance pi = submit(request(CODE, USER));
    assertThat(pi).isWaitingAt("Task_ReviewApplication");

    assertThatThrownBy(() -> engine.getTaskService().complete(task(pi).getId(), Map.of(DECISION.name(), "REFUSE")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("refusalReason: is required when the application is refused");
    assertThat(pi).isWaitingAt("Task_ReviewApplication");

    complete(task(pi), withVariables(DECISION.name(), "REFUSE", REFUSAL_REASON.name(), "No capacity for peace operations yet"));

    assertThat(pi).isEnded().hasPassed("Event_ApplicationRefused").hasNotPassed("Task_RecordJoiningAgreement", "Task_SetUpService");
    AgencyApplication refused = application(pi);
    assertThat(refused.status()).isEqualTo(ApplicationStatus.REFUSED);
    assertThat(refused.reason()).isEqualTo("No capacity for peace operations yet");
    assertThat(refused.decidedAt()).isEqualTo(LocalDateTime.of(2026, 11, 27, 10, 0));
    assertThat(agencies.find(CODE)).isEmpty();
    assertThat(agencies.findActive()).extracting(Agency::code).doesNotContain(CODE);
    assertThat(engine.getIdentityService().createGroupQuery().groupId(GROUP).count()).isZero();
    assertThat(engine.getIdentityService().createUserQuery().userId(USER).count()).isZero();
    assertThat(engine.getFilterService().createFilterQuery().filterName(FILTER).count()).isZero();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(GROUP).count()).isZero();

    // refused, the service may apply again
    ProcessInstance again = submit(request(CODE, USER));
    assertThat(again).isWaitingAt("Task_ReviewApplication").hasBusinessKey("AGY-wrps");
  }

  @Test
  void aTakenCodeOrAccountOrAMissingFieldIsRefusedAtTheStartAndNothingIsRecorded() {
    assertThatThrownBy(() -> submit(request("spvm", USER)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("agencyCode: 'spvm' is already the code of a partner service");

    var taken = engine.getIdentityService().newUser("taken.user");
    engine.getIdentityService().saveUser(taken);
    assertThatThrownBy(() -> submit(request(CODE, "taken.user")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("coordinatorUserId: the account 'taken.user' already exists");

    Map<String, Object> missing = request(CODE, USER);
    missing.remove(COORDINATOR_EMAIL.name());
    assertThatThrownBy(() -> submit(missing))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("coordinatorEmail: is required");

    Map<String, Object> badCode = request("WR PS", USER);
    assertThatThrownBy(() -> submit(badCode))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("agencyCode: does not have the expected form");

    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(AgencyOnboardingProcess.KEY).count()).isZero();
    assertThat(applications.findLatestByBusinessKey("AGY-wrps")).isEmpty();

    // one application for the code at a time
    submit(request(CODE, USER));
    assertThatThrownBy(() -> submit(request(CODE, "other.user")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("agencyCode: another application for 'wrps' is under way");
  }

  @Test
  void aSetUpThatFailsHalfWayIsRetriedAndCreatesEverythingOnce() {
    AtomicBoolean failOnce = new AtomicBoolean(true);
    Mocks.register("setUpService", (JavaDelegate) execution -> {
      setUpService.execute(execution);
      if (failOnce.getAndSet(false)) {
        throw new IllegalStateException("connection lost after the set-up");
      }
    });
    ProcessInstance pi = approveAndSign();

    String jobId = job(pi).getId();
    assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId)).hasMessageContaining("connection lost");
    assertThat(pi).isWaitingAt("Task_SetUpService");
    // the engine's side rolled back with the job; the business row stayed
    assertThat(engine.getIdentityService().createUserQuery().userId(USER).count()).isZero();
    assertThat(agencies.find(CODE)).isPresent();

    engine.getManagementService().executeJob(jobId);

    assertThat(pi).isEnded().hasPassed("Event_ServiceJoined");
    assertThat(agencies.findActive()).filteredOn(a -> a.code().equals(CODE)).hasSize(1);
    assertThat(engine.getIdentityService().createUserQuery().userId(USER).memberOfGroup(GROUP).count()).isEqualTo(1);
    assertThat(engine.getFilterService().createFilterQuery().filterName(FILTER).count()).isEqualTo(1);
    assertThat(application(pi).status()).isEqualTo(ApplicationStatus.ACTIVE);
  }

  @Test
  void anAccountCreatedElsewhereMeanwhileIsNeverTakenOverAndTheSetUpStops() {
    ProcessInstance pi = approveAndSign();
    var someone = engine.getIdentityService().newUser(USER);
    engine.getIdentityService().saveUser(someone);

    String jobId = job(pi).getId();
    assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId))
        .hasMessageContaining("The account 'w.lee' already exists outside agency-wrps");
    assertThat(engine.getIdentityService().createUserQuery().userId(USER).memberOfGroup(GROUP).count()).isZero();
    assertThat(pi).isWaitingAt("Task_SetUpService");
  }
}

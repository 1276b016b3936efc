package ca.gc.cpa.onboarding;

import ca.gc.cpa.domain.Agency;
import ca.gc.cpa.domain.AgencyRepository;
import ca.gc.cpa.identity.CpaGroup;
import ca.gc.cpa.identity.IdentitySetup;
import ca.gc.cpa.process.AgencyOnboardingProcess;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Task Set up the service (asynchronous, may be retried): the service's active row in table agency
 * (the selection stage calls every active service), its group agency-&lt;code&gt; with its rights and
 * Tasklist filter, its coordinator's account in that group with no password (an administrator sets
 * one in Camunda Admin), and the application ACTIVE with its agreement. Each step finds what an
 * earlier try made and leaves it; an account that exists outside the group is never taken over.
 */
@Component("setUpService")
public class SetUpService implements JavaDelegate {

  private final AgencyApplicationRepository applications;
  private final AgencyRepository agencies;
  private final IdentitySetup identitySetup;
  private final ProcessEngine engine;

  public SetUpService(AgencyApplicationRepository applications, AgencyRepository agencies,
      @Lazy IdentitySetup identitySetup, @Lazy ProcessEngine engine) {
    this.applications = applications;
    this.agencies = agencies;
    this.identitySetup = identitySetup;
    this.engine = engine;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = AgencyOnboardingProcess.APPLICATION_ID.from(execution);
    AgencyApplication application = applications.find(id)
        .orElseThrow(() -> new IllegalStateException("No application " + id + " for " + execution.getProcessBusinessKey()));
    String reference = AgencyOnboardingProcess.AGREEMENT_REFERENCE.from(execution);
    LocalDate signedOn = AgencyOnboardingProcess.AGREEMENT_SIGNED_ON.from(execution);

    Agency agency = agencies.find(application.agencyCode()).orElse(null);
    if (agency == null) {
      agency = new Agency(application.agencyCode(), application.name(), application.province(), application.kind(),
          application.swornStrength(), application.coordinatorName(), application.coordinatorEmail(), true, signedOn);
      agencies.insert(agency);
    } else if (application.status() != ApplicationStatus.ACTIVE && !agency.name().equals(application.name())) {
      throw new IllegalStateException("The code '" + agency.code() + "' already belongs to " + agency.name()
          + "; the application " + application.businessKey() + " cannot take it");
    }
    identitySetup.setUpAgency(agency);

    String groupId = CpaGroup.agencyGroupId(application.agencyCode());
    String userId = application.coordinatorUserId();
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() > 0
        && identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      throw new IllegalStateException("The account '" + userId + "' already exists outside " + groupId
          + "; it is not given the rights of " + application.name());
    }
    identitySetup.ensureUserWithoutPassword(userId, application.coordinatorGivenName(),
        application.coordinatorFamilyName(), application.coordinatorEmail(), groupId);
    applications.activate(id, reference, signedOn, RecordApplication.now());
  }
}

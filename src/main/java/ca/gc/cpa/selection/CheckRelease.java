package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;

import ca.gc.cpa.domain.Agency;
import ca.gc.cpa.domain.AgencyRepository;
import ca.gc.cpa.domain.TourRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The commander's recommendation, the chief's consent and the service's release limit ({@link ReleaseRule}). */
@Component("checkRelease")
public class CheckRelease implements JavaDelegate {

  private final AgencyRepository agencies;
  private final TourRepository tours;
  private final NominationRepository nominations;
  private final ReleaseRule rule;

  public CheckRelease(AgencyRepository agencies, TourRepository tours, NominationRepository nominations,
      SelectionProperties properties) {
    this.agencies = agencies;
    this.tours = tours;
    this.nominations = nominations;
    this.rule = new ReleaseRule(properties);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = AGENCY_CODE.orNull(execution);
    long nominationId = nominations.currentOf(execution.getProcessInstanceId(), code).id();
    String reason = null;
    boolean recommended = RECOMMENDED.equals(COMMANDER_RECOMMENDATION.orNull(execution));
    nominations.recordCommanderRecommendation(nominationId, recommended);
    if (!recommended) {
      reason = "the officer's commander does not recommend the officer";
    } else if (!YES.equals(CHIEF_CONSENT.orNull(execution))) {
      reason = "the chief did not consent to the release";
    } else {
      Agency agency = agencies.find(code).orElseThrow();
      ReleaseRule.Result result = rule.check(agency.swornStrength(),
          tours.countActiveByAgency(code) + nominations.countInProgressByAgency(code));
      reason = result.reason();
    }
    if (reason != null) {
      nominations.updateStatus(nominationId, NominationStatus.NOT_RELEASED, reason);
    }
    // the reason is the nomination's (reasons); the model routes on the answer only
    RELEASE_ALLOWED.setLocal(execution, reason == null);
  }
}

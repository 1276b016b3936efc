package ca.gc.cpa.selection;

import static ca.gc.cpa.process.LegacyReaders.string;
import static ca.gc.cpa.selection.SelectionVariables.*;

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
    String code = string(execution, AGENCY_CODE);
    long nominationId = ((Number) execution.getVariable(NOMINATION_ID)).longValue();
    String reason = null;
    boolean recommended = "RECOMMENDED".equals(string(execution, COMMANDER_RECOMMENDATION));
    nominations.recordCommanderRecommendation(nominationId, recommended);
    if (!recommended) {
      reason = "the officer's commander does not recommend the officer";
    } else if (!"YES".equals(string(execution, CHIEF_CONSENT))) {
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
    execution.setVariable(RELEASE_ALLOWED, reason == null);
    execution.setVariable(RELEASE_REASON, reason);
  }
}

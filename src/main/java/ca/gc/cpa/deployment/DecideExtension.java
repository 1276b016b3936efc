package ca.gc.cpa.deployment;

import static ca.gc.cpa.deployment.DeploymentVariables.*;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.TourExtensionRequestRepository;
import ca.gc.cpa.domain.TourRepository;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Grants or refuses the extension asked (ExtensionRule, informed by the latest UN performance appraisal); a granted
 * one moves the tour's end. The decision is recorded on the request.
 */
@Component("decideExtension")
public class DecideExtension implements JavaDelegate {

  private final ExtensionRule rule;
  private final TourRepository tours;
  private final TourExtensionRequestRepository requests;

  public DecideExtension(DeploymentProperties properties, TourRepository tours,
      TourExtensionRequestRepository requests) {
    this.rule = new ExtensionRule(properties);
    this.tours = tours;
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    int extendedSoFar = tours.findProgress(key).map(p -> p.extensionMonths()).orElse(0);
    int monthsSoFar = integer(execution, TOUR_MONTHS) + extendedSoFar;
    Integer requested = integer(execution, EXTENSION_MONTHS);
    var decision = rule.decide(bool(execution, MISSION_NEEDS_POST), bool(execution, HOME_SERVICE_RELEASES),
        bool(execution, OFFICER_REQUESTS_EXTENSION), string(execution, APPRAISAL_RATING), monthsSoFar,
        requested == null ? 0 : requested);
    execution.setVariable(EXTENSION_GRANTED, decision.granted());
    execution.setVariable(EXTENSION_DECISION, decision.granted() ? "GRANTED" : "REFUSED: " + String.join("; ", decision.reasons()));
    if (decision.granted()) {
      LocalDate newEnd = date(execution, TOUR_END_DATE).plusMonths(requested);
      execution.setVariable(TOUR_END_DATE, newEnd.toString());
      execution.setVariable(TOUR_ENDS_AT, startOfDay(newEnd));
      tours.recordExtension(key, requested, newEnd);
    }
    requests.decideExtensionRequest(key, string(execution, EXTENSION_DECISION), EngineClock.now());
    tours.updateStage(key, null, "ON_TOUR");
  }
}

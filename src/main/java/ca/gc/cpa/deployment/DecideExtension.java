package ca.gc.cpa.deployment;

import static ca.gc.cpa.deployment.TourCalendar.startOfDay;
import static ca.gc.cpa.process.OfficerDeploymentProcess.*;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.TourExtensionRequestRepository;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.process.Variable;
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
    int monthsSoFar = TOUR_MONTHS.from(execution) + extendedSoFar;
    Integer requested = EXTENSION_MONTHS.orNull(execution);
    var decision = rule.decide(Variable.isTrue(execution, MISSION_NEEDS_POST), Variable.isTrue(execution, HOME_SERVICE_RELEASES),
        Variable.isTrue(execution, OFFICER_REQUESTS_EXTENSION), APPRAISAL_RATING.orNull(execution), monthsSoFar,
        requested == null ? 0 : requested);
    EXTENSION_GRANTED.set(execution, decision.granted());
    EXTENSION_DECISION.set(execution, decision.granted() ? GRANTED : "REFUSED: " + String.join("; ", decision.reasons()));
    if (decision.granted()) {
      LocalDate newEnd = TOUR_END_DATE.from(execution).plusMonths(requested);
      TOUR_END_DATE.set(execution, newEnd);
      TOUR_ENDS_AT.set(execution, startOfDay(newEnd));
      tours.recordExtension(key, requested, newEnd);
    }
    requests.decideExtensionRequest(key, EXTENSION_DECISION.orNull(execution), EngineClock.now());
    tours.updateStage(key, null, "ON_TOUR");
  }
}

package ca.gc.cpa.deployment;

import static ca.gc.cpa.deployment.TourCalendar.startOfDay;
import static ca.gc.cpa.process.OfficerDeploymentProcess.*;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.TourExtensionRequestRepository;
import ca.gc.cpa.domain.TourProgress;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.process.Variable;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Grants or refuses the extension asked (ExtensionRule, informed by the latest UN performance appraisal), on the
 * months served so far (the tour's record); a granted one moves the tour's end. The decision is recorded on the
 * request; what the request message brought leaves the tour's variables.
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
    TourProgress progress = tours.findProgress(key)
        .orElseThrow(() -> new IllegalStateException("Tour " + key + " is not on record"));
    int monthsSoFar = progress.tourMonths() + progress.extensionMonths();
    Integer requested = EXTENSION_MONTHS.orNull(execution);
    var decision = rule.decide(Variable.isTrue(execution, MISSION_NEEDS_POST), Variable.isTrue(execution, HOME_SERVICE_RELEASES),
        Variable.isTrue(execution, OFFICER_REQUESTS_EXTENSION), APPRAISAL_RATING.orNull(execution), monthsSoFar,
        requested == null ? 0 : requested);
    if (decision.granted()) {
      LocalDate newEnd = TOUR_END_DATE.from(execution).plusMonths(requested);
      TOUR_END_DATE.set(execution, newEnd);
      TOUR_ENDS_AT.set(execution, startOfDay(newEnd));
      tours.recordExtension(key, requested, newEnd);
    }
    requests.decideExtensionRequest(key,
        decision.granted() ? GRANTED : "REFUSED: " + String.join("; ", decision.reasons()), EngineClock.now());
    tours.updateStage(key, null, "ON_TOUR");
    // what the request brought is used: the tour does not carry it until the next one
    List.of(EXTENSION_MONTHS, MISSION_NEEDS_POST, OFFICER_REQUESTS_EXTENSION, APPRAISAL_RATING)
        .forEach(brought -> execution.removeVariable(brought.name()));
  }
}
